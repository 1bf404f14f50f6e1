package org.llamaffm.policy.worker;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.function.Consumer;

/**
 * The test hook a worker runs for a TEST_CRASH frame (named by {@link WorkerMain#TEST_HOOK_PROPERTY}):
 * breaks the worker the way llama.cpp or the operating system would.
 */
public final class CrashHook implements Consumer<String> {

    private static final Linker LINKER = Linker.nativeLinker();

    @Override
    public void accept(String kind) {
        try {
            switch (kind) {
                case "abort" -> libc("abort", FunctionDescriptor.ofVoid()).invokeExact(); // as GGML_ASSERT does
                case "segv" -> { // a write through a bad pointer in native code, as a broken tensor read does
                    MemorySegment ignored = (MemorySegment) libc(
                                    "memset",
                                    FunctionDescriptor.of(
                                            ValueLayout.ADDRESS,
                                            ValueLayout.ADDRESS,
                                            ValueLayout.JAVA_INT,
                                            ValueLayout.JAVA_LONG))
                            .invokeExact(MemorySegment.ofAddress(16), 0, 64L);
                }
                case "kill" -> {
                    int ignored = (int) libc(
                                    "kill",
                                    FunctionDescriptor.of(
                                            ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT))
                            .invokeExact((int) ProcessHandle.current().pid(), 9); // as the OOM killer does
                }
                case "exit" -> Runtime.getRuntime().halt(3);
                case "hang" -> Thread.sleep(Long.MAX_VALUE); // the request thread never answers again
                // probes: what the worker may still do; the outcome comes back as this hook's error message
                case "exec" ->
                    throw new IllegalStateException(outcome(
                            () -> new ProcessBuilder("/bin/true").start().waitFor()));
                case "connect" ->
                    throw new IllegalStateException(outcome(() -> {
                        try (java.net.Socket socket = new java.net.Socket()) {
                            socket.connect(new java.net.InetSocketAddress("127.0.0.1", 9), 2000);
                        }
                        return 0;
                    }));
                case "thread" ->
                    throw new IllegalStateException(outcome(() -> {
                        Thread t = Thread.ofPlatform().start(() -> {});
                        t.join();
                        return 0;
                    }));
                case "seccomp" -> throw new IllegalStateException(String.valueOf(Lockdown.filtered()));
                default -> {
                    if (kind.startsWith("read:")) {
                        throw new IllegalStateException(outcome(
                                () -> java.nio.file.Files.readAllBytes(java.nio.file.Path.of(kind.substring(5)))));
                    }
                    if (kind.startsWith("write:")) {
                        throw new IllegalStateException(outcome(
                                () -> java.nio.file.Files.writeString(java.nio.file.Path.of(kind.substring(6)), "x")));
                    }
                    throw new IllegalArgumentException("no crash named " + kind);
                }
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @FunctionalInterface
    private interface Attempt {
        Object run() throws Exception;
    }

    /** "allowed" when {@code attempt} succeeds, else "refused: " and its error. */
    private static String outcome(Attempt attempt) {
        try {
            attempt.run();
            return "allowed";
        } catch (Exception e) {
            return "refused: " + e;
        }
    }

    private static MethodHandle libc(String name, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(LINKER.defaultLookup().find(name).orElseThrow(), descriptor);
    }
}
