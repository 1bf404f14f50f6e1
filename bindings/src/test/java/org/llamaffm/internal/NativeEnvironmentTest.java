package org.llamaffm.internal;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.llamaffm.LlamaRuntime;
import org.llamaffm.internal.ffi.ggml_backend_h;
import org.llamaffm.testkit.ChildJvm;

/** An abort inside llama.cpp does not fork a debugger: the library sets GGML_NO_BACKTRACE unless the user has. */
class NativeEnvironmentTest {

    private static final Linker LINKER = Linker.nativeLinker();
    private static final MethodHandle GETENV = LINKER.downcallHandle(
            LINKER.defaultLookup().find("getenv").orElseThrow(), FunctionDescriptor.of(ADDRESS, ADDRESS));
    private static final MethodHandle UNSETENV = LINKER.downcallHandle(
            LINKER.defaultLookup().find("unsetenv").orElseThrow(), FunctionDescriptor.of(JAVA_INT, ADDRESS));

    /** The C environment's value (what ggml reads at an abort), or null. */
    static String nativeGetenv(String name) throws Throwable {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment value = (MemorySegment) GETENV.invokeExact(arena.allocateFrom(name));
            return value.equals(MemorySegment.NULL)
                    ? null
                    : value.reinterpret(4096).getString(0);
        }
    }

    /**
     * Starts the runtime, prints the variable as the C environment has it, then fails one of ggml's
     * assertions (ggml_backend_dev_get with an index past the devices). With "unset" it first removes
     * the variable again: the process as it was before the library set it.
     */
    public static final class Abort {
        public static void main(String[] args) throws Throwable {
            LlamaRuntime.get();
            if (args.length > 0 && args[0].equals("unset")) {
                try (Arena arena = Arena.ofConfined()) {
                    int unused = (int) UNSETENV.invokeExact(arena.allocateFrom(NativeEnvironment.NO_BACKTRACE));
                }
            }
            System.out.println("GGML_NO_BACKTRACE=" + nativeGetenv(NativeEnvironment.NO_BACKTRACE));
            System.out.flush();
            ggml_backend_h.ggml_backend_dev_get(1_000_000);
        }
    }

    @Test
    void anAbortPrintsLlamaCppsMessageWithoutForkingADebugger() throws Exception {
        Map<String, String> unset = Map.of(NativeEnvironment.NO_BACKTRACE, "");

        ChildJvm.Outcome before = ChildJvm.run(Abort.class, Duration.ofMinutes(2), List.of(), unset, "unset");
        ChildJvm.Outcome now = ChildJvm.run(Abort.class, Duration.ofMinutes(2), List.of(), unset);

        assertThat(before.crashed()).as(before.toString()).isTrue();
        assertThat(before.stdout()).contains("GGML_NO_BACKTRACE=null");
        assertThat(now.crashed()).as(now.toString()).isTrue();
        assertThat(now.stdout()).contains("GGML_NO_BACKTRACE=1");
        assertThat(now.stderr()).contains("GGML_ASSERT(index < ggml_backend_dev_count()) failed");
        assertThat(now.stdout() + now.stderr()).doesNotContain("LWP", "Inferior", "#0 ");
        if (onPath("gdb")) {
            // ggml attached gdb to the JVM and printed its threads' stacks
            assertThat(before.stdout() + before.stderr()).as(before.toString()).contains("[Inferior 1 (process");
        }
    }

    private static boolean onPath(String program) {
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(folder -> java.nio.file.Files.isExecutable(java.nio.file.Path.of(folder, program)));
    }

    @Test
    void aValueTheUserSetIsKept() throws Exception {
        ChildJvm.Outcome o = ChildJvm.run(
                Abort.class, Duration.ofMinutes(2), List.of(), Map.of(NativeEnvironment.NO_BACKTRACE, "0"));

        assertThat(o.stdout()).as(o.toString()).contains("GGML_NO_BACKTRACE=0");
    }

    @Test
    void theRuntimeSetsItInThisProcess() throws Throwable {
        LlamaRuntime.get();

        assertThat(nativeGetenv(NativeEnvironment.NO_BACKTRACE)).isNotNull();
    }
}
