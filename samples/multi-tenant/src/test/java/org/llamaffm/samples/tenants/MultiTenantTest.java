package org.llamaffm.samples.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llamaffm.policy.Sandbox;
import org.llamaffm.policy.Tenant;
import org.llamaffm.testkit.LlamaCppSource;
import org.llamaffm.testkit.SyntheticModel;

/** The sample as it runs: one model in a worker, alice's and bob's quotas, bob's third request refused. */
class MultiTenantTest {

    @TempDir
    Path temp;

    @Test
    void bobsThirdRequestIsRefusedAndEachTenantGetsItsOutputCap() {
        Path model = temp.resolve("model.gguf");
        SyntheticModel.llama(LlamaCppSource.vocab("gpt-2")).write(model);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Sandbox sandbox = MultiTenant.run(model, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String output = bytes.toString(StandardCharsets.UTF_8);
        List<String> lines = output.lines().toList();
        assertThat(lines.subList(0, 5))
                .as(output)
                .containsExactly(
                        "alice The capital of France is -> 24 tokens, MAX_TOKENS",
                        "bob   The capital of France is -> 8 tokens, MAX_TOKENS",
                        "alice Once upon a time -> 24 tokens, MAX_TOKENS",
                        "bob   Once upon a time -> 8 tokens, MAX_TOKENS",
                        "alice My favourite colour is -> 24 tokens, MAX_TOKENS");
        assertThat(lines.get(5))
                .matches("bob   My favourite colour is -> refused, QuotaExceededException: tenant bob: requests quota"
                        + " exceeded; retry in \\d+ ms");
        assertThat(sandbox.counters(new Tenant("alice")))
                .containsEntry("requests", 3L)
                .containsEntry("generatedTokens", 72L)
                .containsEntry("denials", 0L);
        assertThat(sandbox.counters(new Tenant("bob")))
                .containsEntry("requests", 2L)
                .containsEntry("generatedTokens", 16L)
                .containsEntry("denials", 1L);
        assertThat(MultiTenant.ALICE.requestsPerMinute()).isEqualTo(10);
        assertThat(MultiTenant.BOB.requestsPerMinute()).isEqualTo(2);
        assertThat(MultiTenant.BOB.maxOutputTokens()).isEqualTo(8);
    }
}
