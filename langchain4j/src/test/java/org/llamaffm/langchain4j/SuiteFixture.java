package org.llamaffm.langchain4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.llamaffm.ContextParams;
import org.llamaffm.Model;
import org.llamaffm.ModelParams;
import org.llamaffm.policy.AdmittedModel;
import org.llamaffm.policy.Isolation;
import org.llamaffm.policy.ModelHasher;
import org.llamaffm.policy.Policy;
import org.llamaffm.policy.Sandbox;
import org.llamaffm.policy.Session;
import org.llamaffm.policy.Tenant;

/**
 * What LangChain4j's suites run over: the synthetic models, written and loaded once for the whole test run, and a
 * sandbox (in process) with a session per model for tenant {@code t}, and one for tenant {@code tiny}, whose prompts
 * may have at most 2 bytes. Every chat or embedding model made from it is closed with it. A test class gets it as a
 * parameter of its {@code @BeforeAll} method with {@code @ExtendWith(SuiteFixture.Resolver.class)}; JUnit closes it
 * (and deletes the models' folder) when the run ends.
 */
final class SuiteFixture implements AutoCloseable {

    /** Resolves a {@link SuiteFixture} parameter to the run's one fixture, opened on first use. */
    static final class Resolver implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == SuiteFixture.class;
        }

        @Override
        public SuiteFixture resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot()
                    .getStore(ExtensionContext.Namespace.create(SuiteFixture.class))
                    .getOrComputeIfAbsent(SuiteFixture.class, k -> open(), SuiteFixture.class);
        }
    }

    static final ContextParams CHAT_CONTEXT =
            ContextParams.builder().contextSize(512).threads(1).build();
    static final ContextParams EMBEDDING_CONTEXT =
            ContextParams.builder().contextSize(0).threads(1).build();

    final TestModels files;
    final Model chat;
    final Model bert;
    final AdmittedModel admittedChat;
    final AdmittedModel admittedBert;
    final Session chatSession;
    final Session tinyChatSession;
    final Session bertSession;
    final Session tinyBertSession;
    private final Path dir;
    private final List<AutoCloseable> opened = new ArrayList<>();

    private SuiteFixture(Path dir, TestModels files) {
        this.dir = dir;
        this.files = files;
        this.chat = own(Model.load(files.chat()));
        this.bert = own(Model.load(files.bert()));
        ModelHasher hasher = new ModelHasher();
        Policy.TenantLimits tiny = Policy.tenantLimits("{\"maxPromptBytes\": 2}", Policy.TenantLimits.DEFAULT);
        Sandbox sandbox = Sandbox.create(new Policy(
                List.of(files.root()),
                Map.of(hasher.sha256(files.chat()), "chat", hasher.sha256(files.bert()), "bert"),
                Set.of(),
                false,
                Set.of(),
                Policy.Limits.DEFAULT.withTenants(Map.of("tiny", tiny)),
                Policy.Workers.DEFAULT.withIsolation(Isolation.IN_PROCESS)));
        this.admittedChat = own(sandbox.admit(files.chat(), ModelParams.defaults(), CHAT_CONTEXT));
        this.admittedBert = own(sandbox.admit(files.bert(), ModelParams.defaults(), EMBEDDING_CONTEXT));
        this.chatSession = own(sandbox.openSession(new Tenant("t"), admittedChat, CHAT_CONTEXT));
        this.tinyChatSession = own(sandbox.openSession(new Tenant("tiny"), admittedChat, CHAT_CONTEXT));
        this.bertSession = own(sandbox.openSession(new Tenant("t"), admittedBert, EMBEDDING_CONTEXT));
        this.tinyBertSession = own(sandbox.openSession(new Tenant("tiny"), admittedBert, EMBEDDING_CONTEXT));
    }

    private static SuiteFixture open() {
        try {
            Path dir = Files.createTempDirectory("llama-ffm-langchain4j-suites");
            return new SuiteFixture(dir, TestModels.write(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code closeable}, closed with this fixture (before what was opened earlier). */
    <T extends AutoCloseable> T own(T closeable) {
        synchronized (opened) {
            opened.add(closeable);
        }
        return closeable;
    }

    @Override
    public void close() throws Exception {
        synchronized (opened) {
            for (AutoCloseable c : opened.reversed()) {
                c.close();
            }
            opened.clear();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
