package org.llamaffm.samples.tenants;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.llamaffm.ContextParams;
import org.llamaffm.Generation;
import org.llamaffm.ModelParams;
import org.llamaffm.SamplingParams;
import org.llamaffm.policy.AdmittedModel;
import org.llamaffm.policy.ModelHasher;
import org.llamaffm.policy.Policy;
import org.llamaffm.policy.PolicyException;
import org.llamaffm.policy.Sandbox;
import org.llamaffm.policy.Session;
import org.llamaffm.policy.Tenant;

/** Two tenants share one model through the sandbox: alice has a bigger quota than bob. */
public final class MultiTenant {

    static final Policy.TenantLimits ALICE =
            Policy.tenantLimits("{\"requestsPerMinute\": 10, \"maxOutputTokens\": 24}", Policy.TenantLimits.DEFAULT);
    static final Policy.TenantLimits BOB =
            Policy.tenantLimits("{\"requestsPerMinute\": 2, \"maxOutputTokens\": 8}", Policy.TenantLimits.DEFAULT);

    private MultiTenant() {}

    public static void main(String[] args) {
        run(Path.of(args[0]).toAbsolutePath(), System.out);
    }

    /** Each tenant asks three times for 24 tokens; prints one line per request and the sandbox's counters. */
    static Sandbox run(Path file, PrintStream out) {
        Policy policy = new Policy(
                        List.of(file.getParent()),
                        Map.of(new ModelHasher().sha256(file), "demo"), // only this file may be loaded
                        Set.of(),
                        false,
                        Set.of(),
                        null,
                        null) // every model in a worker process: a crash there is not this JVM's
                .withLimits(Policy.Limits.DEFAULT.withTenants(Map.of("alice", ALICE, "bob", BOB)));
        Sandbox sandbox = Sandbox.create(policy);
        ContextParams context = ContextParams.builder().contextSize(512).build();
        try (AdmittedModel model = sandbox.admit(file, ModelParams.defaults(), context);
                Session alice = sandbox.openSession(new Tenant("alice"), model, context);
                Session bob = sandbox.openSession(new Tenant("bob"), model, context)) {
            for (String prompt : List.of("The capital of France is", "Once upon a time", "My favourite colour is")) {
                for (Session session : List.of(alice, bob)) {
                    String line = String.format("%-5s %s -> ", session.tenant().id(), prompt);
                    try {
                        Generation.Result result = session.generate(prompt, SamplingParams.greedy(), 24);
                        out.println(line + result.tokens().length + " tokens, " + result.stopReason());
                    } catch (PolicyException e) {
                        out.println(line + "refused, " + e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                }
            }
            for (Session session : List.of(alice, bob)) {
                out.println(session.tenant().id() + " " + new TreeMap<>(sandbox.counters(session.tenant())));
            }
        }
        return sandbox;
    }
}
