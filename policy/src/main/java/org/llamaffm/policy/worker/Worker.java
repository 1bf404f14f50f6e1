package org.llamaffm.policy.worker;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.llamaffm.ContextParams;
import org.llamaffm.MemoryBreakdown;
import org.llamaffm.SamplingParams;
import org.llamaffm.StopReason;
import org.llamaffm.chat.Chat;
import org.llamaffm.chat.ChatMessage;
import org.llamaffm.chat.ChatOptions;
import org.llamaffm.chat.ChatResponse;
import org.llamaffm.embed.Normalization;
import org.llamaffm.policy.OutputConstraint;
import org.llamaffm.policy.UntrustedText;
import org.llamaffm.policy.WorkerException;

/**
 * The host's side of one worker process: starts it (a JVM on the host's own class path, in an empty
 * private folder, with a scrubbed environment), talks to it over a Unix domain socket, and turns its
 * death into a {@link WorkerException} that says how it died. One request at a time: generate (token ids, text,
 * a grammar or JSON Schema), chat (a whole conversation with tools and reasoning), embed and rerank, each with a
 * deadline; {@link #cancel()} from any thread.
 *
 * {@snippet :
 * try (Worker worker = Worker.start(Worker.Spec.of(modelFile))) {
 *     Worker.Result result = worker.generate(promptTokens, 64, SamplingParams.greedy(), null, System.out::print);
 * } // a crash inside: WorkerException (DIED, signal 6, SIGABRT, and llama.cpp's last log lines)
 * }
 */
public final class Worker implements AutoCloseable {

    /** How many of the worker's last output lines a failure reports. */
    public static final int LOG_LINES = 40;

