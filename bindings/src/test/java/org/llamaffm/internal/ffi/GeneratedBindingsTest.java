package org.llamaffm.internal.ffi;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llamaffm.LlamaRuntime;
import org.llamaffm.MissingSymbolException;
import org.llamaffm.internal.NativeSymbols;
import org.llamaffm.internal.loader.NativeLoader;
import org.llamaffm.testkit.LlamaCppSource;

/** The generated bindings calling the real native build: by-value structs, callbacks, out-parameters, gguf. */
class GeneratedBindingsTest {

    /** llama.cpp's log lines while these tests run (instead of its default: stderr). */
    private static final List<String> LOG = Collections.synchronizedList(new ArrayList<>());

    private static MemorySegment quietLogger;

    @TempDir
    static Path temp;

    private static Path tinyModel;

    @BeforeAll
    static void setUp() throws IOException {
        LlamaRuntime.get(); // loads the libraries, llama_backend_init
        quietLogger = ggml_log_callback.allocate(
                (level, text, userData) -> LOG.add(NativeSymbols.string(text)), Arena.global());
        llama_h.llama_log_set(quietLogger, MemorySegment.NULL);
        tinyModel = temp.resolve("tiny-llama.gguf");
        TinyLlamaFile.write(LlamaCppSource.vocab("llama-spm"), tinyModel, 42);
    }

