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
                default -> throw new IllegalArgumentException("no crash named " + kind);
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static MethodHandle libc(String name, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(LINKER.defaultLookup().find(name).orElseThrow(), descriptor);
    }
}