    /** A JVM's fatal error report names the signal it caught: {@code #  SIGSEGV (0xb) at pc=...}. */
    private static final Pattern JVM_SIGNAL = Pattern.compile("^#\\s+(SIG[A-Z]+) \\(0x([0-9a-f]+)\\)");

    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "llama-ffm-worker-deadlines");
        t.setDaemon(true);
        return t;
    });

    /**
     * What to start.
     *
     * @param model         the GGUF file the worker loads
     * @param gpuLayers     as {@code ModelParams.gpuLayers}
     * @param context       the worker's context (sizes, threads, flash attention); a size of 0, or one over
     *                      the model's trained length, is the trained length
     * @param startTimeout  how long the worker may take to load its model and say it is ready
     * @param grace         after a deadline, how long the worker has to stop before it is killed
     * @param jvmOptions    extra options for the worker's JVM (e.g. {@code -Xmx256m})
     * @param properties    system properties for the worker (the native cache, a test hook)
     * @param maxMemoryBytes the cap on the worker's memory ({@link #withMaxMemory(long)}); 0: none
     */
    public record Spec(
            Path model,
            int gpuLayers,
            ContextParams context,
            Duration startTimeout,
            Duration grace,
            List<String> jvmOptions,
            Map<String, String> properties,
            long maxMemoryBytes) {

        public Spec {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(context, "context");
            jvmOptions = List.copyOf(jvmOptions);
            properties = Map.copyOf(properties);
            if (maxMemoryBytes < 0) {
                throw new IllegalArgumentException("maxMemoryBytes must be >= 0 (0: none), was " + maxMemoryBytes);
            }
        }

        /** These settings with no memory cap. */
        public Spec(
                Path model,
                int gpuLayers,
                ContextParams context,
                Duration startTimeout,
                Duration grace,
                List<String> jvmOptions,
                Map<String, String> properties) {
            this(model, gpuLayers, context, startTimeout, grace, jvmOptions, properties, 0);
        }

        /** {@code model}, all layers on GPUs, a 4096-token context, 60 s to start, 2 s grace, no memory cap. */
        public static Spec of(Path model) {
            return new Spec(
                    model,
                    -1,
                    ContextParams.builder().contextSize(4096).build(),
                    Duration.ofSeconds(60),
                    Duration.ofSeconds(2),
                    List.of(),
                    Map.of());
        }

        public Spec withGpuLayers(int gpuLayers) {
            return new Spec(model, gpuLayers, context, startTimeout, grace, jvmOptions, properties, maxMemoryBytes);
        }

        public Spec withContext(ContextParams context) {
            return new Spec(model, gpuLayers, context, startTimeout, grace, jvmOptions, properties, maxMemoryBytes);
        }

        public Spec withProperties(Map<String, String> properties) {
            return new Spec(model, gpuLayers, context, startTimeout, grace, jvmOptions, properties, maxMemoryBytes);
        }

        /**
         * This spec with the operating system's cap on the worker's memory: a memory cgroup of its own where this
         * process can make one (cgroup v2 {@code memory.max}, or v1 {@code memory.limit_in_bytes}), which counts
         * what the worker really holds and OOM-kills only it; elsewhere RLIMIT_DATA, which counts what it commits
         * (heap, malloc, llama.cpp's buffers; not the read-only model mapping) and makes allocations fail.
         */
        public Spec withMaxMemory(long bytes) {
            return new Spec(model, gpuLayers, context, startTimeout, grace, jvmOptions, properties, bytes);
        }
    }

    /** A request's outcome: the text, the generated token ids, why it stopped. */
    public record Result(String text, int[] tokens, int promptTokens, StopReason stopReason) {}

    /**
     * A chat request's outcome, as an in-process {@link Chat} reports it.
     *
     * @param response the parsed answer (content, reasoning, tool calls) and the unparsed text
     * @param turn     what the turn cost (prompt, cached and generated tokens) and why it stopped
     */
    public record ChatResult(ChatResponse response, Chat.Turn turn) {

        public ChatResult {
            Objects.requireNonNull(response, "response");
            Objects.requireNonNull(turn, "turn");
        }

        /** Why the answer ended ({@link StopReason#ABORTED} after {@link Worker#cancel()}). */
        public StopReason stopReason() {
            return turn.stopReason();
        }
    }

    /** Reads a DONE frame's result, after its request id. */
    private interface Done<T> {
        T read(Frame.Reader r) throws IOException;
    }

    private final Process process;
    private final Path folder;
    private final DataInputStream in;
    private final DataOutputStream out;
    private final ArrayDeque<String> log;
    private final Thread logReader;
    private final Spec spec;
    private final AtomicBoolean timedOut = new AtomicBoolean();
    private final int vocabSize;
    private final List<Lockdown.Protection> protections;
    private final MemoryBreakdown memory;
    /** The worker's memory cgroup, or null (no cap, or RLIMIT_DATA instead). */
    private final @Nullable MemoryCgroup cgroup;
    /** The id of the request in flight, for {@link #cancel()}; -1: none. */
    private volatile int running = -1;

    private int nextId;
    private long pings;

    private Worker(
            Process process,
            Path folder,
            SocketChannel channel,
            ArrayDeque<String> log,
            Thread logReader,
            Spec spec,
            @Nullable MemoryCgroup cgroup,
            String noCgroup)
            throws IOException {
        this.process = process;
        this.cgroup = cgroup;
        this.folder = folder;
        this.log = log;
        this.logReader = logReader;
        this.spec = spec;
        this.in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
        this.out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
        Frame hello = Frame.readFrom(in);
        if (hello.type() != Frame.Type.HELLO || hello.reader().i32() != Frame.VERSION) {
            throw new IOException("the worker does not speak protocol version " + Frame.VERSION);
        }
        send(Frame.of(Frame.Type.HELLO)
                .i32(Frame.VERSION)
                .i64(ProcessHandle.current().pid())
                .frame());
        send(Frame.of(Frame.Type.LOAD)
                .string(
                        spec.model().toString().isEmpty()
                                ? ""
                                : spec.model().toAbsolutePath().toString())
                .i32(spec.gpuLayers())
                .i32(spec.context().contextSize())
                .i32(spec.context().batchSize())
                .i32(spec.context().microBatchSize())
                .i32(spec.context().threads())
                .i32(spec.context().batchThreads())
                .string(spec.context().flashAttention().name())
                .frame());
        Frame ready = Frame.readFrom(in);
        if (ready.type() == Frame.Type.ERROR) {
            Frame.Reader r = ready.reader();
            r.i32();
            String type = r.string();
            throw new LoadFailed(type, r.string());
        }
        if (ready.type() != Frame.Type.READY) {
            throw new IOException("expected READY, got " + ready.type());
        }
        Frame.Reader r = ready.reader();
        this.vocabSize = r.i32();
        r.i32(); // the trained context length
        List<Lockdown.Protection> list = new ArrayList<>();
        for (int i = r.i32(); i > 0; i--) {
            list.add(new Lockdown.Protection(r.string(), r.i32() == 1, r.string()));
        }
        if (cgroup != null) {
            list.add(new Lockdown.Protection("memory", true, cgroup.describe()));
        } else if (!noCgroup.isEmpty()) {
            list.replaceAll(p -> p.name().equals("memory")
                    ? new Lockdown.Protection(p.name(), p.active(), p.detail() + "; " + noCgroup)
                    : p);
        }
        this.protections = List.copyOf(list);
        this.memory = r.memory();
    }

    /** The model could not be loaded in the worker (a typed error there, the worker alive). */
    private static final class LoadFailed extends IOException {
        final String type;

        LoadFailed(String type, String message) {
            super(message);
            this.type = type;
        }
    }

    /**
     * Starts a worker and waits until it has loaded its model.
     *
     * @throws WorkerException with {@link WorkerException.Reason#START_FAILED} when the JVM cannot start,
     *                         dies while loading, or is not ready within {@link Spec#startTimeout()}
     */
    public static Worker start(Spec spec) {
        Path folder = null;
        Process process = null;
        Thread logReader = null;
        MemoryCgroup cgroup = null;
        ArrayDeque<String> log = new ArrayDeque<>();
        try {
            Spec launched = spec;
            String noCgroup = "";
            if (spec.maxMemoryBytes() > 0) {
                try {
                    cgroup = MemoryCgroup.create(spec.maxMemoryBytes());
                } catch (IOException | RuntimeException e) { // the worker caps itself instead
                    noCgroup = "no memory cgroup: " + e;
                    Map<String, String> properties = new java.util.HashMap<>(spec.properties());
                    properties.put(WorkerMain.MAX_MEMORY_PROPERTY, Long.toString(spec.maxMemoryBytes()));
                    launched = spec.withProperties(properties);
                }
            }
            folder = Files.createTempDirectory(
                    "llama-ffm-worker-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path socket = folder.resolve("s");
            try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                server.bind(UnixDomainSocketAddress.of(socket));
                server.configureBlocking(false);
                List<String> command = command(launched, socket);
                if (cgroup != null) { // in the cgroup from its first page on: a shell joins it, then runs the JVM
                    command.addAll(
                            NEW_NETWORK.size(),
                            List.of("/bin/sh", "-c", "echo $$ > \"$0\" && exec \"$@\"", cgroup.procs()));
                }
                ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
                builder.environment().clear(); // nothing of the host's environment reaches the worker
                builder.environment().put("GGML_NO_BACKTRACE", "1"); // else ggml forks a debugger on abort
                builder.redirectErrorStream(true);
                process = builder.start();
                logReader = readLog(process, log);
                SocketChannel channel = accept(server, process, spec.startTimeout());
                channel.configureBlocking(true);
                return new Worker(process, folder, channel, log, logReader, spec, cgroup, noCgroup);
            }
        } catch (LoadFailed e) {
            stop(process, folder, cgroup);
            throw new WorkerException(
                    WorkerException.Reason.START_FAILED,
                    "the worker could not load " + spec.model() + ": " + e.type + ": " + e.getMessage(),
                    -1,
                    0,
                    snapshot(log),
                    e.type,
                    null);
        } catch (IOException | RuntimeException e) {
            String oom = overCap(cgroup);
            int exit = stop(process, folder, cgroup);
            join(logReader);
            List<String> lines = snapshot(log);
            throw failure(
                    WorkerException.Reason.START_FAILED,
                    exit >= 0 && e instanceof java.io.EOFException
                            ? "the model's worker process died while loading "
                                    + spec.model().getFileName() + oom
                            : "the model's worker process did not start: " + e.getMessage(),
                    exit,
                    lines,
                    e);
        }
    }

    /**
     * What this machine gives a worker: starts one without a model, which locks itself down as it would after a
     * load and reports each protection, then stops it.
     *
     * @throws WorkerException when the worker cannot start
     */
    public static List<Lockdown.Protection> probe(Duration timeout) {
        Spec spec =
                new Spec(Path.of(""), 0, ContextParams.defaults(), timeout, Duration.ofSeconds(2), List.of(), Map.of());
        try (Worker worker = start(spec)) {
            return worker.protections();
        }
    }

    /**
     * How this machine lets a worker start in a network namespace of its own (util-linux's {@code unshare}:
     * as root, or in a user namespace of its own otherwise), or an empty list where it does not; asked once.
     */
    private static final List<String> NEW_NETWORK = newNetwork();

    private static List<String> newNetwork() {
        for (List<String> prefix :
                List.of(List.of("unshare", "--net", "--"), List.of("unshare", "--net", "--map-root-user", "--"))) {
            List<String> probe = new ArrayList<>(prefix);
            probe.add("true");
            try {
                Process p = new ProcessBuilder(probe).redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return prefix;
                }
            } catch (IOException e) {
                return List.of(); // no unshare here
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            }
        }
        return List.of();
    }

    /** This process's network namespace, {@code net:[4026531833]}, which a worker compares with its own. */
    private static String networkNamespace() {
        try {
            return Files.readSymbolicLink(Path.of("/proc/self/ns/net")).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "";
        }
    }

    private static List<String> command(Spec spec, Path socket) {
        List<String> command = new ArrayList<>(NEW_NETWORK); // no network at all where the machine allows it
        command.add(ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-XX:-CreateCoredumpOnCrash");
        command.add("-XX:TieredStopAtLevel=1");
        // A worker's Java heap holds frames and strings only: a small one, so that a memory cap
        // (RLIMIT_DATA counts the committed heap) goes to llama.cpp's buffers
        command.add("-Xms8m");
        command.add("-Xmx256m");
        command.add("-XX:+UseSerialGC");
        command.addAll(hostAotCache(spec.jvmOptions()));
        command.addAll(spec.jvmOptions());
        for (String property : List.of("llamaffm.native.cache", "llamaffm.native.path", "llamaffm.native.platform")) {
            String value = System.getProperty(property);
            if (value != null && !spec.properties().containsKey(property)) {
                command.add("-D" + property + "=" + value);
            }
        }
        command.add("-D" + WorkerMain.HOST_NETWORK_PROPERTY + "=" + networkNamespace());
        spec.properties().forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-cp");
        command.add(absoluteClassPath()); // the worker runs in its own folder: relative entries would not resolve
        command.add(WorkerMain.class.getName());
        command.add(socket.toString());
        return command;
    }

    /**
     * An AOT cache for a worker started on this JVM's class path: the workers' own ({@code
     * llamaffm.worker.aot.cache}, trained on a worker's start and first request), else the one this JVM runs
     * with ({@code llamaffm.aot.cache}); the launcher passes both. The JVM maps a cache only for the jars it was
     * made for (else the worker starts without one, its notes silenced as the launcher's are), and both are made
     * on the launcher's class path: so only when this JVM mapped its own. Not when the policy's JVM options name
     * a cache or AOT mode, or with {@code -Dllamaffm.worker.aot=false}.
     */
    private static List<String> hostAotCache(List<String> jvmOptions) {
        String cache = System.getProperty("llamaffm.worker.aot.cache", System.getProperty("llamaffm.aot.cache"));
        boolean mapped = System.getProperty("java.vm.info", "").contains("sharing");
        if (cache == null
                || !mapped
                || !Boolean.parseBoolean(System.getProperty("llamaffm.worker.aot", "true"))
                || jvmOptions.stream().anyMatch(option -> option.startsWith("-XX:AOT"))) {
            return List.of();
        }
        return List.of("-XX:AOTCache=" + cache, "-Xlog:aot*=off");
    }

    /** This JVM's class path with every entry made absolute (a {@code dir/*} wildcard keeps its star). */
    private static String absoluteClassPath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (entry.isEmpty()) {
                continue;
            }
            boolean wildcard = entry.endsWith("*");
            String path = wildcard ? entry.substring(0, entry.length() - 1) : entry;
            String absolute = Path.of(path.isEmpty() ? "." : path)
                    .toAbsolutePath()
                    .normalize()
                    .toString();
            entries.add(wildcard ? absolute + java.io.File.separator + "*" : absolute);
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static SocketChannel accept(ServerSocketChannel server, Process process, Duration timeout)
            throws IOException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            SocketChannel channel = server.accept();
            if (channel != null) {
                return channel;
            }
            if (!process.isAlive()) {
                throw new IOException("it exited before it connected");
            }
            if (System.nanoTime() > end) {
                throw new IOException("it did not connect within " + timeout.toMillis() + " ms");
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for it");
            }
        }
    }

    private static Thread readLog(Process process, ArrayDeque<String> log) {
        Thread t = new Thread(
                () -> {
                    try (BufferedReader reader = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                            synchronized (log) {
                                if (log.size() == LOG_LINES) {
                                    log.removeFirst();
                                }
                                log.addLast(line);
                            }
                        }
                    } catch (IOException e) {
                        // the worker is gone; what was read is kept
                    }
                },
                "llama-ffm-worker-log");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /**
     * How the worker ended, as a request would have reported it ({@link WorkerException.Reason#DIED} with its
     * exit code, signal and last lines), or empty when it still runs after a second: for a worker that died
     * between requests (its failed ping may come a moment before the process is gone).
     */
    public Optional<WorkerException> ended() {
        try {
            if (!process.waitFor(1, TimeUnit.SECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        join(logReader);
        return Optional.of(failure(
                WorkerException.Reason.DIED, "the model's worker process died", waitForExit(), logLines(), null));
    }

    /** The worker's process id. */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The protections the worker put on itself (limits, then the seccomp filter after the warm-up). */
    public List<Lockdown.Protection> protections() {
        return protections;
    }

    /** The loaded model's vocabulary size. */
    public int vocabSize() {
        return vocabSize;
    }

    /**
     * What llama.cpp allocated in the worker for its model and its context, per buffer type, as the worker's
     * {@link org.llamaffm.Context#memoryBreakdown()} reported it when it was ready (the host runs no llama.cpp to
     * know it). A chat runs in that context; the first embedding or rerank request makes an embedding context that
     * the worker keeps, which is not counted here.
     */
    public MemoryBreakdown memory() {
        return memory;
    }

    /**
     * Runs one request: generates up to {@code maxTokens} after the token ids {@code prompt}, handing each
     * piece of text to {@code pieces} as it arrives (null: none streamed; the result still has the text).
     *
     * @param timeout the request's deadline (null: none): the worker stops the generation there (stop
     *                reason TIMEOUT); a worker that has not answered after the spec's grace is killed
     * @throws WorkerException when the worker dies, misses the deadline, breaks the protocol, or reports an
     *                         engine error ({@link WorkerException.Reason#REQUEST_FAILED}, the worker alive)
     */
    public Result generate(
            int[] prompt,
            int maxTokens,
            SamplingParams sampling,
            @Nullable Duration timeout,
            @Nullable Consumer<String> pieces) {
        return generation(w -> w.i32(0).ints(prompt), maxTokens, sampling, timeout, pieces);
    }

    /**
     * As {@link #generate(int[], int, SamplingParams, Duration, Consumer)}, with the prompt as text, which the
     * worker tokenizes (with BOS as the model wants, special-token text as plain text): the host never runs
     * the model's tokenizer.
     */
    public Result generate(
            String prompt,
            int maxTokens,
            SamplingParams sampling,
            @Nullable Duration timeout,
            @Nullable Consumer<String> pieces) {
        return generate(prompt, null, null, maxTokens, sampling, timeout, pieces);
    }

    /**
     * As {@link #generate(String, int, SamplingParams, Duration, Consumer)}, the prompt tokenized through the
     * policy's {@code guard} in the worker ({@link UntrustedText#tokenize}; a refusal is a REQUEST_FAILED whose
     * {@link WorkerException#remoteType()} names the reason), and the answer constrained by {@code constraint}
     * when not null.
     */
    public Result generate(
            String prompt,
            @Nullable OutputConstraint constraint,
            UntrustedText.@Nullable Rules guard,
            int maxTokens,
            SamplingParams sampling,
            @Nullable Duration timeout,
            @Nullable Consumer<String> pieces) {
        return generation(
                w -> {
                    if (constraint == null) {
                        w.i32(1).string(prompt);
                    } else {
                        w.i32(constraint.isJsonSchema() ? 3 : 2).string(prompt).string(constraint.text());
                    }
                    w.guard(guard);
                },
                maxTokens,
                sampling,
                timeout,
                pieces);
    }

    /**
     * As {@link #generate(String, int, SamplingParams, Duration, Consumer)}, the answer constrained by an
     * untrusted grammar or JSON Schema, which the worker parses (llama.cpp's parsers and its grammar engine
     * run there: a grammar that stalls them stalls only the worker, until the deadline kills it).
     */
    public Result generate(
            String prompt,
            OutputConstraint constraint,
            int maxTokens,
            SamplingParams sampling,
            @Nullable Duration timeout,
            @Nullable Consumer<String> pieces) {
        return generate(prompt, constraint, null, maxTokens, sampling, timeout, pieces);
    }

    private Result generation(
            Consumer<Frame.Writer> prompt,
            int maxTokens,
            SamplingParams sampling,
            @Nullable Duration timeout,
            @Nullable Consumer<String> pieces) {
        return request(
                Frame.Type.GENERATE,
                w -> {
                    prompt.accept(w);
                    w.i32(maxTokens).i64(millis(timeout)).sampling(sampling).i32(pieces != null ? 1 : 0);
                },
                timeout,
                pieces,
                r -> {
                    int[] tokens = r.ints();
                    int promptTokens = r.i32();
                    StopReason reason = StopReason.valueOf(r.string());
                    return new Result(r.string(), tokens, promptTokens, reason);
                });
    }

    /**
     * One chat turn: {@code user} (after {@code system}, if not empty) rendered in the worker with the model's
     * template (or {@code template}, if not empty), its special-token text handled as {@code specialText}
     * says, the answer streamed to {@code pieces}. The result's text is the answer unparsed; its token ids are
     * empty. A conversation, tools or reasoning: {@link #chat(List, ChatOptions, String, Chat.SpecialText, int,
     * SamplingParams, Duration, Consumer)}.
     */
    public Result chat(
            String system,
            String user,
            String template,
            Chat.SpecialText specialText,
            int maxTokens,
            SamplingParams sampling,
            @Nullable Duration timeout,
            @Nullable Consumer<String> pieces) {
        List<ChatMessage> messages = system.isEmpty()
                ? List.of(ChatMessage.user(user))
                : List.of(ChatMessage.system(system), ChatMessage.user(user));
        ChatResult result = chat(
                messages,
                ChatOptions.defaults(),
                template.isEmpty() ? null : template,
                specialText,
                maxTokens,
                sampling,
                timeout,
                pieces);
        return new Result(result.response().text(), new int[0], result.turn().promptTokens(), result.stopReason());
    }

    /**
     * The answer to a whole conversation, rendered, guarded, generated and parsed in the worker as an in-process
     * {@link Chat} would: built with {@code options}, the worker's context parameters, {@code sampling},
     * {@code maxTokens} and {@code specialText}; {@code messages} {@link Chat#add added} in order; answered with
     * {@link Chat#respond}. The answer's raw text is streamed to {@code pieces} (null: none streamed).
     *
     * @param messages    the conversation, ending with a user or tool message (roles, content, tool calls and
     *                    tool results)
     * @param options     tools, tool choice, reasoning, JSON Schema or grammar, template variables
     * @param template    a Jinja template to render with instead of the model's (null: the model's)
     * @param specialText what the chat does with message text that spells a special token
     * @param timeout     the answer's deadline (stop reason TIMEOUT), rendering and prompt decoding included; null:
     *                    {@link Chat}'s default cap ({@link Chat#DEFAULT_TIMEOUT}), with no kill by the host
     * @throws WorkerException as {@link #generate(int[], int, SamplingParams, Duration, Consumer)}; a refused
     *                         message is {@link WorkerException.Reason#REQUEST_FAILED} with remote type
     *                         {@code UntrustedTextException/<reason>} ({@link WorkerException#untrustedText()})
     */
    public ChatResult chat(
            List<ChatMessage> messages,
            ChatOptions options,
            @Nullable String template,
            Chat.SpecialText specialText,
            int maxTokens,
            SamplingParams sampling,
            @Nullable Duration timeout,
            @Nullable Consumer<String> pieces) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(specialText, "specialText");
        return request(
                Frame.Type.CHAT,
                w -> w.messages(messages)
                        .chatOptions(options)
                        .nullableString(template)
                        .string(specialText.name())
                        .i32(maxTokens)
                        .i64(millis(timeout))
                        .sampling(sampling)
                        .i32(pieces != null ? 1 : 0),
                timeout,
                pieces,
                r -> {
                    Chat.Turn turn = r.turn();
                    return new ChatResult(r.chatResponse(), turn);
                });
    }

    /**
     * The embeddings of {@code texts}, in order, computed in the worker by an {@link org.llamaffm.embed.Embedder}
     * on its model (the model's pooling, the spec's batch threads), opened by the first request and kept, then
     * normalized as {@code normalization} says: the same floats as in process.
     *
     * @param timeout the request's deadline (null: none): the worker aborts the computation there
     *                ({@link WorkerException.Reason#REQUEST_FAILED}, remote type {@code DecodeException}); a
     *                worker that has not answered after the spec's grace is killed
     * @throws WorkerException as {@link #generate(int[], int, SamplingParams, Duration, Consumer)}; a model without
     *                         pooled embeddings, or an empty or too long text, is REQUEST_FAILED with remote type
     *                         {@code EmbeddingException}
     */
    public Embeddings embed(List<String> texts, Normalization normalization, @Nullable Duration timeout) {
        return request(
                Frame.Type.EMBED,
                w -> w.strings(texts).i32(normalization.p()).i64(millis(timeout)),
                timeout,
                null,
                r -> {
                    int n = r.i32();
                    if (n < 0 || n > texts.size()) {
                        throw new IOException("bad embedding count " + n + " for " + texts.size() + " texts");
                    }
                    List<float[]> vectors = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        vectors.add(r.floats());
                    }
                    return new Embeddings(List.copyOf(vectors), r.i32());
                });
    }

    /**
     * What {@link #embed} returns.
     *
     * @param vectors      one embedding per text, in order
     * @param promptTokens the tokens the worker decoded for them
     */
    public record Embeddings(List<float[]> vectors, int promptTokens) {}

    /**
     * The relevance score of each of {@code documents} for {@code query}, computed in the worker by a
     * {@link org.llamaffm.embed.Reranker} on its model (opened by the first request and kept): the same floats as
     * in process.
     *
     * @throws WorkerException as {@link #embed}; a model without a classification head is REQUEST_FAILED with
     *                         remote type {@code EmbeddingException}
     */
    public Scores rerank(String query, List<String> documents, @Nullable Duration timeout) {
        return request(
                Frame.Type.RERANK,
                w -> w.string(query).strings(documents).i64(millis(timeout)),
                timeout,
                null,
                r -> new Scores(r.floats(), r.i32()));
    }

    /**
     * What {@link #rerank} returns.
     *
     * @param values       one score per document, in order
     * @param promptTokens the tokens the worker decoded for the query/document pairs
     */
    public record Scores(float[] values, int promptTokens) {}

    /**
     * Stops the request in flight, from any thread (it does not wait for the request's monitor): the worker sets
     * the abort flag of what runs it. A generation or a chat then ends with {@link StopReason#ABORTED} (what
     * llama.cpp's abort callback gives, read between graph nodes, so a long prompt decode stops too); an
     * embedding or rerank fails with REQUEST_FAILED, remote type {@code DecodeException}. The worker lives on
     * and serves the next request.
     *
     * @return whether a request was in flight (one that ends meanwhile is not affected, nor is the next)
     */
    public boolean cancel() {
        int id = running;
        if (id < 0) {
            return false;
        }
        sendQuietly(Frame.of(Frame.Type.CANCEL).i32(id).frame());
        return true;
    }

    private static long millis(@Nullable Duration timeout) {
        return timeout == null ? 0 : Math.max(1, timeout.toMillis());
    }

    private synchronized <T> T request(
            Frame.Type kind,
            Consumer<Frame.Writer> body,
            @Nullable Duration timeout,
            @Nullable Consumer<String> pieces,
            Done<T> done) {
        int id = nextId++;
        ScheduledFuture<?> cancel = null;
        ScheduledFuture<?> kill = null;
        try {
            Frame.Writer request = Frame.of(kind).i32(id);
            body.accept(request);
            send(request.frame());
            running = id; // only now: a CANCEL for it must follow the request on the socket
            if (timeout != null) {
                // the worker ends the request at the deadline itself (a generation's stop reason TIMEOUT); half the
                // grace later the abort flag is set too, and a worker that still has not answered is killed
                cancel = DEADLINES.schedule(
                        () -> sendQuietly(Frame.of(Frame.Type.CANCEL).i32(id).frame()),
                        timeout.plus(spec.grace().dividedBy(2)).toNanos(),
                        TimeUnit.NANOSECONDS);
                kill = DEADLINES.schedule(
                        () -> {
                            timedOut.set(true);
                            process.destroyForcibly();
                        },
                        timeout.plus(spec.grace()).toNanos(),
                        TimeUnit.NANOSECONDS);
            }
            while (true) {
                Frame frame = Frame.readFrom(in);
                Frame.Reader r = frame.reader();
                switch (frame.type()) {
                    case PIECE -> {
                        if (r.i32() == id) {
                            String piece = r.string();
                            if (pieces != null) {
                                pieces.accept(piece);
                            }
                        }
                    }
                    case DONE -> {
                        if (r.i32() == id) {
                            return done.read(r);
                        }
                    }
                    case ERROR -> {
                        r.i32();
                        String type = r.string();
                        String message = r.string();
                        throw new WorkerException(
                                WorkerException.Reason.REQUEST_FAILED,
                                "the worker's request failed: " + type + ": " + message,
                                -1,
                                0,
                                logLines(),
                                type,
                                null);
                    }
                    case PONG -> {}
                    default -> throw new IOException("unexpected frame " + frame.type());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw died(e);
        } finally {
            running = -1;
            if (cancel != null) {
                cancel.cancel(false);
            }
            if (kill != null) {
                kill.cancel(false);
            }
        }
    }

    /**
     * Asks the worker to answer a ping within {@code timeout}: false (and the worker killed) when it does
     * not. Only between requests.
     */
    public synchronized boolean ping(Duration timeout) {
        long sequence = ++pings;
        ScheduledFuture<?> kill = DEADLINES.schedule(process::destroyForcibly, timeout.toNanos(), TimeUnit.NANOSECONDS);
        try {
            send(Frame.of(Frame.Type.PING).i64(sequence).frame());
            while (true) {
                Frame frame = Frame.readFrom(in);
                if (frame.type() == Frame.Type.PONG && frame.reader().i64() == sequence) {
                    return true;
                }
            }
        } catch (IOException e) {
            process.destroyForcibly();
            return false;
        } finally {
            kill.cancel(false);
        }
    }

    /** For tests: asks a worker started with a test hook to break itself ({@code abort}, {@code segv}, ...). */
    public void testCrash(String kind) {
        sendQuietly(Frame.of(Frame.Type.TEST_CRASH).string(kind).frame());
    }

    /** For tests: runs a probe of the test hook in the worker and returns what it reports (its error's message). */
    public synchronized String testProbe(String kind) {
        try {
            send(Frame.of(Frame.Type.TEST_CRASH).string(kind).frame());
            while (true) {
                Frame frame = Frame.readFrom(in);
                if (frame.type() == Frame.Type.ERROR) {
                    Frame.Reader r = frame.reader();
                    r.i32();
                    r.string();
                    return r.string();
                }
            }
        } catch (IOException e) {
            throw died(e);
        }
    }

    private WorkerException died(Exception e) {
        int exit = waitForExit();
        join(logReader);
        List<String> lines = logLines();
        if (timedOut.get()) {
            return failure(
                    WorkerException.Reason.TIMED_OUT,
                    "the request missed its deadline; the model's worker process was killed",
                    exit,
                    lines,
                    e);
        }
        if (exit < 0) {
            process.destroyForcibly();
            return failure(
                    WorkerException.Reason.PROTOCOL,
                    "the model's worker process broke the protocol (" + e.getMessage() + ") and was killed",
                    waitForExit(),
                    lines,
                    e);
        }
        return failure(
                WorkerException.Reason.DIED, "the model's worker process died" + overCap(cgroup), exit, lines, e);
    }

    /** {@code " over its memory cap (...)"} when the cgroup's OOM killer ended the worker, else empty. */
    private static String overCap(@Nullable MemoryCgroup cgroup) {
        return cgroup != null && cgroup.oomKills() > 0
                ? " over its memory cap (" + cgroup.describe() + ": the kernel's OOM killer ended it)"
                : "";
    }

    /** {@code what (how it ended): its last words}, with the signal read from the exit code or the JVM's report. */
    private static WorkerException failure(
            WorkerException.Reason reason, String what, int exit, List<String> lines, @Nullable Exception cause) {
        int signal = signalOf(exit, lines);
        String how = exit < 0 ? "" : " (" + describeExit(exit, signal) + ")";
        return new WorkerException(reason, what + how + lastWords(lines), exit, signal, lines, "", cause);
    }

    /** The signal that ended the process (exit code 128 + n), or the one its JVM reported catching; 0: none. */
    private static int signalOf(int exit, List<String> lines) {
        if (exit > 128 && exit < 128 + 65) {
            return exit - 128;
        }
        for (String line : lines) {
            Matcher m = JVM_SIGNAL.matcher(line);
            if (m.find()) {
                return Integer.parseInt(m.group(2), 16);
            }
        }
        return 0;
    }

    /** {@code "signal 6, SIGABRT"}, {@code "signal 11, SIGSEGV, caught by the JVM, exit code 1"}, {@code "exit code 3"}. */
    private static String describeExit(int exit, int signal) {
        if (signal == 0) {
            return "exit code " + exit;
        }
        String name = switch (signal) {
            case 4 -> ", SIGILL";
            case 6 -> ", SIGABRT";
            case 7 -> ", SIGBUS";
            case 8 -> ", SIGFPE";
            case 9 -> ", SIGKILL";
            case 11 -> ", SIGSEGV";
            case 15 -> ", SIGTERM";
            default -> "";
        };
        return "signal " + signal + name + (exit == 128 + signal ? "" : ", caught by the JVM, exit code " + exit);
    }

    /**
     * {@code ": "} and the last line that says something (llama.cpp's assert, the JVM's crash line), for the
     * one-line message; "" when the worker wrote nothing.
     */
    private static String lastWords(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                return ": " + line;
            }
        }
        return "";
    }

    /** Waits up to 5 s for the process to end; its exit code, or -1 if it still runs. */
    private int waitForExit() {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private List<String> logLines() {
        return snapshot(log);
    }

    private static List<String> snapshot(ArrayDeque<String> log) {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    private static void join(@Nullable Thread t) {
        if (t != null) {
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void send(Frame frame) throws IOException {
        synchronized (out) {
            frame.writeTo(out);
        }
    }

    private void sendQuietly(Frame frame) {
        try {
            send(frame);
        } catch (IOException e) {
            // the worker is gone: the request's read reports it
        }
    }

    /** Stops the process (if any) and deletes the folder; the exit code, or -1. */
    private static int stop(@Nullable Process process, @Nullable Path folder, @Nullable MemoryCgroup cgroup) {
        int exit = -1;
        if (process != null) {
            // A start that WorkerPool.close() interrupts comes here with its interrupt set, which would end the
            // waits at once and leave the process running (until it noticed the host was gone, or forever while
            // its load hangs): kill it at once instead, and wait for it with the interrupt put aside.
            boolean interrupted = Thread.interrupted();
            try {
                if (interrupted || !process.waitFor(200, TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(5, TimeUnit.SECONDS);
                }
                exit = process.isAlive() ? -1 : process.exitValue();
            } catch (InterruptedException e) {
                process.destroyForcibly();
                interrupted = true;
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        if (cgroup != null && exit >= 0) {
            cgroup.close();
        }
        if (folder != null) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary folder left behind; nothing of value in it
            }
        }
        return exit;
    }

    /** Asks the worker to end, kills it if it does not within a second, and removes its folder. */
    @Override
    public void close() {
        close(Duration.ofSeconds(1));
    }

    /**
     * Asks the worker to end, kills it if it has not within {@code patience}, and removes its folder. A worker that
     * has work to do as it exits (one started with {@code -XX:AOTCacheOutput} writes its cache then) needs seconds.
     */
    public void close(Duration patience) {
        sendQuietly(Frame.of(Frame.Type.SHUTDOWN).frame());
        try {
            if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        stop(process, folder, cgroup);
    }
}
