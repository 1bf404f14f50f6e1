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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.jspecify.annotations.Nullable;
import org.llamaffm.Batch;
import org.llamaffm.Context;
import org.llamaffm.ContextParams;
import org.llamaffm.Generation;
import org.llamaffm.GenerationParams;
import org.llamaffm.LlamaRuntime;
import org.llamaffm.Model;
import org.llamaffm.ModelParams;
import org.llamaffm.Sampler;
import org.llamaffm.SamplingParams;
import org.llamaffm.chat.Chat;

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

    /** The system property with the host's network namespace ({@code net:[N]}), to tell whether this one is new. */
    public static final String HOST_NETWORK_PROPERTY = "llamaffm.worker.hostNetwork";

    /** The system property {@code false} to skip the seccomp lockdown after the warm-up (for diagnosis). */
    public static final String LOCKDOWN_PROPERTY = "llamaffm.worker.lockdown";

    private final DataInputStream in;
    private final DataOutputStream out;
    private final ExecutorService requests = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "llama-ffm-worker-request");
        t.setDaemon(true);
        return t;
    });
    private @Nullable Model model;
    private @Nullable Context context;
    private ContextParams contextParams = ContextParams.defaults();

    private WorkerMain(SocketChannel channel) {
        this.in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
        this.out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: WorkerMain SOCKET");
            System.exit(2);
        }
        Lockdown.limits(Long.getLong(MAX_MEMORY_PROPERTY, 0), 512);
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
            Frame.Reader r = frame.reader();
            switch (frame.type()) {
                case LOAD -> load(r);
                case GENERATE -> {
                    int id = r.i32();
                    int kind = r.i32(); // 0: token ids; 1: text; 2: text and a grammar; 3: text and a JSON Schema
                    boolean text = kind != 0;
                    int[] tokens = text ? new int[0] : r.ints();
                    String prompt = text ? r.string() : "";
                    String constraint = kind >= 2 ? r.string() : "";
                    int maxTokens = r.i32();
                    long timeoutMillis = r.i64();
                    SamplingParams sampling = r.sampling();
                    boolean stream = r.i32() == 1;
                    GenerationParams.Builder params = GenerationParams.builder().maxTokens(maxTokens);
                    if (timeoutMillis > 0) {
                        params.timeout(Duration.ofMillis(timeoutMillis));
                    }
                    requests.execute(() -> generate(
                            id,
                            text ? prompt : null,
                            tokens,
                            kind == 2 ? constraint : null,
                            kind == 3 ? constraint : null,
                            params.build(),
                            sampling,
                            stream));
                }
                case CHAT -> {
                    int id = r.i32();
                    String system = r.string();
                    String user = r.string();
                    String template = r.string();
                    Chat.SpecialText mode = Chat.SpecialText.valueOf(r.string());
                    int maxTokens = r.i32();
                    long timeoutMillis = r.i64();
                    SamplingParams sampling = r.sampling();
                    r.i32(); // a chat turn always streams
                    requests.execute(() -> chat(id, system, user, template, mode, maxTokens, timeoutMillis, sampling));
                }
                case CANCEL -> {
                    Context c = context;
                    if (c != null) {
                        c.abort();
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
            send(ready.frame());
        } catch (RuntimeException e) {
            send(error(-1, e));
        }
    }

    /**
     * What a locked-down worker may still read: its model, the JDK, its class path, the native libraries,
     * its own /proc, and the random and null devices.
     */
    private static List<Path> readable(Path model) {
        List<Path> paths = new ArrayList<>();
        paths.add(model.toAbsolutePath());
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
    private void generate(
            int id,
            @Nullable String text,
            int[] tokens,
            @Nullable String grammar,
            @Nullable String jsonSchema,
            GenerationParams params,
            SamplingParams sampling,
            boolean stream) {
        try {
            Context c = context;
            Model m = model;
            if (c == null || m == null) {
                throw new IllegalStateException("no model loaded");
            }
            c.memory().clear();
            Sampler.Builder chain = Sampler.builder();
            if (grammar != null) {
                chain.grammar(grammar, "root");
            } else if (jsonSchema != null) {
                chain.jsonSchema(jsonSchema);
            }
            try (Sampler sampler = sampling.applyTo(chain).build(m);
                    Generation generation = text != null
                            ? Generation.start(c, sampler, text, params)
                            : Generation.start(c, sampler, tokens, params)) {
                StringBuilder answer = new StringBuilder();
                while (generation.hasNext()) {
                    String piece = generation.next();
                    answer.append(piece);
                    if (stream) { // else nothing wakes the host before the end
                        send(Frame.of(Frame.Type.PIECE).i32(id).string(piece).frame());
                    }
                }
                send(Frame.of(Frame.Type.DONE)
                        .i32(id)
                        .ints(generation.tokens())
                        .string(generation.stopReason().orElseThrow().name())
                        .string(answer.toString())
                        .frame());
            }
        } catch (RuntimeException | IOException e) {
            try {
                send(error(id, e));
            } catch (IOException gone) {
                System.exit(0);
            }
        }
    }

    /**
     * One chat turn, in a chat of its own on the model's template (rendered here: a template that never
     * ends ends only this process, at the host's deadline).
     */
    private void chat(
            int id,
            String system,
            String user,
            String template,
            Chat.SpecialText mode,
            int maxTokens,
            long timeoutMillis,
            SamplingParams sampling) {
        try {
            Model m = model;
            Context c = context;
            if (m == null || c == null) {
                throw new IllegalStateException("no model loaded");
            }
            Chat.Builder builder = Chat.builder(m)
                    .context(contextParams)
                    .sampler(sampling::applyTo)
                    .maxTokens(maxTokens)
                    .specialText(mode);
            if (!system.isEmpty()) {
                builder.system(system);
            }
            if (!template.isEmpty()) {
                builder.template(template);
            }
            if (timeoutMillis > 0) {
                builder.timeout(Duration.ofMillis(timeoutMillis));
            }
            try (Chat chat = builder.build()) {
                StringBuilder answer = new StringBuilder();
                chat.send(user, piece -> {
                    answer.append(piece);
                    try {
                        send(Frame.of(Frame.Type.PIECE).i32(id).string(piece).frame());
                        return true;
                    } catch (IOException e) {
                        return false;
                    }
                });
                Chat.Turn turn = chat.lastTurn();
                send(Frame.of(Frame.Type.DONE)
                        .i32(id)
                        .ints(new int[0])
                        .string(
                                turn == null
                                        ? "END_OF_GENERATION"
                                        : turn.stopReason().name())
                        .string(answer.toString())
                        .frame());
            }
        } catch (RuntimeException | IOException e) {
            try {
                send(error(id, e));
            } catch (IOException gone) {
                System.exit(0);
            }
        }
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

    private static Frame error(int id, Exception e) {
        String message = e.getMessage() != null ? e.getMessage() : e.toString();
        return Frame.of(Frame.Type.ERROR)
                .i32(id)
                .string(e.getClass().getSimpleName())
                .string(message)
                .frame();
    }

    private void send(Frame frame) throws IOException {
        synchronized (out) {
            frame.writeTo(out);
        }
    }
}
