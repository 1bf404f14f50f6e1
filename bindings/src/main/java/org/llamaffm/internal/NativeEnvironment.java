package org.llamaffm.internal;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/** The process environment that llama.cpp reads with {@code getenv}, set before its first call. */
public final class NativeEnvironment {

    /**
     * ggml's abort handler (ggml_print_backtrace, ggml/src/ggml.c) forks and runs gdb or lldb on
     * the process to print a backtrace unless this variable is set: from inside a JVM (a server,
     * an IDE) that starts a debugger process, and the abort message drowns in its output.
     */
    public static final String NO_BACKTRACE = "GGML_NO_BACKTRACE";

    private NativeEnvironment() {}

    /** Sets GGML_NO_BACKTRACE=1 in the C environment unless the user has set it (to anything). */
    public static void disableAbortBacktrace() {
        if (System.getenv(NO_BACKTRACE) != null) {
            return;
        }
        // POSIX setenv; Windows has no such function here, and ggml forks no debugger there either
        Optional<MethodHandle> setenv = Linker.nativeLinker()
                .defaultLookup()
                .find("setenv")
                .map(address -> Linker.nativeLinker()
                        .downcallHandle(address, FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT)));
        if (setenv.isEmpty()) {
            return;
        }
        try (Arena arena = Arena.ofConfined()) {
            int rc = (int) setenv.get().invokeExact(arena.allocateFrom(NO_BACKTRACE), arena.allocateFrom("1"), 0);
            if (rc != 0) {
                System.getLogger("llama-ffm").log(System.Logger.Level.WARNING, "setenv(" + NO_BACKTRACE + ") failed");
            }
        } catch (Throwable e) {
            throw new IllegalStateException("setenv(" + NO_BACKTRACE + ") failed", e);
        }
    }
}
