package org.llamaffm.policy.worker;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.llamaffm.LlamaRuntime;

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
                case "abort" -> ggmlAbort("GGML_ASSERT(%s) failed", "drill"); // as GGML_ASSERT(drill) does
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
                case "memory" -> exhaustMemory();
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

    /** Past this much, no memory cap is in force: the hook gives its memory back and says so. */
    static final long MEMORY_SAFETY_LIMIT = 4L << 30;

    /** What the {@code memory} kind asks for at a time: one of llama.cpp's larger compute buffers. */
    static final long MEMORY_CHUNK = 16L << 20;

    /**
     * Native memory, every page written, until the operating system refuses more (the worker's memory cap),
     * then what llama.cpp does when a buffer allocation fails: {@code ggml_malloc}'s log line and
     * {@code GGML_ABORT("fatal error")} (ggml/src/ggml.c:413-414 of the pinned llama.cpp). The line before the
     * abort says how much the worker got. Without a cap, it stops at {@link #MEMORY_SAFETY_LIMIT}, frees
     * everything and fails as a hook error, so that a missing cap is a failed test, not a machine out of memory.
     */
    private static void exhaustMemory() throws Throwable {
        MethodHandle malloc = libc("malloc", FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
        MethodHandle memset = libc(
                "memset",
                FunctionDescriptor.of(
                        ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG));
        MethodHandle free = libc("free", FunctionDescriptor.ofVoid(ValueLayout.ADDRESS));
        List<MemorySegment> held = new ArrayList<>();
        long total = 0;
        while (total < MEMORY_SAFETY_LIMIT) {
            MemorySegment chunk = (MemorySegment) malloc.invokeExact(MEMORY_CHUNK);
            if (chunk.equals(MemorySegment.NULL)) {
                System.err.printf(
                        "ggml_malloc: failed to allocate %6.2f MB (after %d MiB)%n",
                        MEMORY_CHUNK / (1024.0 * 1024.0), total >> 20);
                ggmlAbort("fatal error", null);
            }
            MemorySegment ignored = (MemorySegment) memset.invokeExact(chunk, 1, MEMORY_CHUNK);
            held.add(chunk);
            total += MEMORY_CHUNK;
        }
        for (MemorySegment chunk : held) {
            free.invokeExact(chunk);
        }
        throw new IllegalStateException("no memory cap stopped the worker at " + (total >> 20) + " MiB");
    }

    /**
     * ggml's own {@code ggml_abort(file, line, fmt, ...)}, as {@code GGML_ABORT} and {@code GGML_ASSERT} call it:
     * it writes {@code file:line: message} to stderr (no backtrace: the host sets GGML_NO_BACKTRACE) and calls
     * {@code abort()}. The file and line are this hook's caller's.
     */
    private static void ggmlAbort(String format, @Nullable String argument) throws Throwable {
        StackWalker.StackFrame caller = StackWalker.getInstance()
                .walk(frames -> frames.skip(1).findFirst())
                .orElseThrow();
        // the library llama.cpp's model loading already mapped: dlopen hands back the same one
        Path library = LlamaRuntime.get().nativeBuild().libraryFolder().resolve("libggml-base.so.0");
        MemorySegment symbol = SymbolLookup.libraryLookup(library, Arena.global())
                .find("ggml_abort")
                .orElseThrow();
        Arena arena = Arena.global(); // never freed: the process ends here
        MemorySegment file = arena.allocateFrom(caller.getFileName());
        MemorySegment fmt = arena.allocateFrom(format);
        if (argument == null) {
            LINKER.downcallHandle(
                            symbol,
                            FunctionDescriptor.ofVoid(ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.ADDRESS),
                            Linker.Option.firstVariadicArg(3))
                    .invokeExact(file, caller.getLineNumber(), fmt);
        } else {
            LINKER.downcallHandle(
                            symbol,
                            FunctionDescriptor.ofVoid(
                                    ValueLayout.ADDRESS,
                                    ValueLayout.JAVA_INT,
                                    ValueLayout.ADDRESS,
                                    ValueLayout.ADDRESS),
                            Linker.Option.firstVariadicArg(3))
                    .invokeExact(file, caller.getLineNumber(), fmt, arena.allocateFrom(argument));
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
