package org.llamaffm.benchmarks;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.concurrent.TimeUnit;
import org.llamaffm.LlamaRuntime;
import org.llamaffm.internal.NativeSymbols;
import org.llamaffm.internal.ffi.llama_h;
import org.llamaffm.internal.ffi.llama_model_params;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.CompilerControl;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The cost of one trivial llama.cpp call ({@code llama_vocab_n_tokens}, a field read) through the
 * generated binding (bound with {@code Linker.Option.critical}), through a plain downcall handle,
 * and of a non-inlined Java method as the floor.
 *
 * <p>Last run (2-core AMD EPYC with AVX-512, JDK 25.0.3, {@code -f 1 -wi 3 -i 5 -prof gc}):
 * critical 2.68 ± 0.16 ns, plain 7.08 ± 0.23 ns, Java call 1.20 ± 0.04 ns; 0 bytes allocated.
 * The same call from C ({@code benchmarks/downcall-baseline.sh}, through the PLT as a C or JNI
 * caller makes it), run right before and after: 1.83 / 1.88 ns. So a critical downcall costs
 * ~0.8 ns more than C, a plain one ~5 ns more (the thread-state transitions).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DowncallBenchmark {

    private static final MethodHandle PLAIN =
            NativeSymbols.downcall("llama_vocab_n_tokens", "llama.h", FunctionDescriptor.of(JAVA_INT, ADDRESS));

    private MemorySegment model;
    private MemorySegment vocab;
    private int size;

    @Setup(Level.Trial)
    public void load() {
        LlamaRuntime.get();
        try (var arena = java.lang.foreign.Arena.ofConfined()) {
            MemorySegment params = llama_h.llama_model_default_params(arena);
            llama_model_params.vocab_only(params, true);
            model = llama_h.llama_model_load_from_file(
                    arena.allocateFrom(Fixtures.vocab("gpt-2").toString()), params);
        }
        vocab = llama_h.llama_model_get_vocab(model);
        size = llama_h.llama_vocab_n_tokens(vocab);
    }

    @TearDown(Level.Trial)
    public void close() {
        llama_h.llama_model_free(model);
    }

    @Benchmark
    public int criticalDowncall() {
        return llama_h.llama_vocab_n_tokens(vocab);
    }

    @Benchmark
    public int plainDowncall() throws Throwable {
        return (int) PLAIN.invokeExact(vocab);
    }

    @Benchmark
    public int javaCall() {
        return javaGetter();
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    private int javaGetter() {
        return size;
    }
}
