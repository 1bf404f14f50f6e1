package org.llamaffm.policy.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llamaffm.policy.worker.CrashLedger.EventType;
import org.llamaffm.policy.worker.CrashLedger.Stage;

/** Who a crash is charged to, when a tenant is blocked and a model quarantined, and when that ends. */
class CrashLedgerTest {

    private static final String MODEL = "a".repeat(64);
    private static final String OTHER_MODEL = "b".repeat(64);

    private Instant now = Instant.parse("2025-01-01T00:00:00Z");
    private final InstantSource clock = () -> now;
    private final List<CrashLedger.Event> events = new ArrayList<>();
    private CrashLedger ledger;

    @BeforeEach
    void newLedger() {
        ledger = new CrashLedger(CrashLedger.Rules.defaults(), clock);
        ledger.addListener(events::add);
    }

    private void advance(Duration d) {
        now = now.plus(d);
    }

    private CrashLedger.Outcome requestCrash(String model, String tenant) {
        return ledger.record(model, Stage.REQUEST, tenant, Set.of(tenant), "signal 6, SIGABRT");
    }

    private List<EventType> types() {
        return events.stream().map(CrashLedger.Event::type).toList();
    }

    @Test
    void oneTenantCannotGetAModelQuarantinedHoweverOftenItCrashesIt() {
        for (int i = 0; i < 100; i++) {
            CrashLedger.Outcome outcome = requestCrash(MODEL, "A");
            assertThat(outcome.chargedTo()).containsExactly("A");
            assertThat(outcome.quarantined()).isFalse();
            advance(Duration.ofSeconds(1));
        }
        assertThat(ledger.isTenantBlocked("A")).isTrue();
        assertThat(ledger.isQuarantined(MODEL)).isFalse();
        assertThat(ledger.isTenantBlocked("B")).isFalse();
        assertThat(types()).doesNotContain(EventType.MODEL_QUARANTINED);
        assertThat(types().stream().filter(EventType.TENANT_BLOCKED::equals)).hasSize(1);
        assertThat(types().stream().filter(EventType.WORKER_CRASHED::equals)).hasSize(100);
    }

    @Test
    void aTenantIsBlockedAtItsThirdCrashInTheWindowAndTheEventSaysWhy() {
        assertThat(requestCrash(MODEL, "A").blocked()).isEmpty();
        advance(Duration.ofMinutes(4));
        assertThat(requestCrash(MODEL, "A").blocked()).isEmpty();
        advance(Duration.ofMinutes(4));
        assertThat(ledger.isTenantBlocked("A")).isFalse();
        assertThat(requestCrash(MODEL, "A").blocked()).containsExactly("A");
        assertThat(ledger.isTenantBlocked("A")).isTrue();
        assertThat(ledger.blockedTenants()).containsExactly("A");

        CrashLedger.Event blocked = events.getLast();
        assertThat(blocked.type()).isEqualTo(EventType.TENANT_BLOCKED);
        assertThat(blocked.tenant()).isEqualTo("A");
        assertThat(blocked.model()).isEqualTo(MODEL);
        assertThat(blocked.crash()).isNotNull();
        assertThat(blocked.crash().stage()).isEqualTo(Stage.REQUEST);
        assertThat(blocked.detail())
                .isEqualTo("tenant A is blocked: 3 worker crashes within PT10M followed its requests");
        CrashLedger.Event crashed = events.get(events.size() - 2);
        assertThat(crashed.type()).isEqualTo(EventType.WORKER_CRASHED);
        assertThat(crashed.detail())
                .isEqualTo("a worker of model " + MODEL + " crashed at REQUEST during a request of tenant A:"
                        + " signal 6, SIGABRT");
    }

    @Test
    void crashesSpreadWiderThanTheWindowNeverBlock() {
        for (int i = 0; i < 10; i++) {
            requestCrash(MODEL, "A");
            advance(Duration.ofMinutes(5).plusSeconds(1)); // at most two in any 10 minutes
        }
        assertThat(ledger.isTenantBlocked("A")).isFalse();
        assertThat(types()).containsOnly(EventType.WORKER_CRASHED);
    }

