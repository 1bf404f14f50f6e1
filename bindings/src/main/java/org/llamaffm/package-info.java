/**
 * The llama-ffm API.
 *
 * <p>{@link org.llamaffm.LlamaRuntime} loads the native libraries once per process and reports
 * what it loaded and which devices ggml sees:
 *
 * <pre>{@code
 * LlamaRuntime runtime = LlamaRuntime.get();
 * System.out.println(runtime.nativeBuild().llamaCppCommit());
 * for (Device d : runtime.devices()) {
 *     System.out.println(d.name() + " " + d.type() + " " + d.memoryTotal());
 * }
 * }</pre>
 *
 * <h2>Where the native libraries come from</h2>
 * In this order, the first that works wins:
 * <ol>
 *   <li>the folder in the system property {@code llamaffm.native.path};</li>
 *   <li>a folder on {@code java.library.path} that holds the llama-ffm shim library;</li>
 *   <li>the platform jar ({@code org.llamaffm:llama-ffm-native:<version>:<platform>}) on the class
 *       path, extracted into a cache folder ({@code llamaffm.native.cache}, else the user cache
 *       folder, else the temp folder), each file checked against the SHA-256 in the jar's
 *       manifest on every start.</li>
 * </ol>
 * The platform is {@code <os>-<arch>} ({@code linux-x86_64}, {@code macos-aarch64},
 * {@code windows-x86_64}), with {@code -cuda} appended for CUDA builds, which are preferred when
 * present. {@code llamaffm.native.platform} overrides the choice.
 *
 * <h2>From llama.cpp's C names to these</h2>
 * One rule turns llama.cpp's C API into this one; knowing a C function, you can guess its Java name.
 * <ol>
 *   <li>The object the C function works on is the Java type that has the method: {@code llama_model_*}
 *       are {@link org.llamaffm.Model}'s, {@code llama_vocab_*} {@link org.llamaffm.Vocab}'s, those taking a
 *       {@code llama_context *} {@link org.llamaffm.Context}'s, with {@code llama_memory_*} under
 *       {@link org.llamaffm.Context#memory()} and {@code llama_state_*} under {@link org.llamaffm.Context#state()},
 *       {@code llama_sampler_init_*} {@link org.llamaffm.Sampler.Builder}'s, {@code ggml_backend_dev_*}
 *       {@link org.llamaffm.Device}'s.</li>
 *   <li>What remains of the name is written out in lowerCamelCase, with llama.cpp's abbreviations spelled
 *       out ({@code ctx} context, {@code embd} embedding, {@code seq} sequence, {@code pos} position,
 *       {@code rm} remove, {@code ubatch} micro-batch) and a count's {@code n_} dropped:
 *       {@code llama_n_ctx} is {@code contextSize()}, {@code llama_memory_seq_rm} is
 *       {@code memory().remove(...)}, {@code n_gpu_layers} is {@code gpuLayers}. Getters have no {@code get}.</li>
 *   <li>A {@code llama_*_params} struct is a record with a builder ({@link org.llamaffm.ModelParams},
 *       {@link org.llamaffm.ContextParams}), its fields named by rule 2. An enum constant loses its type's
 *       prefix: {@code LLAMA_POOLING_TYPE_MEAN} is {@code ContextParams.Pooling.MEAN}.</li>
 *   <li>A status code becomes an exception of the {@link org.llamaffm.LlamaException} family, and a
 *       "none" value ({@code LLAMA_TOKEN_NULL}, -1) an empty {@code Optional}: {@code llama_vocab_bos}
 *       is {@code vocab().bos()}, an {@code OptionalInt}.</li>
 *   <li>The generated bindings underneath (package {@code org.llamaffm.internal.ffi}, not exported) keep
 *       the C names exactly.</li>
 * </ol>
 * llama.cpp's {@code simple} example, in these names:
 * {@snippet :
 * try (Model model = Model.load(Path.of("model.gguf"), ModelParams.builder().gpuLayers(99).build()); // llama_model_load_from_file
 *         Context context = model.newContext(ContextParams.builder().contextSize(2048).build()); // llama_init_from_model
 *         Sampler sampler = Sampler.greedy(model)) {                    // llama_sampler_chain_init, llama_sampler_init_greedy
 *     int[] prompt = model.vocab().tokenize("Hello", true, false);      // llama_tokenize
 *     try (Generation generation = Generation.start(context, sampler, prompt,
 *             GenerationParams.builder().maxTokens(32).build())) {      // llama_decode, llama_sampler_sample
 *         generation.stream().forEach(System.out::print);              // llama_token_to_piece
 *     }
 *     context.memory().clear();                                         // llama_memory_clear
 * }
 * }
 *
 * <p>Nothing in this package is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.llamaffm;

import org.jspecify.annotations.NullMarked;
