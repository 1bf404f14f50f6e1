package org.llamaffm.policy.worker;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a worker does to itself, through the C library, so that what runs in it can do less: resource
 * limits when it starts (no core dumps, a cap on open files and on memory), and after its model is
 * loaded and warmed up a seccomp-bpf filter on every thread, as browsers lock down their GPU process.
 * Each step reports whether it took effect and why not: {@link #report()}.
 *
 * <p>The filter (x86-64 Linux) makes these system calls fail with EPERM: execve and execveat; fork, vfork,
 * and clone without CLONE_THREAD (threads are still created; clone3 answers ENOSYS so that the C library
 * falls back to clone); ptrace and process_vm_readv/writev; socket and socketpair for any family but
 * AF_UNIX; mount, umount2 and pivot_root; bpf; io_uring; keyctl, add_key and request_key;
 * perf_event_open; unshare and setns; init_module, finit_module and delete_module. A system call of
 * another architecture or ABI kills the process. Everything else is allowed.
 */
public final class Lockdown {

    /** One protection and whether it is active in this process, or why not. */
    public record Protection(String name, boolean active, String detail) {
        @Override
        public String toString() {
            return name + ": " + (active ? "active" : "not active") + (detail.isEmpty() ? "" : " (" + detail + ")");
        }
    }

    private static final Linker LINKER = Linker.nativeLinker();
    private static final List<Protection> REPORT = new ArrayList<>();
    /** The Landlock ruleset in force, for the other threads to join; -1: none. */
    private static volatile long landlockRuleset = -1;

    // <sys/resource.h>
    private static final int RLIMIT_DATA = 2;
    private static final int RLIMIT_CORE = 4;
    private static final int RLIMIT_NOFILE = 7;

    // <linux/prctl.h>, <linux/seccomp.h>, <linux/filter.h>, <linux/audit.h>, x86-64 <asm/unistd_64.h>
    private static final int PR_SET_NO_NEW_PRIVS = 38;
    private static final long SYS_SECCOMP = 317;
    private static final int SECCOMP_SET_MODE_FILTER = 1;
    private static final int SECCOMP_FILTER_FLAG_TSYNC = 1;
    private static final int AUDIT_ARCH_X86_64 = 0xC000003E;
    private static final int RET_ALLOW = 0x7fff0000;
    private static final int RET_KILL_PROCESS = 0x80000000;
    private static final int RET_EPERM = 0x00050000 | 1;
    private static final int RET_ENOSYS = 0x00050000 | 38;
    private static final int CLONE_THREAD = 0x00010000;
    private static final int AF_UNIX = 1;
    private static final int NR_CLONE = 56;
    private static final int NR_CLONE3 = 435;
    private static final int NR_SOCKET = 41;
    private static final int NR_SOCKETPAIR = 53;
    /** execve, execveat, fork, vfork, ptrace, process_vm_readv/writev, mount, umount2, pivot_root, bpf,
     * io_uring_setup/enter/register, keyctl, add_key, request_key, perf_event_open, unshare, setns,
     * init_module, finit_module, delete_module. */
    private static final int[] DENIED = {
        59, 322, 57, 58, 101, 310, 311, 165, 166, 155, 321, 425, 426, 427, 250, 248, 249, 298, 272, 308, 175, 313, 176
    };

    // <linux/landlock.h>, x86-64 syscall numbers (the same on aarch64)
    private static final long SYS_LANDLOCK_CREATE_RULESET = 444;
    private static final long SYS_LANDLOCK_ADD_RULE = 445;
    private static final long SYS_LANDLOCK_RESTRICT_SELF = 446;
    private static final long LANDLOCK_CREATE_RULESET_VERSION = 1;
    private static final long LANDLOCK_RULE_PATH_BENEATH = 1;
    private static final long FS_EXECUTE = 1,
            FS_WRITE_FILE = 2,
            FS_READ_FILE = 4,
            FS_READ_DIR = 8,
            FS_REMOVE_DIR = 16,
            FS_REMOVE_FILE = 32,
            FS_MAKE_DIR = 128,
            FS_MAKE_REG = 256,
            FS_TRUNCATE = 1 << 14;
    private static final int O_PATH = 0x200000;
    private static final int O_CLOEXEC = 0x80000;

    private Lockdown() {}

    /** What took effect so far, in order. */
    public static synchronized List<Protection> report() {
        return List.copyOf(REPORT);
    }

    private static synchronized void record(String name, boolean active, String detail) {
        REPORT.add(new Protection(name, active, detail));
    }

    /**
     * Resource limits, set when the worker starts: no core dumps, at most {@code maxOpenFiles} open files,
     * and at most {@code maxMemoryBytes} of private writable memory (RLIMIT_DATA: what the JVM's heap,
     * malloc and llama.cpp's buffers commit; the model file's read-only mapping does not count, nor the
     * address space the JVM only reserves). 0: that limit is left as it is.
     */
    public static void limits(long maxMemoryBytes, int maxOpenFiles) {
        record("no core dumps", setrlimit(RLIMIT_CORE, 0), "");
        if (maxOpenFiles > 0) {
            record("open files", setrlimit(RLIMIT_NOFILE, maxOpenFiles), "at most " + maxOpenFiles);
        }
        if (maxMemoryBytes > 0) {
            record("memory", setrlimit(RLIMIT_DATA, maxMemoryBytes), "RLIMIT_DATA " + (maxMemoryBytes >> 20) + " MiB");
        }
    }

    /**
     * Pins every thread of this process to {@code cpus} (sched_setaffinity on each thread of /proc/self/task, so
     * that the JVM's own threads are pinned too; threads made later, such as ggml's, inherit it from their
     * creator). Empty: left as it is.
     */
    public static void affinity(java.util.Set<Integer> cpus) {
        if (cpus.isEmpty()) {
            return;
        }
        int bytes = 128; // a cpu_set_t: 1024 CPUs
        java.util.List<Integer> refused = new ArrayList<>();
        try (Arena arena = Arena.ofConfined();
                var tasks = Files.list(Path.of("/proc/self/task"))) {
            MemorySegment mask = arena.allocate(bytes, 8);
            for (int cpu : cpus) {
                if (cpu < 0 || cpu >= bytes * 8) {
                    record("cpu affinity", false, "CPU " + cpu + " is not in 0.." + (bytes * 8 - 1));
                    return;
                }
                long word = mask.get(ValueLayout.JAVA_LONG, (cpu / 64) * 8L);
                mask.set(ValueLayout.JAVA_LONG, (cpu / 64) * 8L, word | (1L << (cpu % 64)));
            }
            MethodHandle set = call(
                    "sched_setaffinity",
                    FunctionDescriptor.of(
                            ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS));
            for (Path task : tasks.toList()) {
                int tid = Integer.parseInt(task.getFileName().toString());
                if ((int) set.invokeExact(tid, (long) bytes, mask) != 0) {
                    refused.add(tid);
                }
            }
        } catch (Throwable t) {
            record("cpu affinity", false, t.toString());
            return;
        }
        record(
                "cpu affinity",
                refused.isEmpty(),
                refused.isEmpty()
                        ? "CPUs " + new java.util.TreeSet<>(cpus)
                        : "sched_setaffinity refused threads " + refused + " (CPUs " + cpus + " not all available?)");
    }

    /**
     * Whether this process runs in a network namespace of its own (started by the host through
     * {@code unshare --net}: no interface but a loopback that is down), compared with the host's.
     */
    public static void network(String hostNamespace) {
        String own;
        try {
            own = Files.readSymbolicLink(Path.of("/proc/self/ns/net")).toString();
        } catch (java.io.IOException | UnsupportedOperationException e) {
            record("network namespace", false, "no /proc/self/ns/net");
            return;
        }
        boolean isolated = !hostNamespace.isEmpty() && !own.equals(hostNamespace);
        record(
                "network namespace",
                isolated,
                isolated
                        ? own + ", the host's is " + hostNamespace
                        : "unshare --net is not available or not allowed here; the seccomp filter still refuses non-Unix sockets");
    }

    /** Installs the seccomp filter on every thread of the process (after PR_SET_NO_NEW_PRIVS). */
    public static void seccomp() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        if (!System.getProperty("os.name").equals("Linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            record(
                    "seccomp",
                    false,
                    "the filter is written for x86-64 Linux; this is " + arch + " " + System.getProperty("os.name"));
            return;
        }
        try (Arena arena = Arena.ofConfined()) {
            if (!noNewPrivs()) {
                record("seccomp", false, "prctl(PR_SET_NO_NEW_PRIVS) failed");
                return;
            }
            byte[] program = filter();
            MemorySegment filter = arena.allocate(program.length, 8);
            filter.copyFrom(MemorySegment.ofArray(program));
            MemorySegment prog = arena.allocate(16, 8); // struct sock_fprog { u16 len; sock_filter *filter; }
            prog.set(ValueLayout.JAVA_SHORT, 0, (short) (program.length / 8));
            prog.set(ValueLayout.ADDRESS, 8, filter);
            long result = (long) call(
                            "syscall",
                            FunctionDescriptor.of(
                                    ValueLayout.JAVA_LONG,
                                    ValueLayout.JAVA_LONG,
                                    ValueLayout.JAVA_LONG,
                                    ValueLayout.JAVA_LONG,
                                    ValueLayout.ADDRESS))
                    .invokeExact(SYS_SECCOMP, (long) SECCOMP_SET_MODE_FILTER, (long) SECCOMP_FILTER_FLAG_TSYNC, prog);
            record(
                    "seccomp",
                    result == 0,
                    result == 0
                            ? "exec, new processes, non-Unix sockets, ptrace, mount, bpf, io_uring, keys, perf, namespaces, modules"
                            : result > 0 ? "thread " + result + " could not be synchronized" : "seccomp() failed");
        } catch (Throwable t) {
            record("seccomp", false, t.toString());
        }
    }

    /**
     * Landlock: from here on the process reads only below {@code readOnly} (files or folders) and writes only
     * below {@code readWrite}; every other path is refused (EACCES). Needs PR_SET_NO_NEW_PRIVS, which
     * {@link #seccomp()} sets too.
     */
    public static void landlock(List<Path> readOnly, List<Path> readWrite) {
        try (Arena arena = Arena.ofConfined()) {
            MethodHandle syscall = call(
                    "syscall",
                    FunctionDescriptor.of(
                            ValueLayout.JAVA_LONG,
                            ValueLayout.JAVA_LONG,
                            ValueLayout.ADDRESS,
                            ValueLayout.JAVA_LONG,
                            ValueLayout.JAVA_LONG));
            long abi = (long) syscall.invokeExact(
                    SYS_LANDLOCK_CREATE_RULESET, MemorySegment.NULL, 0L, LANDLOCK_CREATE_RULESET_VERSION);
            if (abi < 1) {
                record("landlock", false, "the kernel has no Landlock (or it is disabled)");
                return;
            }
            // every right of the ABI is handled: what no rule allows is refused
            long handled = abi >= 5 ? 0xFFFF : abi >= 3 ? 0x7FFF : abi >= 2 ? 0x3FFF : 0x1FFF;
            MemorySegment attr = arena.allocate(8, 8);
            attr.set(ValueLayout.JAVA_LONG, 0, handled);
            long ruleset = (long) syscall.invokeExact(SYS_LANDLOCK_CREATE_RULESET, attr, 8L, 0L);
            if (ruleset < 0) {
                record("landlock", false, "landlock_create_ruleset failed");
                return;
            }
            long write = FS_WRITE_FILE
                    | FS_REMOVE_DIR
                    | FS_REMOVE_FILE
                    | FS_MAKE_DIR
                    | FS_MAKE_REG
                    | (abi >= 3 ? FS_TRUNCATE : 0);
            List<String> missing = new ArrayList<>();
            for (Path p : readOnly) {
                if (!rule(
                        syscall, arena, ruleset, p, Files.isDirectory(p) ? FS_READ_FILE | FS_READ_DIR : FS_READ_FILE)) {
                    missing.add(p.toString());
                }
            }
            for (Path p : readWrite) {
                if (!rule(syscall, arena, ruleset, p, FS_READ_FILE | FS_READ_DIR | write)) {
                    missing.add(p.toString());
                }
            }
            boolean restricted = restrictSelf(ruleset);
            if (restricted) {
                landlockRuleset = ruleset;
            }
            record(
                    "landlock",
                    restricted,
                    (restricted
                                    ? "ABI " + abi + ": reads " + readOnly.size() + " paths, writes " + readWrite
                                    : "landlock_restrict_self failed")
                            + (missing.isEmpty() ? "" : "; not found: " + missing));
        } catch (Throwable t) {
            record("landlock", false, t.toString());
        }
    }

    /**
     * Puts the calling thread under the ruleset {@link #landlock} put its own thread under (Landlock restricts a
     * thread and the threads it starts afterwards, not the others); false when there is none or it failed.
     */
    public static boolean landlockThisThread() {
        long ruleset = landlockRuleset;
        try {
            return ruleset >= 0 && restrictSelf(ruleset);
        } catch (Throwable t) {
            return false;
        }
    }

    /** {@link #noNewPrivs()}, then the calling thread under {@code ruleset}; whether it is. */
    private static boolean restrictSelf(long ruleset) throws Throwable {
        boolean nnp = noNewPrivs();
        MethodHandle restrict = call(
                "syscall",
                FunctionDescriptor.of(
                        ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG));
        return nnp && (long) restrict.invokeExact(SYS_LANDLOCK_RESTRICT_SELF, ruleset, 0L) == 0;
    }

    /** PR_SET_NO_NEW_PRIVS on the calling thread (seccomp and Landlock need it); whether it took. */
    private static boolean noNewPrivs() throws Throwable {
        return (int) call(
                                "prctl",
                                FunctionDescriptor.of(
                                        ValueLayout.JAVA_INT,
                                        ValueLayout.JAVA_INT,
                                        ValueLayout.JAVA_LONG,
                                        ValueLayout.JAVA_LONG,
                                        ValueLayout.JAVA_LONG,
                                        ValueLayout.JAVA_LONG))
                        .invokeExact(PR_SET_NO_NEW_PRIVS, 1L, 0L, 0L, 0L)
                == 0;
    }

    /** Allows {@code access} below {@code path}; false when the path cannot be opened. */
    private static boolean rule(MethodHandle syscall, Arena arena, long ruleset, Path path, long access)
            throws Throwable {
        int fd = (int)
                call("open", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT))
                        .invokeExact(arena.allocateFrom(path.toString()), O_PATH | O_CLOEXEC);
        if (fd < 0) {
            return false;
        }
        MemorySegment beneath = arena.allocate(12, 4); // struct landlock_path_beneath_attr (packed): u64, s32
        beneath.set(ValueLayout.JAVA_LONG_UNALIGNED, 0, access);
        beneath.set(ValueLayout.JAVA_INT_UNALIGNED, 8, fd);
        long rc = (long) call(
                        "syscall",
                        FunctionDescriptor.of(
                                ValueLayout.JAVA_LONG,
                                ValueLayout.JAVA_LONG,
                                ValueLayout.JAVA_LONG,
                                ValueLayout.JAVA_LONG,
                                ValueLayout.ADDRESS,
                                ValueLayout.JAVA_LONG))
                .invokeExact(SYS_LANDLOCK_ADD_RULE, ruleset, LANDLOCK_RULE_PATH_BENEATH, beneath, 0L);
        int ignored = (int) call("close", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT))
                .invokeExact(fd);
        return rc == 0;
    }

    /** The BPF program: 8-byte instructions {u16 code, u8 jt, u8 jf, u32 k}, little-endian. */
    static byte[] filter() {
        List<int[]> p = new ArrayList<>();
        p.add(load(4)); // seccomp_data.arch
        p.add(jump(0x15, AUDIT_ARCH_X86_64, 1, 0));
        p.add(ret(RET_KILL_PROCESS));
        p.add(load(0)); // seccomp_data.nr
        p.add(jump(0x35, 0x40000000, 0, 1)); // the x32 ABI's numbers
        p.add(ret(RET_EPERM));
        for (int nr : DENIED) {
            p.add(jump(0x15, nr, 0, 1));
            p.add(ret(RET_EPERM));
        }
        p.add(jump(0x15, NR_CLONE3, 0, 1));
        p.add(ret(RET_ENOSYS));
        p.add(jump(0x15, NR_CLONE, 0, 4)); // clone: a thread (CLONE_THREAD in the flags) or nothing
        p.add(load(16)); // args[0], low 32 bits
        p.add(jump(0x45, CLONE_THREAD, 0, 1));
        p.add(ret(RET_ALLOW));
        p.add(ret(RET_EPERM));
        p.add(jump(0x15, NR_SOCKET, 1, 0)); // socket, socketpair: AF_UNIX or nothing
        p.add(jump(0x15, NR_SOCKETPAIR, 0, 4));
        p.add(load(16));
        p.add(jump(0x15, AF_UNIX, 0, 1));
        p.add(ret(RET_ALLOW));
        p.add(ret(RET_EPERM));
        p.add(ret(RET_ALLOW));
        ByteBuffer b = ByteBuffer.allocate(p.size() * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (int[] i : p) {
            b.putShort((short) i[0]).put((byte) i[1]).put((byte) i[2]).putInt(i[3]);
        }
        return b.array();
    }

    private static int[] load(int offset) {
        return new int[] {0x20, 0, 0, offset}; // BPF_LD | BPF_W | BPF_ABS
    }

    private static int[] jump(int code, int k, int jt, int jf) {
        return new int[] {code, jt, jf, k}; // BPF_JMP | BPF_JEQ (0x15) / BPF_JGE (0x35) / BPF_JSET (0x45) | BPF_K
    }

    private static int[] ret(int k) {
        return new int[] {0x06, 0, 0, k}; // BPF_RET | BPF_K
    }

    private static boolean setrlimit(int resource, long value) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment limit = arena.allocate(16, 8); // struct rlimit { rlim_t cur, max; }
            limit.set(ValueLayout.JAVA_LONG, 0, value);
            limit.set(ValueLayout.JAVA_LONG, 8, value);
            return (int) call(
                                    "setrlimit",
                                    FunctionDescriptor.of(
                                            ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS))
                            .invokeExact(resource, limit)
                    == 0;
        } catch (Throwable t) {
            return false;
        }
    }

    private static MethodHandle call(String name, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(LINKER.defaultLookup().find(name).orElseThrow(), descriptor);
    }

    /** Whether this process runs under a seccomp filter (from /proc/self/status), for tests and reports. */
    public static boolean filtered() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .anyMatch(l -> l.startsWith("Seccomp:") && !l.endsWith("0"));
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
