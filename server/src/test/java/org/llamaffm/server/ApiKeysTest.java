package org.llamaffm.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llamaffm.policy.Policy;

/** The keys file of {@code llama-ffm serve}: its tenants, their limits, and the bearer keys that name them. */
class ApiKeysTest {

    @TempDir
    Path temp;

    /** sha256("abc"), the FIPS 180-2 example. */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    private static final Policy.TenantLimits BASE = new Policy.TenantLimits(
            2,
            30,
            5000,
            6000,
            128,
            Duration.ofSeconds(20),
            4096,
            1024,
            Policy.TenantLimits.DEFAULT.specialTokenText(),
            0,
            2048);

    private static final String ALICE_KEY = "sk-alice-0123456789";
    private static final String BOB_KEY = "sk-bob-9876543210";

    private Path write(String json) throws IOException {
        Path file = temp.resolve("keys.json");
        Files.writeString(file, json);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    private ApiKeys twoTenants() throws IOException {
        return ApiKeys.load(write("""
                {"tenants": [
                  {"name": "alice", "keySha256": "%s", "models": ["demo", "ours"],
                   "limits": {"requestsPerMinute": 600, "sampling": {"maxTopK": 50}}},
                  {"name": "bob", "keySha256": "%s", "models": ["*"]}
                ]}
                """.formatted(ApiKeys.hash(ALICE_KEY), ApiKeys.hash(BOB_KEY))), BASE);
    }

    private void assertFails(String json, String message, int line, int column, String field) throws IOException {
        Path file = write(json);
        assertThatThrownBy(() -> ApiKeys.load(file, BASE))
                .isInstanceOfSatisfying(ApiKeys.KeysFileException.class, e -> {
                    assertThat(e)
                            .hasMessage(file + ":" + line + ":" + column + ": " + (field.isEmpty() ? "" : field + ": ")
                                    + message);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.column()).isEqualTo(column);
                    assertThat(e.field()).isEqualTo(field);
                });
    }

    @Test
    void aFileOfTwoTenantsLoadsAsWritten() throws IOException {
        ApiKeys keys = twoTenants();

        assertThat(keys.entries()).extracting(ApiKeys.Entry::name).containsExactly("alice", "bob");
        ApiKeys.Entry alice = keys.entries().get(0);
        assertThat(alice.keySha256()).isEqualTo(ApiKeys.hash(ALICE_KEY));
        assertThat(alice.models()).containsExactly("demo", "ours");
        assertThat(keys.entries().get(1).models()).containsExactly(ApiKeys.ALL_MODELS);
        assertThat(keys.limits()).containsOnlyKeys("alice", "bob");
        assertThat(keys.permissionWarning()).isEmpty();
        assertThat(alice.toString()).doesNotContain(alice.keySha256()).contains("alice");
    }

    @Test
    void aTenantsLimitsReplaceTheBaseFieldByFieldAndOthersKeepTheBase() throws IOException {
        ApiKeys keys = twoTenants();

        Policy.TenantLimits alice = keys.limits().get("alice");
        assertThat(alice.requestsPerMinute()).isEqualTo(600);
        assertThat(alice.sampling().maxTopK()).isEqualTo(50);
        assertThat(alice.sampling().maxPenaltyLastN()).isEqualTo(BASE.sampling().maxPenaltyLastN());
        assertThat(alice.maxOutputTokens()).isEqualTo(128);
        assertThat(alice.deadline()).isEqualTo(Duration.ofSeconds(20));
        assertThat(alice.maxConcurrentRequests()).isEqualTo(2);
        assertThat(keys.limits().get("bob")).isEqualTo(BASE);
        assertThat(keys.entries().get(0).limits()).isEqualTo(alice);

        Policy.Limits limits = new Policy.Limits(4, 16, BASE, 0).withTenants(keys.limits());
        assertThat(limits.of(new org.llamaffm.policy.Tenant("alice")).requestsPerMinute())
                .isEqualTo(600);
        assertThat(limits.of(new org.llamaffm.policy.Tenant("bob")).requestsPerMinute())
                .isEqualTo(30);
    }

