package org.llamaffm.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.llamaffm.ContextParams;
import org.llamaffm.ModelParams;
import org.llamaffm.gguf.GgmlType;
import org.llamaffm.gguf.GgufValue;
import org.llamaffm.policy.AdmittedModel;
import org.llamaffm.policy.Isolation;
import org.llamaffm.policy.ModelHasher;
import org.llamaffm.policy.Policy;
import org.llamaffm.policy.Sandbox;
import org.llamaffm.testkit.LlamaCppSource;
import org.llamaffm.testkit.SyntheticBert;
import org.llamaffm.testkit.SyntheticModel;

/**
 * A server on 127.0.0.1 (any free port) for tests, over three synthetic models: {@code chat} (Qwen2's tokenizer and
 * chat template, random weights), {@code bert} (pooled embeddings) and {@code rr} (a reranker). Each tenant's API key
 * is {@code "sk-" + name}; the log's lines are kept in {@link #log()}.
 */
final class TestServer implements AutoCloseable {

    /** The synthetic models, written once per test class. */
    record Models(Path root, Path chat, Path bert, Path reranker) {

        static Models write(Path dir) throws IOException {
            Path root = Files.createDirectories(dir.resolve("models"));
            String qwen =
                    Files.readString(LlamaCppSource.dir().resolve("models/templates/Qwen-Qwen2.5-7B-Instruct.jinja"));
            Path chat = root.resolve("chat.gguf");
            SyntheticModel.llama(LlamaCppSource.vocab("qwen2"))
                    .layers(2)
                    .weightType(GgmlType.F16)
                    .contextLength(4096)
                    .seed(21)
                    .metadata("tokenizer.chat_template", GgufValue.ofString(qwen))
                    .write(chat);
            Path bert = root.resolve("bert.gguf");
            SyntheticBert.of(LlamaCppSource.vocab("bert-bge"))
                    .contextLength(64)
                    .seed(22)
                    .write(bert);
            Path reranker = root.resolve("reranker.gguf");
            SyntheticBert.of(LlamaCppSource.vocab("bert-bge"))
                    .classifier(List.of())
                    .seed(23)
                    .write(reranker);
            return new Models(root, chat, bert, reranker);
        }

        /** Model name -> file. */
        Map<String, Path> byName() {
            Map<String, Path> files = new LinkedHashMap<>();
            files.put("chat", chat);
            files.put("bert", bert);
            files.put("rr", reranker);
            return files;
        }
    }

    /** The context of every session of the chat model; the embedding models take their trained length. */
    static final ContextParams CHAT_CONTEXT =
            ContextParams.builder().contextSize(512).threads(1).build();

    static final ContextParams EMBEDDING_CONTEXT =
            ContextParams.builder().contextSize(64).threads(1).build();

    final Sandbox sandbox;
    final OpenAiServer server;
    private final List<AdmittedModel> admitted;
    private final List<String> log;

    private TestServer(Sandbox sandbox, OpenAiServer server, List<AdmittedModel> admitted, List<String> log) {
        this.sandbox = sandbox;
        this.server = server;
        this.admitted = admitted;
        this.log = log;
    }

    /** How a test's server is set up. */
    static final class Setup {
        Isolation isolation = Isolation.IN_PROCESS;
        Policy.Limits limits = Policy.Limits.DEFAULT;
        /** Tenant name -> the models it may use; every tenant gets key {@code "sk-" + name}. */
        Map<String, List<String>> tenants = new LinkedHashMap<>(Map.of(
                "alice", List.of("chat", "bert", "rr"),
                "bob", List.of("chat")));
        /** Tenant name -> its own limits, as the keys file's JSON. */
        Map<String, String> tenantLimits = new LinkedHashMap<>();
        /** The models served (a subset of chat, bert, rr). */
        Set<String> models = Set.of("chat", "bert", "rr");
        /** How workers are run ({@link #isolation} replaces its isolation), e.g. tenants with workers of their own. */
        Policy.Workers workers = Policy.Workers.DEFAULT;

        Consumer<OpenAiServer.Builder> builder = b -> {};
    }

    static TestServer start(Models models, Path dir, Consumer<Setup> configure) throws IOException {
        Setup setup = new Setup();
        configure.accept(setup);
        ModelHasher hasher = new ModelHasher();
        Map<String, String> allowed = new LinkedHashMap<>();
        for (var model : models.byName().entrySet()) {
            if (setup.models.contains(model.getKey())) {
                allowed.put(hasher.sha256(model.getValue()), model.getKey());
            }
        }
        StringBuilder keys = new StringBuilder("{\"tenants\": [");
        String separator = "";
        for (var tenant : setup.tenants.entrySet()) {
            keys.append(separator)
                    .append("{\"name\": \"")
                    .append(tenant.getKey())
                    .append("\", \"keySha256\": \"")
                    .append(ApiKeys.hash("sk-" + tenant.getKey()))
                    .append("\", \"models\": [");
            keys.append(String.join(
                    ", ",
                    tenant.getValue().stream()
                            .filter(m -> m.equals("*") || setup.models.contains(m))
                            .map(m -> "\"" + m + "\"")
                            .toList()));
            keys.append("]");
            String limits = setup.tenantLimits.get(tenant.getKey());
            if (limits != null) {
                keys.append(", \"limits\": ").append(limits);
            }
            keys.append("}");
            separator = ", ";
        }
        keys.append("]}");
        Path keysFile = Files.writeString(Files.createTempFile(dir, "keys", ".json"), keys);
        ApiKeys apiKeys = ApiKeys.load(keysFile, setup.limits.tenant());
        Policy policy = new Policy(
                List.of(models.root()),
                allowed,
                Set.of(),
                false,
                Set.of(),
                setup.limits.withTenants(apiKeys.limits()),
                setup.workers.withIsolation(setup.isolation));
        Sandbox sandbox = Sandbox.create(policy);
        List<AdmittedModel> admitted = new ArrayList<>();
        List<String> log = new CopyOnWriteArrayList<>();
        try {
            OpenAiServer.Builder builder = OpenAiServer.builder(sandbox, apiKeys)
                    .address(new InetSocketAddress("127.0.0.1", 0))
                    .log(log::add);
            for (var model : models.byName().entrySet()) {
                if (!setup.models.contains(model.getKey())) {
                    continue;
                }
                ContextParams context = model.getKey().equals("chat") ? CHAT_CONTEXT : EMBEDDING_CONTEXT;
                AdmittedModel m = sandbox.admit(model.getValue(), ModelParams.defaults(), context);
                admitted.add(m);
                builder.model(m, context);
            }
            setup.builder.accept(builder);
            return new TestServer(sandbox, builder.start(), admitted, log);
        } catch (IOException | RuntimeException e) {
            admitted.forEach(AdmittedModel::close);
            throw e;
        }
    }

    /** {@code http://127.0.0.1:<port>}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    /** The log's JSON lines so far. */
    List<String> log() {
        return log;
    }

    @Override
    public void close() {
        server.close();
        admitted.forEach(AdmittedModel::close);
    }
}