    @Test
    void modelDefaultParamsComeBackByValueWithLlamaCppsDefaults() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment params = llama_h.llama_model_default_params(arena);
            assertThat(params.byteSize()).isEqualTo(llama_model_params.LAYOUT.byteSize());
            assertThat(llama_model_params.n_gpu_layers(params)).isEqualTo(-1);
            assertThat(llama_model_params.split_mode(params)).isEqualTo(llama_h.LLAMA_SPLIT_MODE_LAYER);
            assertThat(llama_model_params.load_mode(params)).isEqualTo(llama_h.LLAMA_LOAD_MODE_AUTO);
            assertThat(llama_model_params.main_gpu(params)).isZero();
            assertThat(llama_model_params.devices(params)).isEqualTo(MemorySegment.NULL);
            assertThat(llama_model_params.progress_callback(params)).isEqualTo(MemorySegment.NULL);
            assertThat(llama_model_params.vocab_only(params)).isFalse();
            assertThat(llama_model_params.check_tensors(params)).isFalse();
            assertThat(llama_model_params.use_extra_bufts(params)).isTrue();
        }
    }

    @Test
    void contextDefaultParamsComeBackByValueWithLlamaCppsDefaults() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment params = llama_h.llama_context_default_params(arena);
            assertThat(llama_context_params.n_ctx(params)).isEqualTo(512);
            assertThat(llama_context_params.n_batch(params)).isEqualTo(2048);
            assertThat(llama_context_params.n_ubatch(params)).isEqualTo(512);
            assertThat(llama_context_params.n_seq_max(params)).isEqualTo(1);
            assertThat(llama_context_params.n_threads(params))
                    .isEqualTo(ggml_h.GGML_DEFAULT_N_THREADS)
                    .isEqualTo(4);
            assertThat(llama_context_params.type_k(params)).isEqualTo(ggml_h.GGML_TYPE_F16);
            assertThat(llama_context_params.type_v(params)).isEqualTo(ggml_h.GGML_TYPE_F16);
            assertThat(llama_context_params.flash_attn_type(params)).isEqualTo(llama_h.LLAMA_FLASH_ATTN_TYPE_AUTO);
            assertThat(llama_context_params.yarn_ext_factor(params)).isEqualTo(-1.0f);
            assertThat(llama_context_params.embeddings(params)).isFalse();
            assertThat(llama_context_params.offload_kqv(params)).isTrue();
            assertThat(llama_context_params.abort_callback(params)).isEqualTo(MemorySegment.NULL);
        }
    }

    @Test
    void structsPassByValueBothWays() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment batch = llama_h.llama_batch_init(arena, 16, 0, 2);
            assertThat(llama_batch.n_tokens(batch)).isZero();
            assertThat(llama_batch.token(batch)).isNotEqualTo(MemorySegment.NULL);
            assertThat(llama_batch.embd(batch)).isEqualTo(MemorySegment.NULL);
            MemorySegment tokens = llama_batch.token(batch).reinterpret(16L * Integer.BYTES);
            tokens.setAtIndex(JAVA_INT, 15, 7); // the buffer really holds 16 tokens
            llama_h.llama_batch_free(batch);
        }
    }

    @Test
    void constantsFromDefinesAndEnums() {
        assertThat(llama_h.LLAMA_DEFAULT_SEED).isEqualTo(0xFFFFFFFF);
        assertThat(llama_h.LLAMA_TOKEN_NULL).isEqualTo(-1);
        assertThat(ggml_h.GGML_MAX_DIMS).isEqualTo(4);
        assertThat(gguf_h.GGUF_MAGIC).isEqualTo("GGUF");
        assertThat(ggml_h.GGML_TYPE_F32).isZero();
        assertThat(ggml_h.GGML_TYPE_F16).isEqualTo(1);
        assertThat(llama_h.LLAMA_VOCAB_TYPE_SPM).isEqualTo(1);
        assertThat(ggml_h.GGML_TENSOR_SIZE).isEqualTo(ggml_tensor.LAYOUT.byteSize());
    }

    @Test
    void deprecatedFunctionsAreBoundAndMarked() throws NoSuchMethodException {
        assertThat(llama_h.class
                        .getMethod("llama_n_ctx_train", MemorySegment.class)
                        .isAnnotationPresent(Deprecated.class))
                .isTrue();
        assertThat(llama_h.class
                        .getMethod("llama_model_n_ctx_train", MemorySegment.class)
                        .isAnnotationPresent(Deprecated.class))
                .isFalse();
    }

    @Test
    void logCallbackRoutesLlamaCppLogLinesToJava() throws IOException {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        ggml_log_callback callback = (level, text, userData) -> lines.add(level + " " + NativeSymbols.string(text));
        try (Arena arena = Arena.ofShared()) {
            llama_h.llama_log_set(ggml_log_callback.allocate(callback, arena), MemorySegment.NULL);
            try {
                MemorySegment model = loadVocabOnly(arena, LlamaCppSource.vocab("llama-spm"));
                llama_h.llama_model_free(model);
            } finally {
                llama_h.llama_log_set(quietLogger, MemorySegment.NULL);
            }
        }
        assertThat(lines)
                .anySatisfy(line -> assertThat(line)
                        .startsWith(ggml_h.GGML_LOG_LEVEL_INFO + " ")
                        .contains("vocab only - skipping tensors"));
    }

    @Test
    void outParametersAndStringBuffers() throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment model = loadVocabOnly(arena, LlamaCppSource.vocab("llama-spm"));
            try {
                MemorySegment buffer = arena.allocate(64);
                int length = llama_h.llama_model_meta_val_str(
                        model, arena.allocateFrom("general.architecture"), buffer, buffer.byteSize());
                assertThat(length).isEqualTo(5);
                assertThat(buffer.getString(0)).isEqualTo("llama");
                MemorySegment vocab = llama_h.llama_model_get_vocab(model);
                assertThat(llama_h.llama_vocab_n_tokens(vocab)).isEqualTo(32000);
                assertThat(llama_h.llama_vocab_type(vocab)).isEqualTo(llama_h.LLAMA_VOCAB_TYPE_SPM);
                assertThat(llama_h.llama_vocab_bos(vocab)).isEqualTo(1);
            } finally {
                llama_h.llama_model_free(model);
            }
        }
    }

    @Test
    void progressCallbackCanCancelALoadWhichThenFailsCleanly() {
        List<Float> seen = Collections.synchronizedList(new ArrayList<>());
        try (Arena arena = Arena.ofShared()) {
            MemorySegment params = llama_h.llama_model_default_params(arena);
            llama_model_params.progress_callback(
                    params,
                    llama_progress_callback.allocate(
                            (progress, userData) -> {
                                seen.add(progress);
                                return false;
                            },
                            arena));
            MemorySegment model = llama_h.llama_model_load_from_file(arena.allocateFrom(tinyModel.toString()), params);
            assertThat(model).isEqualTo(MemorySegment.NULL);
        }
        assertThat(seen).hasSize(1).allSatisfy(p -> assertThat(p).isBetween(0.0f, 1.0f));
    }

    @Test
    void progressCallbackSeesAFullLoad() {
        List<Float> seen = Collections.synchronizedList(new ArrayList<>());
        try (Arena arena = Arena.ofShared()) {
            MemorySegment params = llama_h.llama_model_default_params(arena);
            llama_model_params.progress_callback(
                    params,
                    llama_progress_callback.allocate(
                            (progress, userData) -> {
                                seen.add(progress);
                                return true;
                            },
                            arena));
            MemorySegment model = llama_h.llama_model_load_from_file(arena.allocateFrom(tinyModel.toString()), params);
            assertThat(model).isNotEqualTo(MemorySegment.NULL);
            try {
                assertThat(llama_h.llama_model_n_embd(model)).isEqualTo(TinyLlamaFile.N_EMBD);
                assertThat(llama_h.llama_model_n_layer(model)).isEqualTo(1);
                assertThat(llama_h.llama_model_n_head(model)).isEqualTo(TinyLlamaFile.N_HEAD);
                assertThat(llama_h.llama_model_n_params(model))
                        .isEqualTo(32000L * 64 + 4 * 64 * 64 + 3 * 64 * 128 + 3 * 64);
            } finally {
                llama_h.llama_model_free(model);
            }
        }
        assertThat(seen).isNotEmpty().isSorted();
        assertThat(seen.getLast()).isEqualTo(1.0f);
    }

    @Test
    void ggufReadsARealFile() throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment params = gguf_init_params.allocate(arena);
            gguf_init_params.no_alloc(params, true);
            MemorySegment vocab = gguf_h.gguf_init_from_file(
                    arena.allocateFrom(LlamaCppSource.vocab("llama-spm").toString()), params);
            assertThat(vocab).isNotEqualTo(MemorySegment.NULL);
            try {
                assertThat(gguf_h.gguf_get_version(vocab)).isEqualTo(3);
                assertThat(gguf_h.gguf_get_n_tensors(vocab)).isZero();
                long arch = gguf_h.gguf_find_key(vocab, arena.allocateFrom("general.architecture"));
                assertThat(arch).isNotNegative();
                assertThat(gguf_h.gguf_get_kv_type(vocab, arch)).isEqualTo(gguf_h.GGUF_TYPE_STRING);
                assertThat(NativeSymbols.string(gguf_h.gguf_get_val_str(vocab, arch)))
                        .isEqualTo("llama");
                long tokens = gguf_h.gguf_find_key(vocab, arena.allocateFrom("tokenizer.ggml.tokens"));
                assertThat(gguf_h.gguf_get_arr_n(vocab, tokens)).isEqualTo(32000);
                assertThat(NativeSymbols.string(gguf_h.gguf_get_arr_str(vocab, tokens, 1)))
                        .isEqualTo("<s>");
                assertThat(gguf_h.gguf_find_key(vocab, arena.allocateFrom("no.such.key")))
                        .isEqualTo(-1);
            } finally {
                gguf_h.gguf_free(vocab);
            }

            MemorySegment tiny = gguf_h.gguf_init_from_file(arena.allocateFrom(tinyModel.toString()), params);
            try {
                assertThat(gguf_h.gguf_get_n_tensors(tiny)).isEqualTo(11);
                assertThat(NativeSymbols.string(gguf_h.gguf_get_tensor_name(tiny, 0)))
                        .isEqualTo("token_embd.weight");
                assertThat(gguf_h.gguf_get_tensor_type(tiny, 0)).isEqualTo(ggml_h.GGML_TYPE_F32);
                assertThat(gguf_h.gguf_get_tensor_size(tiny, 0)).isEqualTo(32000L * 64 * Float.BYTES);
            } finally {
                gguf_h.gguf_free(tiny);
            }
        }
    }

    @Test
    void shimAbortFlagThroughTheBindingAndAsAFunctionPointer() {
        MemorySegment callback = NativeSymbols.address("llama_ffm_abort_on_flag", "llama_ffm_shim.h");
        assertThat(callback.address()).isNotZero();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment flag = arena.allocate(JAVA_INT);
            assertThat(llama_ffm_shim_h.llama_ffm_abort_on_flag(flag)).isFalse();
            assertThat(ggml_abort_callback.invoke(callback, flag)).isFalse();
            flag.set(JAVA_INT, 0, 1);
            assertThat(llama_ffm_shim_h.llama_ffm_abort_on_flag(flag)).isTrue();
            assertThat(ggml_abort_callback.invoke(callback, flag)).isTrue();
            assertThat(llama_ffm_shim_h.llama_ffm_abort_on_flag(MemorySegment.NULL))
                    .isFalse();
        }
    }

    @Test
    void aJavaCallbackIsACallableFunctionPointer() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment pointer = ggml_abort_callback.allocate(data -> data.address() == 42, arena);
            assertThat(ggml_abort_callback.invoke(pointer, MemorySegment.ofAddress(42)))
                    .isTrue();
            assertThat(ggml_abort_callback.invoke(pointer, MemorySegment.ofAddress(7)))
                    .isFalse();
        }
    }

    @Test
    void aBackendThatIsNotBuiltFailsAtCallTimeNotAtClassLoad() {
        assumeThat(NativeLoader.system().manifest().orElseThrow().files()).noneMatch(f -> f.contains("cuda"));
        assertThat(ggml_cuda_h.GGML_CUDA_MAX_DEVICES).isEqualTo(16); // the class loads
        assertThatThrownBy(ggml_cuda_h::ggml_backend_cuda_get_device_count)
                .isInstanceOf(MissingSymbolException.class)
                .hasMessageContaining("ggml_backend_cuda_get_device_count (declared in ggml-cuda.h)")
                .hasMessageContaining("CUDA build");
        assertThatThrownBy(() -> ggml_metal_h.ggml_backend_is_metal(MemorySegment.NULL))
                .isInstanceOf(MissingSymbolException.class)
                .hasMessageContaining("ggml_backend_is_metal (declared in ggml-metal.h)");
    }

    private static MemorySegment loadVocabOnly(Arena arena, Path file) {
        MemorySegment params = llama_h.llama_model_default_params(arena);
        llama_model_params.vocab_only(params, true);
        MemorySegment model = llama_h.llama_model_load_from_file(arena.allocateFrom(file.toString()), params);
        assertThat(model).as("vocab-only load of " + file).isNotEqualTo(MemorySegment.NULL);
        return model;
    }
}