    @Test
    void aTenantMayUseItsModelsOrEveryModelWithAStar() throws IOException {
        ApiKeys keys = twoTenants();
        ApiKeys.Entry alice = keys.entries().get(0);
        ApiKeys.Entry bob = keys.entries().get(1);

        assertThat(keys.allows(alice, "demo")).isTrue();
        assertThat(keys.allows(alice, "ours")).isTrue();
        assertThat(keys.allows(alice, "theirs")).isFalse();
        assertThat(keys.allows(bob, "theirs")).isTrue();
        assertThat(keys.allows(bob, "demo")).isTrue();
    }

    @Test
    void theBearerKeyNamesItsTenant() throws IOException {
        ApiKeys keys = twoTenants();

        assertThat(keys.authenticate("Bearer " + ALICE_KEY))
                .map(ApiKeys.Entry::name)
                .contains("alice");
        assertThat(keys.authenticate("Bearer " + BOB_KEY))
                .map(ApiKeys.Entry::name)
                .contains("bob");
        assertThat(keys.authenticate("bearer   " + BOB_KEY))
                .map(ApiKeys.Entry::name)
                .contains("bob");
        assertThat(keys.authenticate("BEARER " + ALICE_KEY + "  "))
                .map(ApiKeys.Entry::name)
                .contains("alice");
    }

    @Test
    void aWrongMissingOrMalformedHeaderNamesNoTenant() throws IOException {
        ApiKeys keys = twoTenants();

        assertThat(keys.authenticate(null)).isEmpty();
        assertThat(keys.authenticate("")).isEmpty();
        assertThat(keys.authenticate("Bearer")).isEmpty();
        assertThat(keys.authenticate("Bearer ")).isEmpty();
        assertThat(keys.authenticate("Bearer sk-alice-012345678")).isEmpty(); // a prefix of alice's key
        assertThat(keys.authenticate("Bearer " + ALICE_KEY + "0")).isEmpty();
        assertThat(keys.authenticate(ALICE_KEY)).isEmpty();
        assertThat(keys.authenticate("Basic " + ALICE_KEY)).isEmpty();
        assertThat(keys.authenticate("Bearer\t" + ALICE_KEY)).isEmpty();
        assertThat(keys.authenticate("Bearer " + ALICE_KEY + " " + BOB_KEY)).isEmpty();
        assertThat(keys.authenticate("Bearer " + ApiKeys.hash(ALICE_KEY))).isEmpty(); // the hash is not the key
    }

    @Test
    void theHashIsTheSha256OfTheKeyWithoutTheLineEndOfStdin() {
        assertThat(ApiKeys.hash("abc")).isEqualTo(ABC);
        assertThat(ApiKeys.hash("abc\n")).isEqualTo(ABC);
        assertThat(ApiKeys.hash("abc\r\n")).isEqualTo(ABC);
        // the UTF-8 bytes c3 a9, not the Latin-1 byte e9 (whose hash is de2e331d...)
        assertThat(ApiKeys.hash("\u00e9"))
                .isEqualTo("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c");
    }

