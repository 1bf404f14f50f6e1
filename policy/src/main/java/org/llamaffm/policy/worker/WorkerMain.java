package org.llamaffm.policy.worker;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.jspecify.annotations.Nullable;
import org.llamaffm.Batch;
import org.llamaffm.Context;
import org.llamaffm.ContextParams;
import org.llamaffm.DecodeException;
import org.llamaffm.Generation;
import org.llamaffm.GenerationParams;
import org.llamaffm.LlamaRuntime;
import org.llamaffm.MemoryBreakdown;
import org.llamaffm.Model;
import org.llamaffm.ModelParams;
import org.llamaffm.Sampler;
import org.llamaffm.SamplingParams;
import org.llamaffm.chat.Chat;
import org.llamaffm.chat.ChatMessage;
import org.llamaffm.chat.ChatOptions;
import org.llamaffm.chat.ChatResponse;
import org.llamaffm.embed.Embedder;
import org.llamaffm.embed.EmbeddingParams;
import org.llamaffm.embed.Normalization;
import org.llamaffm.embed.Reranker;
import org.llamaffm.policy.UntrustedText;
import org.llamaffm.policy.WorkerException;

/**
 * The worker process: {@code java -cp <the host's class path> org.llamaffm.policy.worker.WorkerMain SOCKET}.
 * It connects to the host's Unix domain socket, loads the one model the host names, and runs the host's
 * requests one at a time with the same engine as the host would in process. Whatever llama.cpp does to
 * it (abort, segfault, hang) ends here, not in the host.
 *
 * <p>The main thread reads frames; a request runs on a thread of its own, so a {@code CANCEL} sets the
 * context's abort flag and a {@code PING} is answered while a request runs.
 */
public final class WorkerMain {

    /** The system property naming a {@code Consumer<String>} class for TEST_CRASH frames; unset: refused. */
    public static final String TEST_HOOK_PROPERTY = "llamaffm.worker.testHook";

    /** The system property with the worker's memory cap in bytes (RLIMIT_DATA); unset or 0: none. */
    public static final String MAX_MEMORY_PROPERTY = "llamaffm.worker.maxMemory";
    /** The CPUs the worker's threads are pinned to, {@code 0,2,3} (absent: all), set by the host. */
    public static final String CPUS_PROPERTY = "llamaffm.worker.cpus";

    /** The system property with the host's network namespace ({@code net:[N]}), to tell whether this one is new. */
    public static final String HOST_NETWORK_PROPERTY = "llamaffm.worker.hostNetwork";

    /** The system property {@code false} to skip the seccomp lockdown after the warm-up (for diagnosis). */
    public static final String LOCKDOWN_PROPERTY = "llamaffm.worker.lockdown";

