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
 */
package org.llamaffm;