    @Test
    void aKeyThatIsEmptyOrHasSpacesOrControlsCannotBeHashed() {
        assertThatThrownBy(() -> ApiKeys.hash(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the API key is empty");
        assertThatThrownBy(() -> ApiKeys.hash("\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the API key is empty");
        assertThatThrownBy(() -> ApiKeys.hash("ab c"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the API key has a space, tab, line break or control character (U+0020) at position 3;"
                        + " a key is one line of printable characters");
        assertThatThrownBy(() -> ApiKeys.hash("abc\n\n")).hasMessageContaining("(U+000A) at position 4");
        assertThatThrownBy(() -> ApiKeys.hash("a\u0000b")).hasMessageContaining("(U+0000) at position 2");
        assertThatThrownBy(() -> ApiKeys.hash("a\u00a0b")).hasMessageContaining("(U+00A0) at position 2");
    }

    @Test
    void keysBuiltInCodeAuthenticateAndRefuseASharedName() {
        ApiKeys.Entry carol =
                new ApiKeys.Entry("carol", ApiKeys.hash("k1"), Set.of("demo"), Policy.TenantLimits.DEFAULT);
        ApiKeys keys = new ApiKeys(List.of(carol));
        assertThat(keys.authenticate("Bearer k1")).contains(carol);
        assertThat(keys.permissionWarning()).isEmpty();

        ApiKeys.Entry again =
                new ApiKeys.Entry("carol", ApiKeys.hash("k2"), Set.of("demo"), Policy.TenantLimits.DEFAULT);
        assertThatThrownBy(() -> new ApiKeys(List.of(carol, again)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tenants[1].name: 'carol' is also the name of tenants[0]");
        assertThatThrownBy(() -> new ApiKeys(List.of())).hasMessage("tenants: at least one tenant is needed");
        assertThatThrownBy(() -> new ApiKeys.Entry("carol", ABC.toUpperCase(), Set.of("demo"), BASE))
                .hasMessageStartingWith("keySha256: has upper-case hex digits");
        assertThatThrownBy(() -> new ApiKeys.Entry("carol", ABC, Set.of(), BASE))
                .hasMessageStartingWith("models: no model");
    }

    @Test
    void aFileOthersCanReadOrChangeLoadsWithAWarning() throws IOException {
        Path file = write("""
                {"tenants": [{"name": "alice", "keySha256": "%s", "models": ["demo"]}]}
                """.formatted(ABC));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(ApiKeys.load(file, BASE).permissionWarning())
                .contains(file + ": other users can read the keys file (rw-r--r--), so they can guess a weak key"
                        + " offline from its hash; run: chmod 600 " + file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r---w----"));
        assertThat(ApiKeys.load(file, BASE).permissionWarning())
                .contains(file + ": other users can change the keys file (r---w----), so they can add a tenant;"
                        + " run: chmod 400 " + file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
        assertThat(ApiKeys.load(file, BASE).permissionWarning())
                .contains(file + ": other users can read and change the keys file (rw-rw-rw-), so they can guess"
                        + " a weak key offline from its hash and add a tenant; run: chmod 600 " + file);
    }

    @Test
    void aFileThatIsNotThereOrNotJsonSaysSo() throws IOException {
        Path missing = temp.resolve("nope.json");
        assertThatThrownBy(() -> ApiKeys.load(missing, BASE))
                .isInstanceOf(ApiKeys.KeysFileException.class)
                .hasMessage(missing + ": cannot read: no such file");
        Path empty = write("  \n");
        assertThatThrownBy(() -> ApiKeys.load(empty, BASE)).hasMessage(empty + ": the file is empty");
        Path broken = write("{\"tenants\": [\n  {\"name\": \"alice\",,}]}");
        assertThatThrownBy(() -> ApiKeys.load(broken, BASE))
                .isInstanceOfSatisfying(ApiKeys.KeysFileException.class, e -> {
                    assertThat(e.getMessage()).startsWith(broken + ":2:20: Unexpected character (',' (code 44))");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.field()).isEmpty();
                });
        Path latin1 = temp.resolve("latin1.json");
        Files.write(latin1, new byte[] {'{', '"', (byte) 0xe9, '"', '}'});
        assertThatThrownBy(() -> ApiKeys.load(latin1, BASE)).hasMessage(latin1 + ": is not UTF-8 text");
    }

    @Test
    void theFileAndItsTenantsHaveTheirShape() throws IOException {
        assertFails("[]", "the file is a JSON object: {\"tenants\": [...]}", 1, 1, "");
        assertFails("{}", "missing; at least one tenant is needed", 1, 1, "tenants");
        assertFails("{\"tenants\": []}", "at least one tenant is needed", 1, 13, "tenants");
        assertFails(
                "{\"tenants\": {}}",
                "must be a list of tenants: [{\"name\": ..., \"keySha256\": ..., ...}]",
                1,
                13,
                "tenants");
        assertFails("{\"tenant\": []}", "unknown field; the file has one field, tenants", 1, 2, "tenant");
        assertFails(
                "{\"tenants\": [\"alice\"]}",
                "must be an object: {\"name\": ..., \"keySha256\": ..., \"models\": [...]}",
                1,
                14,
                "tenants[0]");
        assertFails(
                """
                {"tenants": [
                  {"name": "alice", "keySha256": "%s", "models": ["demo"], "model": "x"}
                ]}""".formatted(ABC),
                "unknown field; a tenant has name, keySha256, models, limits",
                2,
                122,
                "tenants[0].model");
        assertFails("""
                {"tenants": [
                  {"name": "alice", "name": "bob"}
                ]}""", "given twice", 2, 21, "tenants[0].name");
        assertFails("""
                {"tenants": [{"name": "alice", "keySha256": "%s", "models": ["demo"]}],
                 "tenants": []}""".formatted(ABC), "given twice", 2, 2, "tenants");
        assertFails(
                "{\"tenants\": [{\"name\": \"alice\", \"keySha256\": \"%s\", \"models\": [\"demo\"]}]} []"
                        .formatted(ABC),
                "more after the end of the file's object",
                1,
                135,
                "");
    }

    @Test
    void aTenantNeedsANameAKeyAndModels() throws IOException {
        assertFails("""
                {"tenants": [
                  {"keySha256": "%s", "models": ["demo"]}
                ]}""".formatted(ABC), "missing; the tenant's id, e.g. \"alice\"", 2, 3, "tenants[0].name");
        assertFails(
                """
                {"tenants": [
                  {"name": "alice", "models": ["demo"]}
                ]}""",
                "missing; the SHA-256 of the tenant's key: llama-ffm serve --hash-key",
                2,
                3,
                "tenants[0].keySha256");
        assertFails(
                """
                {"tenants": [
                  {"name": "alice", "keySha256": "%s"}
                ]}""".formatted(ABC),
                "missing; no model; name the models the tenant may use, or [\"*\"] for every model the server serves",
                2,
                3,
                "tenants[0].models");
    }

    @Test
    void aNameIsAnIdAndUnique() throws IOException {
        assertFails("""
                {"tenants": [
                  {"name": "alice smith", "keySha256": "%s", "models": ["demo"]}
                ]}""".formatted(ABC), "'alice smith' is not 1..64 of [A-Za-z0-9._-]", 2, 12, "tenants[0].name");
        assertFails("""
                {"tenants": [
                  {"name": 7, "keySha256": "%s", "models": ["demo"]}
                ]}""".formatted(ABC), "must be a string: the tenant's id, e.g. \"alice\"", 2, 12, "tenants[0].name");
        assertFails(
                """
                {"tenants": [
                  {"name": "alice", "keySha256": "%s", "models": ["demo"]},
                  {"name": "alice", "keySha256": "%s", "models": ["demo"]}
                ]}""".formatted(ABC, ApiKeys.hash("other")),
                "'alice' is also the name of tenants[0]",
                3,
                12,
                "tenants[1].name");
    }

    @Test
    void aKeyHashIsLowerCaseHexAndNoOtherTenantsAndNeverRepeated() throws IOException {
        assertFails(
                """
                {"tenants": [
                  {"name": "alice", "keySha256": "%s", "models": ["demo"]}
                ]}""".formatted(ABC.toUpperCase()),
                "has upper-case hex digits; write them in lower case, as llama-ffm serve --hash-key prints them",
                2,
                34,
                "tenants[0].keySha256");
        assertFails(
                """
                {"tenants": [
                  {"name": "alice", "keySha256": "sk-alice-0123456789", "models": ["demo"]}
                ]}""",
                "is not 64 lower-case hex digits (it has 19 characters); it is the SHA-256 of the key, never the key"
                        + " itself: llama-ffm serve --hash-key prints it from the key on stdin",
                2,
                34,
                "tenants[0].keySha256");
        assertFails(
                """
                {"tenants": [
                  {"name": "alice", "keySha256": "%s", "models": ["demo"]}
                ]}""".formatted("z" + ABC.substring(1)),
                "is not 64 lower-case hex digits (it has 64 characters, not all of them hex digits); it is the SHA-256"
                        + " of the key, never the key itself: llama-ffm serve --hash-key prints it from the key on"
                        + " stdin",
                2,
                34,
                "tenants[0].keySha256");
        assertFails(
                """
                {"tenants": [
                  {"name": "alice", "keySha256": "%s", "models": ["demo"]},
                  {"name": "bob", "keySha256": "%s", "models": ["demo"]}
                ]}""".formatted(ABC, ABC),
                "the same key as tenants[0] ('alice'); each tenant needs a key of its own",
                3,
                32,
                "tenants[1].keySha256");
    }

    @Test
    void modelsAreNamesOrAStarAlone() throws IOException {
        String tenant = """
                {"tenants": [
                  {"name": "alice", "keySha256": "%s", "models": %s}
                ]}""";
        assertFails(
                tenant.formatted(ABC, "[]"),
                "no model; name the models the tenant may use, or [\"*\"] for every model the server serves",
                2,
                112,
                "tenants[0].models");
        assertFails(
                tenant.formatted(ABC, "\"demo\""),
                "must be a list of model names, e.g. [\"demo\"], or [\"*\"] for every model",
                2,
                112,
                "tenants[0].models");
        assertFails(
                tenant.formatted(ABC, "[\"demo\", \"\"]"),
                "a model's name cannot be empty",
                2,
                121,
                "tenants[0].models[1]");
        assertFails(
                tenant.formatted(ABC, "[\"demo\", null]"),
                "must be a string: a model's name as the policy gives it",
                2,
                121,
                "tenants[0].models[1]");
        assertFails(
                tenant.formatted(ABC, "[\"demo\", \"demo\"]"),
                "'demo' is listed twice",
                2,
                121,
                "tenants[0].models[1]");
        assertFails(
                tenant.formatted(ABC, "[\"demo\", \"*\"]"),
                "\"*\" means every model the server serves, so it stands alone",
                2,
                121,
                "tenants[0].models[1]");
    }

    @Test
    void aLimitThatIsWrongIsReportedWhereItIs() throws IOException {
        String tenant = """
                {"tenants": [
                  {"name": "alice", "keySha256": "%s", "models": ["demo"],
                   "limits": %s}
                ]}""";
        assertFails(
                tenant.formatted(ABC, "{\"requestsPerMinute\": 10,\n    \"maxOutputTokenz\": 5}"),
                "unknown field; the limits are [deadlineMillis, generatedTokensPerMinute, maxConcurrentRequests,"
                        + " maxGrammarBytes, maxMemoryBytes, maxOutputTokens, maxPromptBytes, maxPromptTokens,"
                        + " promptTokensPerMinute, requestsPerMinute, sampling, specialTokenText]",
                4,
                5,
                "tenants[0].limits.maxOutputTokenz");
        assertFails(
                tenant.formatted(ABC, "{\"maxOutputTokens\": \"many\"}"),
                "Cannot deserialize value of type `java.lang.Integer` from String \"many\": not a valid"
                        + " `java.lang.Integer` value",
                3,
                34,
                "tenants[0].limits.maxOutputTokens");
        assertFails(
                tenant.formatted(ABC, "{\"sampling\": {\"maxTopKay\": 5}}"),
                "unknown field; the limits are [maxDryBreakers, maxDryLastN, maxLogitBias, maxMirostatM,"
                        + " maxPenaltyLastN, maxTopK]",
                3,
                28,
                "tenants[0].limits.sampling.maxTopKay");
        assertFails(
                tenant.formatted(ABC, "{\"requestsPerMinute\": 0}"),
                "tenant limits must all be >= 1",
                3,
                14,
                "tenants[0].limits");
        assertFails(
                tenant.formatted(ABC, "[]"),
                "must be an object of limits, e.g. {\"requestsPerMinute\": 60}",
                3,
                14,
                "tenants[0].limits");
    }
}