    /** Aborts an embedding or rerank at its deadline (llama.cpp's embedding path has no timer of its own). */
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "llama-ffm-worker-deadlines");
        t.setDaemon(true);
        return t;
    });

    private final DataInputStream in;
    private final DataOutputStream out;
    private final ExecutorService requests = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "llama-ffm-worker-request");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<@Nullable Running> current = new AtomicReference<>();
    private @Nullable Model model;
    private @Nullable Context context;
    private ContextParams contextParams = ContextParams.defaults();
    // opened by the first EMBED or RERANK, used by the request thread only
    private @Nullable Embedder embedder;
    private @Nullable Reranker reranker;

    private WorkerMain(SocketChannel channel) {
        this.in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
        this.out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: WorkerMain SOCKET");
            System.exit(2);
        }
        // Ctrl-C at the host's terminal reaches its whole process group: it is the host's to handle (a chat
        // cancels its answer), and the worker ends when the host closes the socket
        sun.misc.Signal.handle(new sun.misc.Signal("INT"), sun.misc.SignalHandler.SIG_IGN);
        Lockdown.limits(Long.getLong(MAX_MEMORY_PROPERTY, 0), 512);
        Lockdown.affinity(cpus(System.getProperty(CPUS_PROPERTY, "")));
        Lockdown.network(System.getProperty(HOST_NETWORK_PROPERTY, ""));
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.connect(UnixDomainSocketAddress.of(Path.of(args[0])));
        new WorkerMain(channel).serve();
    }

    private void serve() throws IOException {
        send(Frame.of(Frame.Type.HELLO)
                .i32(Frame.VERSION)
                .i64(ProcessHandle.current().pid())
                .frame());
        Frame hello = Frame.readFrom(in);
        if (hello.type() != Frame.Type.HELLO || hello.reader().i32() != Frame.VERSION) {
            throw new IOException("the host does not speak protocol version " + Frame.VERSION);
        }
        while (true) {
            Frame frame;
            try {
                frame = Frame.readFrom(in);
            } catch (java.io.EOFException e) {
                System.exit(0); // the host is gone: so is the reason to exist
                return;
            }
            try {
                dispatch(frame);
            } catch (IllegalArgumentException e) {
                // a request with a value this side refuses (a setting out of range, a name it does not know): that
                // request fails, and the worker serves on (a request frame begins with its id)
                send(error(frame.payload().length >= 4 ? frame.reader().i32() : -1, e));
            }
        }
    }

    /** Handles one frame of the host: a request is queued, the others are answered here. */
    private void dispatch(Frame frame) throws IOException {
        Frame.Reader r = frame.reader();
        switch (frame.type()) {
            case LOAD -> {
                // on the thread that runs the requests: llama.cpp's OpenMP team belongs to the thread that first
                // computes, and a second team would make libgomp throttle its spinning (a slower barrier per token)
                try {
                    requests.submit(() -> {
                                load(r);
                                return null;
                            })
                            .get();
                } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                    throw new IOException("the load did not finish", e);
                }
                Lockdown.landlockThisThread(); // the frame reader too, before it reads a request
            }
            case GENERATE -> {
                int id = r.i32();
                int kind = r.i32(); // 0: token ids; 1: text; 2: text and a grammar; 3: text and a JSON Schema
                boolean text = kind != 0;
                int[] tokens = text ? new int[0] : r.ints();
                String prompt = text ? r.string() : "";
                String constraint = kind >= 2 ? r.string() : "";
                UntrustedText.@Nullable Rules guard = text ? r.guard() : null;
                int maxTokens = r.i32();
                long timeoutMillis = r.i64();
                SamplingParams sampling = r.sampling();
                boolean stream = r.i32() == 1;
                GenerationParams.Builder params = GenerationParams.builder().maxTokens(maxTokens);
                if (timeoutMillis > 0) {
                    params.timeout(Duration.ofMillis(timeoutMillis));
                }
                GenerationParams built = params.build();
                execute(
                        id,
                        run -> generate(
                                run,
                                text ? prompt : null,
                                guard,
                                tokens,
                                kind == 2 ? constraint : null,
                                kind == 3 ? constraint : null,
                                built,
                                sampling,
                                stream));
            }
            case CHAT -> {
                int id = r.i32();
                List<ChatMessage> messages = r.messages();
                ChatOptions options = r.chatOptions();
                String template = r.nullableString();
                Chat.SpecialText mode = Chat.SpecialText.valueOf(r.string());
                int maxTokens = r.i32();
                long timeoutMillis = r.i64();
                SamplingParams sampling = r.sampling();
                boolean stream = r.i32() == 1;
                execute(
                        id,
                        run -> chat(
                                run, messages, options, template, mode, maxTokens, timeoutMillis, sampling, stream));
            }
            case EMBED -> {
                int id = r.i32();
                List<String> texts = r.strings();
                Normalization normalization = Normalization.of(r.i32());
                long timeoutMillis = r.i64();
                execute(id, run -> embed(run, texts, normalization, timeoutMillis));
            }
            case RERANK -> {
                int id = r.i32();
                String query = r.string();
                List<String> documents = r.strings();
                long timeoutMillis = r.i64();
                execute(id, run -> rerank(run, query, documents, timeoutMillis));
            }
            case CANCEL -> {
                int id = r.i32();
                Running run = current.get();
                if (run != null && run.id == id) { // a CANCEL for a request that has ended stops nothing
                    run.cancel();
                }
            }
            case PING -> send(Frame.of(Frame.Type.PONG).i64(r.i64()).frame());
            case SHUTDOWN -> System.exit(0);
            case TEST_CRASH -> {
                String kind = r.string();
                requests.execute(() -> crash(kind));
            }
            default -> throw new IOException("unexpected frame " + frame.type());
        }
    }

    /** One request's work: its DONE frame. */
    private interface Request {
        Frame run(Running run) throws IOException;
    }

    /**
     * The request being run, as a CANCEL finds it: its id and what stops it. Set by the reading thread before the
     * request is queued, so that a CANCEL read right after its request always finds it.
     */
    private static final class Running {
        final int id;
        private @Nullable Runnable abort;
        private boolean cancelled;
        private boolean expired;

        Running(int id) {
            this.id = id;
        }

        /**
         * What stops the request from now on (null: nothing, it has ended); run at once when the request was
         * cancelled already (a {@link Generation} clears its context's abort flag when it starts: a CANCEL that
         * came before must set it again).
         */
        synchronized void stopWith(@Nullable Runnable abort) {
            this.abort = abort;
            if (cancelled && abort != null) {
                abort.run();
            }
        }

        synchronized void cancel() {
            cancelled = true;
            if (abort != null) {
                abort.run();
            }
        }

        /** The worker's own deadline for a request without one in the engine (embeddings, rerank). */
        synchronized void expire() {
            expired = true;
            cancel();
        }

        synchronized boolean cancelled() {
            return cancelled;
        }

        synchronized boolean expired() {
            return expired;
        }
    }

    /** Queues a request; its answer (DONE, or ERROR) is sent once it can no longer be cancelled. */
    private void execute(int id, Request request) {
        Running run = new Running(id);
        current.set(run);
        requests.execute(() -> {
            Frame answer;
            try {
                answer = request.run(run);
            } catch (RuntimeException | IOException e) {
                answer = error(id, e);
            }
            run.stopWith(null);
            current.compareAndSet(run, null);
            try {
                send(answer);
            } catch (IOException gone) {
                System.exit(0);
            }
        });
    }

    private void load(Frame.Reader r) throws IOException {
        Path file = Path.of(r.string());
        int gpuLayers = r.i32();
        int contextSize = r.i32();
        ContextParams.Builder params = ContextParams.builder()
                .batchSize(r.i32())
                .microBatchSize(r.i32())
                .threads(r.i32())
                .batchThreads(r.i32())
                .flashAttention(ContextParams.FlashAttention.valueOf(r.string()));
        if (file.toString().isEmpty()) {
            probe();
            return;
        }
        try {
            Model m =
                    Model.load(file, ModelParams.builder().gpuLayers(gpuLayers).build());
            model = m;
            int trained = m.trainedContextLength();
            int size = contextSize == 0 || (trained > 0 && contextSize > trained) ? trained : contextSize;
            contextParams = params.contextSize(size).build();
            Context c = m.newContext(contextParams);
            context = c;
            warmUp(m, c);
            // what llama.cpp allocated for the model and this context, read before the lockdown
            MemoryBreakdown memory = c.memoryBreakdown();
            if (!"false".equals(System.getProperty(LOCKDOWN_PROPERTY))) {
                // from here on: files only below these paths; no exec, new processes or network (see Lockdown)
                Lockdown.landlock(readable(file), List.of(Path.of("").toAbsolutePath()));
                Lockdown.seccomp();
            }
            Frame.Writer ready =
                    Frame.of(Frame.Type.READY).i32(m.vocab().size()).i32(trained);
            List<Lockdown.Protection> protections = Lockdown.report();
            ready.i32(protections.size());
            for (Lockdown.Protection p : protections) {
                ready.string(p.name()).i32(p.active() ? 1 : 0).string(p.detail());
            }
            send(ready.memory(memory).frame());
        } catch (RuntimeException e) {
            send(error(-1, e));
        }
    }

    private static java.util.Set<Integer> cpus(String list) {
        java.util.Set<Integer> cpus = new java.util.TreeSet<>();
        for (String cpu : list.split(",")) {
            if (!cpu.isBlank()) {
                cpus.add(Integer.parseInt(cpu.strip()));
            }
        }
        return cpus;
    }

    /**
     * A LOAD without a model: the worker locks itself down as it would after a load, and reports what took
     * effect (READY with no vocabulary and no memory): what this machine gives a worker.
     */
    private void probe() throws IOException {
        if (!"false".equals(System.getProperty(LOCKDOWN_PROPERTY))) {
            Lockdown.landlock(readable(null), List.of(Path.of("").toAbsolutePath()));
            Lockdown.seccomp();
        }
        Frame.Writer ready = Frame.of(Frame.Type.READY).i32(0).i32(0);
        List<Lockdown.Protection> protections = Lockdown.report();
        ready.i32(protections.size());
        for (Lockdown.Protection p : protections) {
            ready.string(p.name()).i32(p.active() ? 1 : 0).string(p.detail());
        }
        send(ready.memory(new MemoryBreakdown(List.of())).frame());
    }

    /**
     * What a locked-down worker may still read: its model (if any), the JDK, its class path, the native libraries,
     * its own /proc, and the random and null devices.
     */
    private static List<Path> readable(@Nullable Path model) {
        List<Path> paths = new ArrayList<>();
        if (model != null) {
            paths.add(model.toAbsolutePath());
        }
        paths.add(Path.of(System.getProperty("java.home")));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                Path p = Path.of(entry).toAbsolutePath();
                paths.add(p);
                paths.addAll(manifestClassPath(p));
            }
        }
        paths.add(LlamaRuntime.get().nativeBuild().libraryFolder());
        paths.add(Path.of("/proc/self"));
        paths.add(Path.of("/dev/urandom"));
        paths.add(Path.of("/dev/null"));
        return paths;
    }

    /** The entries of a jar's manifest Class-Path (a launcher jar, such as surefire's, names the rest there). */
    private static List<Path> manifestClassPath(Path jar) {
        if (!Files.isRegularFile(jar)) {
            return List.of();
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String classPath =
                    manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath == null) {
                return List.of();
            }
            List<Path> entries = new ArrayList<>();
            for (String url : classPath.trim().split("\\s+")) {
                try {
                    entries.add(Path.of(jar.toUri().resolve(url)));
                } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                    // not a file URL: nothing to allow
                }
            }
            return entries;
        } catch (IOException e) {
            return List.of();
        }
    }

    /** One decode of one token, so that what llama.cpp allocates on first use exists before the lockdown. */
    private static void warmUp(Model m, Context c) {
        try (Batch batch = new Batch(1)) {
            batch.add(m.vocab().bos().orElse(0), 0, true, 0);
            c.decode(batch);
        }
        c.memory().clear();
    }

    /** Runs one request: the prompt as text (tokenized here, as in process) or as token ids. */
    private Frame generate(
            Running run,
            @Nullable String text,
            UntrustedText.@Nullable Rules guard,
            int[] tokens,
            @Nullable String grammar,
            @Nullable String jsonSchema,
            GenerationParams params,
            SamplingParams sampling,
            boolean stream)
            throws IOException {
        Context c = context;
        Model m = model;
        if (c == null || m == null) {
            throw new IllegalStateException("no model loaded");
        }
        c.memory().clear();
        int[] prompt = text == null
                ? tokens
                : guard != null
                        ? UntrustedText.tokenize(m.vocab(), text, params.addSpecial(), guard) // the policy's guard
                        : m.vocab().tokenize(text, params.addSpecial(), params.parseSpecial());
        Sampler.Builder chain = Sampler.builder();
        if (grammar != null) {
            chain.grammar(grammar, "root");
        } else if (jsonSchema != null) {
            chain.jsonSchema(jsonSchema);
        }
        run.stopWith(c::abort); // the prompt's decode stops too
        try (Sampler sampler = sampling.applyTo(chain).build(m);
                Generation generation = Generation.start(c, sampler, prompt, params)) {
            run.stopWith(c::abort); // again: the start cleared the flag a CANCEL may have set
            StringBuilder answer = new StringBuilder();
            while (generation.hasNext()) {
                String piece = generation.next();
                answer.append(piece);
                if (stream) { // else nothing wakes the host before the end
                    send(Frame.of(Frame.Type.PIECE).i32(run.id).string(piece).frame());
                }
            }
            return Frame.of(Frame.Type.DONE)
                    .i32(run.id)
                    .ints(generation.tokens())
                    .i32(prompt.length)
                    .string(generation.stopReason().orElseThrow().name())
                    .string(answer.toString())
                    .frame();
        }
    }

    /**
     * One answer to a whole conversation, in a chat of its own on the worker's context (on the model's template, or
     * {@code template}):
     * rendered, guarded and parsed here, so that a template that never ends ends only this process, at the host's
     * deadline. The messages are {@link Chat#add added} and answered with {@link Chat#respond}, as an in-process
     * caller holding the same list would. No deadline ({@code timeoutMillis} 0) keeps the chat's default cap.
     */
    private Frame chat(
            Running run,
            List<ChatMessage> messages,
            ChatOptions options,
            @Nullable String template,
            Chat.SpecialText mode,
            int maxTokens,
            long timeoutMillis,
            SamplingParams sampling,
            boolean stream) {
        Model m = model;
        Context c = context;
        if (m == null || c == null) {
            throw new IllegalStateException("no model loaded");
        }
        Chat.Builder builder = Chat.builder(m)
                .borrow(c) // the worker's one context (the one the host charged), not a second one per chat
                .options(options)
                .sampler(sampling::applyTo)
                .maxTokens(maxTokens)
                .specialText(mode);
        if (template != null) {
            builder.template(template);
        }
        if (timeoutMillis > 0) {
            builder.timeout(Duration.ofMillis(timeoutMillis));
        }
        try (Chat chat = builder.build()) {
            messages.forEach(chat::add);
            run.stopWith(chat::abort);
            ChatResponse response = chat.respond(piece -> {
                if (run.cancelled()) {
                    chat.abort(); // cancelled before the generation started, which cleared the flag
                }
                if (!stream) {
                    return true;
                }
                try {
                    send(Frame.of(Frame.Type.PIECE).i32(run.id).string(piece).frame());
                    return true;
                } catch (IOException e) {
                    return false; // the host is gone
                }
            });
            Chat.Turn turn = Objects.requireNonNull(chat.lastTurn(), "a chat that answered has a last turn");
            return Frame.of(Frame.Type.DONE)
                    .i32(run.id)
                    .turn(turn)
                    .chatResponse(response)
                    .frame();
        }
    }

    /**
     * Embeddings of {@code texts}, normalized as asked, by the worker's embedder: opened on first use with the
     * model's pooling and no normalization of its own (the request's is llama.cpp's same arithmetic, applied
     * here), and kept for later requests.
     */
    private Frame embed(Running run, List<String> texts, Normalization normalization, long timeoutMillis) {
        Embedder e = embedder;
        if (e == null) {
            e = Embedder.open(requireModel(), embeddingParams());
            embedder = e;
        }
        Embedder opened = e;
        List<float[]> vectors = guarded(run, e::abort, timeoutMillis, () -> {
            List<float[]> out = opened.embed(texts);
            out.forEach(normalization::applyInPlace);
            return out;
        });
        Frame.Writer done = Frame.of(Frame.Type.DONE).i32(run.id).i32(vectors.size());
        vectors.forEach(done::floats);
        return done.i32(opened.tokenCount(texts)).frame();
    }

    /** Reranking scores, by the worker's reranker (opened on first use and kept). */
    private Frame rerank(Running run, String query, List<String> documents, long timeoutMillis) {
        Reranker rr = reranker;
        if (rr == null) {
            rr = Reranker.open(requireModel(), embeddingParams());
            reranker = rr;
        }
        Reranker opened = rr;
        float[] scores = guarded(run, rr::abort, timeoutMillis, () -> opened.rerank(query, documents));
        return Frame.of(Frame.Type.DONE)
                .i32(run.id)
                .floats(scores)
                .i32(opened.tokenCount(query, documents))
                .frame();
    }

    /**
     * Runs an embedding computation that a CANCEL or the deadline aborts ({@link DecodeException}, ABORTED, as an
     * in-process abort; its message then names the deadline). An abort that came after the last decode leaves the
     * flag set, and such a context's next decode would stop at once: after any cancel, the embedder and the
     * reranker are closed (opened again on the next request).
     */
    private <T> T guarded(Running run, Runnable abort, long timeoutMillis, java.util.function.Supplier<T> work) {
        run.stopWith(abort);
        ScheduledFuture<?> deadline =
                timeoutMillis > 0 ? DEADLINES.schedule(run::expire, timeoutMillis, TimeUnit.MILLISECONDS) : null;
        try {
            return work.get();
        } catch (DecodeException e) {
            if (run.expired() && e.reason() == DecodeException.Reason.ABORTED) {
                throw new Reported(
                        DecodeException.class.getSimpleName(),
                        "the request reached its deadline of " + timeoutMillis + " ms: " + e.getMessage());
            }
            throw e;
        } finally {
            if (deadline != null) {
                deadline.cancel(false);
            }
            run.stopWith(null);
            if (run.cancelled()) {
                closeEmbedding();
            }
        }
    }

    private void closeEmbedding() {
        if (embedder != null) {
            embedder.close();
            embedder = null;
        }
        if (reranker != null) {
            reranker.close();
            reranker = null;
        }
    }

    /** The embedding contexts' parameters: the model's pooling, raw vectors, the worker's batch threads. */
    private EmbeddingParams embeddingParams() {
        return EmbeddingParams.builder()
                .normalization(Normalization.NONE)
                .threads(contextParams.batchThreads())
                .build();
    }

    private Model requireModel() {
        Model m = model;
        if (m == null) {
            throw new IllegalStateException("no model loaded");
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private void crash(String kind) {
        String hook = System.getProperty(TEST_HOOK_PROPERTY);
        try {
            if (hook == null) {
                throw new IllegalStateException("test hooks are off in this worker");
            }
            ((Consumer<String>) Class.forName(hook).getDeclaredConstructor().newInstance()).accept(kind);
        } catch (ReflectiveOperationException | RuntimeException e) {
            try {
                send(error(-1, e));
            } catch (IOException gone) {
                System.exit(0);
            }
        }
    }

    /** An error to report as another type: an engine exception whose message the worker adds to. */
    private static final class Reported extends RuntimeException {
        final String type;

        Reported(String type, String message) {
            super(message);
            this.type = type;
        }
    }

    /** An ERROR frame with the exception's simple class name and message. */
    private static Frame error(int id, Exception e) {
        String message = e.getMessage() != null ? e.getMessage() : e.toString();
        return Frame.of(Frame.Type.ERROR)
                .i32(id)
                .string(e instanceof Reported r ? r.type : WorkerException.remoteType(e))
                .string(message)
                .frame();
    }

    private void send(Frame frame) throws IOException {
        synchronized (out) {
            frame.writeTo(out);
        }
    }
}