    @Test
    void aBlockLiftsWhenTheWindowNoLongerHoldsEnoughCrashes() {
        requestCrash(MODEL, "A");
        advance(Duration.ofMinutes(1));
        requestCrash(MODEL, "A");
        requestCrash(MODEL, "A");
        assertThat(ledger.isTenantBlocked("A")).isTrue();

        advance(Duration.ofMinutes(9).minusMillis(1)); // the first crash is 10 min - 1 ms old: still in
        assertThat(ledger.isTenantBlocked("A")).isTrue();
        advance(Duration.ofMillis(1)); // exactly 10 min: out
        assertThat(ledger.isTenantBlocked("A")).isFalse();
        assertThat(events.getLast().type()).isEqualTo(EventType.TENANT_UNBLOCKED);
        assertThat(events.getLast().tenant()).isEqualTo("A");

        requestCrash(MODEL, "A"); // two left in the window and this one: blocked again
        assertThat(ledger.isTenantBlocked("A")).isTrue();
    }

    @Test
    void theOperatorClearsATenantAndItsOldCrashesAreForgotten() {
        for (int i = 0; i < 3; i++) {
            requestCrash(MODEL, "A");
        }
        ledger.clearTenant("A");
        assertThat(ledger.isTenantBlocked("A")).isFalse();
        assertThat(events.getLast().type()).isEqualTo(EventType.TENANT_CLEARED);
        assertThat(events.getLast().detail()).isEqualTo("tenant A was unblocked by the operator");
        requestCrash(MODEL, "A");
        requestCrash(MODEL, "A");
        assertThat(ledger.isTenantBlocked("A")).isFalse();
        requestCrash(MODEL, "A");
        assertThat(ledger.isTenantBlocked("A")).isTrue();
        // forgiven crashes do not go back to the model
        assertThat(ledger.isQuarantined(MODEL)).isFalse();
    }

    @Test
    void aTenantsCrashesOnDifferentModelsAddUp() {
        requestCrash(MODEL, "A");
        requestCrash(OTHER_MODEL, "A");
        requestCrash(MODEL, "A");
        assertThat(ledger.isTenantBlocked("A")).isTrue();
        assertThat(ledger.quarantinedModels()).isEmpty();
    }

    @Test
    void crashesAtLoadQuarantineTheModelUntilTheOperatorClearsIt() {
        ledger.record(MODEL, Stage.LOAD, null, Set.of(), "exit code 134");
        ledger.record(MODEL, Stage.LOAD, null, Set.of(), "exit code 134");
        assertThat(ledger.isQuarantined(MODEL)).isFalse();
        CrashLedger.Outcome third = ledger.record(MODEL, Stage.LOAD, null, Set.of(), "exit code 134");
        assertThat(third.quarantined()).isTrue();
        assertThat(third.chargedTo()).isEmpty();
        assertThat(ledger.isQuarantined(MODEL)).isTrue();
        assertThat(ledger.isQuarantined(OTHER_MODEL)).isFalse();
        CrashLedger.Event quarantined = events.getLast();
        assertThat(quarantined.type()).isEqualTo(EventType.MODEL_QUARANTINED);
        assertThat(quarantined.model()).isEqualTo(MODEL);
        assertThat(quarantined.tenant()).isNull();

        advance(Duration.ofDays(30)); // a quarantine does not expire
        assertThat(ledger.isQuarantined(MODEL)).isTrue();
        assertThat(ledger.crashes()).isEmpty(); // the crashes themselves are forgotten after the window

        ledger.clearQuarantine(MODEL);
        assertThat(ledger.isQuarantined(MODEL)).isFalse();
        assertThat(events.getLast().type()).isEqualTo(EventType.QUARANTINE_CLEARED);
    }

