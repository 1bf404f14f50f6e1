package org.llamaffm.policy.worker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A memory cgroup of one worker, made by the host before the worker loads its model: cgroup v2's
 * {@code memory.max} (and {@code memory.swap.max} 0), or, on a host with cgroup v1 only, the memory
 * controller's {@code memory.limit_in_bytes} (and the swap limit where the kernel counts swap). Unlike
 * RLIMIT_DATA, it counts what the worker really has in memory, the model file's pages included; over it, the
 * kernel's OOM killer ends the worker alone ({@link #oomKills()} then says so). It is made below the host's own
 * cgroup, so a container's limits still hold, and removed when the worker is gone.
 */
final class MemoryCgroup implements AutoCloseable {

    private static final Path ROOT = Path.of("/sys/fs/cgroup");
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final Path folder;
    private final boolean v2;
    private final long bytes;

    private MemoryCgroup(Path folder, boolean v2, long bytes) {
        this.folder = folder;
        this.v2 = v2;
        this.bytes = bytes;
    }

    /**
     * A new cgroup capped at {@code bytes}.
     *
     * @throws IOException naming why none could be made here (no cgroup file system, no memory controller, no
     *                     permission to make or delegate one)
     */
    static MemoryCgroup create(long bytes) throws IOException {
        String name = "llama-ffm-worker-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
        List<String> own = Files.readAllLines(Path.of("/proc/self/cgroup"));
        if (Files.exists(ROOT.resolve("cgroup.controllers"))) { // the unified hierarchy (v2)
            String path = own.stream()
                    .filter(l -> l.startsWith("0::"))
                    .map(l -> l.substring(3))
                    .findFirst()
                    .orElseThrow(() -> new IOException("no cgroup v2 entry in /proc/self/cgroup"));
            Path parent = ROOT.resolve(path.substring(1));
            if (!Files.readString(parent.resolve("cgroup.subtree_control")).contains("memory")) {
                // only possible where this process's cgroup has no processes of its own (v2's rule)
                Files.writeString(parent.resolve("cgroup.subtree_control"), "+memory");
            }
            removeStale(parent);
            Path folder = Files.createDirectory(parent.resolve(name));
            MemoryCgroup cgroup = new MemoryCgroup(folder, true, bytes);
            try {
                Files.writeString(folder.resolve("memory.max"), Long.toString(bytes));
                if (Files.exists(folder.resolve("memory.swap.max"))) {
                    Files.writeString(folder.resolve("memory.swap.max"), "0");
                }
            } catch (IOException | RuntimeException e) {
                cgroup.close();
                throw e;
            }
            return cgroup;
        }
        String path = own.stream()
                .map(l -> l.split(":", 3))
                .filter(f -> f.length == 3 && List.of(f[1].split(",")).contains("memory"))
                .map(f -> f[2])
                .findFirst()
                .orElseThrow(() -> new IOException("no memory controller in /proc/self/cgroup"));
        Path folder = Files.createDirectory(
                ROOT.resolve("memory").resolve(path.substring(1)).resolve(name));
        MemoryCgroup cgroup = new MemoryCgroup(folder, false, bytes);
        try {
            Files.writeString(folder.resolve("memory.limit_in_bytes"), Long.toString(bytes));
            Path swap = folder.resolve("memory.memsw.limit_in_bytes");
            if (Files.exists(swap)) {
                Files.writeString(swap, Long.toString(bytes)); // memory and swap together: no swap beyond the cap
            }
        } catch (IOException | RuntimeException e) {
            cgroup.close();
            throw e;
        }
        return cgroup;
    }

    /**
     * Removes the empty cgroups of workers whose host is gone (a host that ended without closing its workers
     * leaves them behind; the kernel removes nothing by itself).
     */
    private static void removeStale(Path parent) {
        try (var entries = Files.newDirectoryStream(parent, "llama-ffm-worker-*")) {
            for (Path entry : entries) {
                String[] parts = entry.getFileName().toString().split("-");
                try {
                    long host = Long.parseLong(parts[3]);
                    if (ProcessHandle.of(host).isEmpty()
                            && Files.readString(entry.resolve("cgroup.procs")).isBlank()) {
                        Files.deleteIfExists(entry);
                    }
                } catch (IOException | RuntimeException e) {
                    // in use, or not one of ours after all: leave it
                }
            }
        } catch (IOException e) {
            // nothing to clean here
        }
    }

    /** The file a process writes its pid to, to join the cgroup (a worker joins before it runs its JVM). */
    String procs() {
        return folder.resolve("cgroup.procs").toString();
    }

    /** How many times the kernel's OOM killer ended a process of this cgroup. */
    long oomKills() {
        try {
            for (String line : Files.readAllLines(folder.resolve(v2 ? "memory.events" : "memory.oom_control"))) {
                if (line.startsWith("oom_kill ")) {
                    return Long.parseLong(line.substring("oom_kill ".length()).strip());
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    /** One line for a report: {@code cgroup v2 memory.max 256 MiB}. */
    String describe() {
        return (v2 ? "cgroup v2 memory.max " : "cgroup v1 memory.limit_in_bytes ") + (bytes >> 20) + " MiB";
    }

    /** Removes the cgroup, once its processes are gone (a few tries while the kernel lets go of a dead one). */
    @Override
    public void close() {
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                Files.deleteIfExists(folder);
                return;
            } catch (IOException e) {
                try {
                    Thread.sleep(25);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
