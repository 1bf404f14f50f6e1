package org.llamaffm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.llamaffm.ContextParams;
import org.llamaffm.ModelParams;
import org.llamaffm.gguf.Gguf;
import org.llamaffm.gguf.GgufFile;
import org.llamaffm.policy.AdmittedModel;
import org.llamaffm.policy.ModelHasher;
import org.llamaffm.policy.Policy;
import org.llamaffm.policy.Sandbox;
import org.llamaffm.server.ApiKeys;
import org.llamaffm.server.OpenAiServer;
import org.llamaffm.server.TlsFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code llama-ffm serve}: the policy's models over an OpenAI-compatible HTTP API, each API key a tenant. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Serves the policy's allowed models, by name, over OpenAI's HTTP API: /v1/chat/completions,",
            "/v1/completions, /v1/embeddings, /v1/rerank, /v1/models; /health (no key); /metrics (Prometheus).",
            "Each model file in the policy's modelRoots whose SHA-256 the policy allows is admitted at start, in",
            "the isolation the policy gives it (a worker process by default). Each API key of --keys is a tenant.",
            "SIGTERM (or Ctrl-C) drains the requests in flight for up to --drain seconds, then stops.",
            "--hash-key reads a key on standard input and prints the SHA-256 that keys.json stores."
        })
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--policy", paramLabel = "FILE", description = "the policy (JSON; see the README)")
    Path policyFile;

    @Option(
            names = "--keys",
            paramLabel = "FILE",
            description = "the API keys: {\"tenants\": [{\"name\", \"keySha256\", \"models\", \"limits\"}]}")
    Path keysFile;

    @Option(
            names = "--host",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description = "(default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "(default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--tls-cert", paramLabel = "PEM", description = "serve HTTPS: the certificate chain")
    Path tlsCert;

    @Option(names = "--tls-key", paramLabel = "PEM", description = "the private key of --tls-cert (PKCS#8)")
    Path tlsKey;

    @Option(
            names = "--metrics-port",
            paramLabel = "N",
            description = "serve /metrics without a key on this port (same address)")
    Integer metricsPort;

    @Option(
            names = "--metrics-key-sha256",
            paramLabel = "HEX",
            description = "serve /metrics on the main port to callers with the key of this hash")
    String metricsKey;

    @Option(
            names = "--drain",
            paramLabel = "SECONDS",
            defaultValue = "30",
            description = "how long SIGTERM lets requests in flight finish (default: ${DEFAULT-VALUE})")
    int drainSeconds;

    @Option(
            names = "--max-body-bytes",
            paramLabel = "N",
            defaultValue = "4194304",
            description = "the largest request body, else 413 (default: ${DEFAULT-VALUE})")
    int maxBodyBytes;

    @Option(
            names = "--request-timeout",
            paramLabel = "SECONDS",
            defaultValue = "30",
            description = "the longest a client may take to send a request (default: ${DEFAULT-VALUE})")
    int requestTimeoutSeconds;

    @Option(
            names = "--max-connections",
            paramLabel = "N",
            defaultValue = "256",
            description = "connections open at once (default: ${DEFAULT-VALUE})")
    int maxConnections;

    @Option(names = "--log-prompts", description = "put each request's last message in its log line")
    boolean logPrompts;

    @Option(names = "--hash-key", description = "read an API key on standard input, print its SHA-256, and exit")
    boolean hashKey;

    @Mixin
    ContextOptions.Size contextSize;

    @Mixin
    ContextOptions.Threads threads;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (hashKey) {
            String key = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            try {
                out.println(ApiKeys.hash(key));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            return 0;
        }
        if (policyFile == null || keysFile == null) {
            throw new ParameterException(spec.commandLine(), "serve needs --policy FILE and --keys FILE");
        }
        if ((tlsCert == null) != (tlsKey == null)) {
            throw new ParameterException(spec.commandLine(), "--tls-cert and --tls-key go together");
        }
        structuredLogs();
        Policy policy = Policy.load(policyFile);
        ApiKeys keys = ApiKeys.load(keysFile, policy.limits().tenant());
        keys.permissionWarning()
                .ifPresent(warning -> err.println(
                        "{\"level\":\"warn\",\"event\":\"keys_file\",\"message\":" + quoted(warning) + "}"));
        policy = policy.withLimits(policy.limits().withTenants(keys.limits()));
        Sandbox sandbox = Sandbox.create(policy);
        InetSocketAddress address = new InetSocketAddress(InetAddress.getByName(host), port);
        List<AdmittedModel> admitted = new ArrayList<>();
        try {
            OpenAiServer.Builder server = OpenAiServer.builder(sandbox, keys)
                    .address(address)
                    .maxBodyBytes(maxBodyBytes)
                    .requestTimeout(Duration.ofSeconds(requestTimeoutSeconds))
                    .maxConnections(maxConnections)
                    .logPrompts(logPrompts)
                    .log(line -> {
                        err.println(line);
                        err.flush();
                    });
            for (Map.Entry<String, Path> model : files(policy).entrySet()) {
                Path file = model.getValue();
                ContextParams context = context(file);
                AdmittedModel m = sandbox.admit(file, ModelParams.defaults(), context);
                admitted.add(m);
                server.model(m, context);
            }
            if (tlsCert != null) {
                server.tls(TlsFiles.sslContext(tlsCert, tlsKey));
            } else if (!address.getAddress().isLoopbackAddress()) {
                err.println(
                        "{\"level\":\"warn\",\"event\":\"no_tls\",\"message\":\"listening on " + host
                                + " without TLS: API keys and prompts cross the network in clear text (--tls-cert, --tls-key)\"}");
            }
            if (metricsPort != null) {
                server.metricsPort(metricsPort);
            }
            if (metricsKey != null) {
                server.metricsKeySha256(metricsKey);
            }
            // registered before the server starts: a SIGTERM right after "started" drains too
            java.util.concurrent.atomic.AtomicReference<OpenAiServer> running =
                    new java.util.concurrent.atomic.AtomicReference<>();
            java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                OpenAiServer started = running.get();
                if (started != null) {
                    started.shutdown(Duration.ofSeconds(drainSeconds));
                }
                admitted.forEach(AdmittedModel::close);
                stopped.countDown();
            }));
            running.set(server.start());
            stopped.await();
            return 0;
        } catch (RuntimeException | IOException e) {
            admitted.forEach(AdmittedModel::close);
            throw e;
        }
    }

    /**
     * The model files of the policy's roots whose SHA-256 it allows, by model name: every {@code .gguf} file at most
     * three folders deep, hashed (the hasher caches by path, size and time).
     *
     * @throws ParameterException when an allowed model is in none of the roots
     */
    private Map<String, Path> files(Policy policy) throws IOException {
        ModelHasher hasher = new ModelHasher();
        Map<String, Path> byHash = new LinkedHashMap<>();
        for (Path root : policy.modelRoots()) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root, 3)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".gguf") && Files.isRegularFile(f))
                        .sorted()
                        .toList()) {
                    String sha256 = hasher.sha256(file);
                    if (policy.models().containsKey(sha256)) {
                        byHash.putIfAbsent(sha256, file);
                    }
                }
            }
        }
        Map<String, Path> byName = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        policy.models().forEach((sha256, name) -> {
            Path file = byHash.get(sha256);
            if (file == null) {
                missing.add(name + " (" + sha256 + ")");
            } else {
                byName.put(name, file);
            }
        });
        if (!missing.isEmpty()) {
            throw new ParameterException(
                    spec.commandLine(),
                    "no file in the policy's modelRoots " + policy.modelRoots() + " has the SHA-256 of " + missing);
        }
        return byName;
    }

    /**
     * A session's context: -c tokens (4096 by default), at most the model's trained length (from its metadata, read
     * by the pure-Java reader the policy's validator uses; the admission checks the file fully); -t threads.
     */
    private ContextParams context(Path file) {
        GgufFile gguf = Gguf.read(file);
        String architecture = gguf.getString("general.architecture").orElse("");
        long trained = gguf.getLong(architecture + ".context_length").orElse(0L);
        int size = contextSize.value == 0 ? ContextOptions.GenerationDefaults.CONTEXT_SIZE : contextSize.value;
        ContextParams.Builder params =
                ContextParams.builder().contextSize(trained > 0 ? (int) Math.min(size, trained) : size);
        if (threads.value != null) {
            params.threads(threads.value);
        }
        return params.build();
    }

    private static String quoted(String text) {
        return new com.fasterxml.jackson.databind.ObjectMapper()
                .valueToTree(text)
                .toString();
    }

    /** The library's own logs (the sandbox's events, llama.cpp's lines) as JSON lines too. */
    private static void structuredLogs() {
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        ConsoleHandler handler = new ConsoleHandler();
        handler.setFormatter(OpenAiServer.logFormatter());
        handler.setLevel(Level.INFO);
        root.addHandler(handler);
    }
}
