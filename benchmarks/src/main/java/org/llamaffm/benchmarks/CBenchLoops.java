package org.llamaffm.benchmarks;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;

/**
 * The functions of {@code benchmarks/native/bench_loops.c} (llama-bench's model, context and timed
 * loops), bound from the library that {@code bench-loops.sh} compiles. Loads nothing of llama-ffm, so
 * that {@link JvmLoops} can run them in a JVM without it; {@link LoopParity} runs them beside llama-ffm's.
 *
 * @param open    {@code loops_open(path, n_ctx, n_batch, n_ubatch, n_threads)}: the loops, or NULL
 * @param close   {@code loops_close(loops)}
 * @param prompt  {@code loops_prompt(loops, n_prompt, n_batch, n_threads)}: nanoseconds, or -1
 * @param gen     {@code loops_gen(loops, n_gen, n_threads)}: nanoseconds, or -1
 * @param backendInit {@code llama_backend_init()}, from the libllama the library links
 */
record CBenchLoops(
        MethodHandle open, MethodHandle close, MethodHandle prompt, MethodHandle gen, MethodHandle backendInit) {

    static CBenchLoops load(Path library) {
        SymbolLookup lookup = SymbolLookup.libraryLookup(library, Arena.global());
        Linker linker = Linker.nativeLinker();
        return new CBenchLoops(
                linker.downcallHandle(
                        lookup.findOrThrow("loops_open"),
                        FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT)),
                linker.downcallHandle(lookup.findOrThrow("loops_close"), FunctionDescriptor.ofVoid(ADDRESS)),
                linker.downcallHandle(
                        lookup.findOrThrow("loops_prompt"),
                        FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT)),
                linker.downcallHandle(
                        lookup.findOrThrow("loops_gen"), FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_INT, JAVA_INT)),
                linker.downcallHandle(lookup.findOrThrow("llama_backend_init"), FunctionDescriptor.ofVoid()));
    }
}