    @Test
    void afterAClearItTakesNNewCrashesToQuarantineAgain() {
        for (int i = 0; i < 3; i++) {
            ledger.record(MODEL, Stage.WARM_UP, null, Set.of(), "signal 11, SIGSEGV");
        }
        ledger.clearQuarantine(MODEL);
        ledger.record(MODEL, Stage.IDLE, null, Set.of(), "ping");
        ledger.record(MODEL, Stage.IDLE, null, Set.of(), "ping");
        assertThat(ledger.isQuarantined(MODEL)).isFalse();
        ledger.record(MODEL, Stage.IDLE, null, Set.of(), "ping");
        assertThat(ledger.isQuarantined(MODEL)).isTrue();
    }

    @Test
    void loadWarmUpAndIdleCrashesAllCountAgainstTheModelAndNoTenant() {
        ledger.record(MODEL, Stage.LOAD, null, Set.of(), "load");
        ledger.record(MODEL, Stage.WARM_UP, null, Set.of(), "warm-up");
        ledger.record(MODEL, Stage.IDLE, null, Set.of(), "idle");
        assertThat(ledger.isQuarantined(MODEL)).isTrue();
        assertThat(ledger.blockedTenants()).isEmpty();
    }

    @Test
    void modelCrashesOutsideTheWindowDoNotQuarantine() {
        ledger.record(MODEL, Stage.LOAD, null, Set.of(), "load");
        ledger.record(MODEL, Stage.LOAD, null, Set.of(), "load");
        advance(Duration.ofMinutes(10));
        ledger.record(MODEL, Stage.LOAD, null, Set.of(), "load");
        assertThat(ledger.isQuarantined(MODEL)).isFalse();
    }

    @Test
    void crashesOfThreeDifferentTenantsQuarantineTheModelAndEachIsChargedItsOwn() {
        requestCrash(MODEL, "A");
        advance(Duration.ofMinutes(1));
        requestCrash(MODEL, "A"); // A twice: still one tenant
        requestCrash(OTHER_MODEL, "C"); // another model's crash does not count
        CrashLedger.Outcome second = requestCrash(MODEL, "B");
        assertThat(second.quarantined()).isFalse();
        CrashLedger.Outcome third = requestCrash(MODEL, "D");
        assertThat(third.chargedTo()).containsExactly("D");
        assertThat(third.quarantined()).isTrue();
        assertThat(ledger.blockedTenants()).isEmpty();
        assertThat(events)
                .filteredOn(e -> e.type() == EventType.MODEL_QUARANTINED)
                .singleElement()
                .satisfies(e -> assertThat(e.detail())
                        .isEqualTo("model " + MODEL + " is quarantined: its workers crashed under 3 different tenants"
                                + " within PT10M (A, B, D)"));
        assertThatThrownBy(() -> new CrashLedger.Rules(3, Duration.ofMinutes(1), 3, Duration.ofMinutes(1), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one tenant must never get a model quarantined");
    }

    @Test
    void crashesOfDifferentTenantsSpreadWiderThanTheWindowDoNotQuarantine() {
        requestCrash(MODEL, "A");
        advance(Duration.ofMinutes(6));
        requestCrash(MODEL, "B");
        advance(Duration.ofMinutes(6)); // A's is out of the window now
        assertThat(requestCrash(MODEL, "C").quarantined()).isFalse();
    }

    @Test
    void crashesUnderSeveralTenantsWithNoCommonOneQuarantineAndBlockNoOne() {
        ledger.record(MODEL, Stage.REQUEST, "A", Set.of("A", "B"), "abort");
        ledger.record(MODEL, Stage.REQUEST, "B", Set.of("B", "C"), "abort");
        CrashLedger.Outcome third = ledger.record(MODEL, Stage.REQUEST, "C", Set.of("C", "A"), "abort");
        assertThat(third.chargedTo()).isEmpty();
        assertThat(third.quarantined()).isTrue();
        assertThat(ledger.blockedTenants()).isEmpty();
    }

    @Test
    void crashesUnderSeveralTenantsThatAllIncludeOneAreChargedToIt() {
        // A shares a worker with a different tenant each time: the crashes follow A, not the model
        ledger.record(MODEL, Stage.REQUEST, "A", Set.of("A", "B"), "abort");
        ledger.record(MODEL, Stage.REQUEST, "C", Set.of("A", "C"), "abort");
        CrashLedger.Outcome third = ledger.record(MODEL, Stage.REQUEST, "A", Set.of("A", "D"), "abort");
        assertThat(third.chargedTo()).containsExactly("A");
        assertThat(third.blocked()).containsExactly("A");
        assertThat(third.quarantined()).isFalse();
        assertThat(ledger.blockedTenants()).containsExactly("A");

        // those crashes are A's now: two more under other tenants do not make three against the model
        ledger.record(MODEL, Stage.REQUEST, "B", Set.of("B", "C"), "abort");
        ledger.record(MODEL, Stage.REQUEST, "C", Set.of("C", "D"), "abort");
        assertThat(ledger.isQuarantined(MODEL)).isFalse();
        ledger.record(MODEL, Stage.REQUEST, "D", Set.of("D", "B"), "abort");
        assertThat(ledger.isQuarantined(MODEL)).isTrue();
    }

    @Test
    void aRequestWithoutATenantCountsAgainstTheModel() {
        for (int i = 0; i < 3; i++) {
            assertThat(ledger.record(MODEL, Stage.REQUEST, null, Set.of(), "abort")
                            .chargedTo())
                    .isEmpty();
        }
        assertThat(ledger.isQuarantined(MODEL)).isTrue();
    }

    @Test
    void theTenantInFlightIsTheSuspectEvenWhenTheRequestsTenantIsNotNamed() {
        for (int i = 0; i < 3; i++) {
            ledger.record(MODEL, Stage.REQUEST, null, Set.of("A"), "abort");
        }
        assertThat(ledger.isTenantBlocked("A")).isTrue();
        assertThat(ledger.isQuarantined(MODEL)).isFalse();
    }

    @Test
    void theRulesAreConfigurable() {
        CrashLedger strict =
                new CrashLedger(new CrashLedger.Rules(1, Duration.ofHours(1), 5, Duration.ofSeconds(30)), clock);
        strict.record(MODEL, Stage.REQUEST, "A", Set.of("A"), "abort");
        assertThat(strict.isTenantBlocked("A")).isTrue();
        for (int i = 0; i < 4; i++) {
            strict.record(MODEL, Stage.LOAD, null, Set.of(), "load");
        }
        assertThat(strict.isQuarantined(MODEL)).isFalse();
        strict.record(MODEL, Stage.LOAD, null, Set.of(), "load");
        assertThat(strict.isQuarantined(MODEL)).isTrue();

        assertThatThrownBy(() -> new CrashLedger.Rules(0, Duration.ofMinutes(1), 3, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tenantCrashes and modelCrashes must be at least 1, were 0 and 3");
        assertThatThrownBy(() -> new CrashLedger.Rules(3, Duration.ZERO, 3, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the windows must be positive, were PT0S and PT1M");
    }

    @Test
    void aFailingListenerDoesNotStopTheLedgerOrTheOtherListeners() {
        CrashLedger l = new CrashLedger(CrashLedger.Rules.defaults(), clock);
        List<EventType> seen = new ArrayList<>();
        l.addListener(e -> {
            throw new IllegalStateException("broken listener");
        });
        l.addListener(e -> seen.add(e.type()));
        for (int i = 0; i < 3; i++) {
            l.record(MODEL, Stage.REQUEST, "A", Set.of("A"), "abort");
        }
        assertThat(seen)
                .containsExactly(
                        EventType.WORKER_CRASHED,
                        EventType.WORKER_CRASHED,
                        EventType.WORKER_CRASHED,
                        EventType.TENANT_BLOCKED);
    }
}
