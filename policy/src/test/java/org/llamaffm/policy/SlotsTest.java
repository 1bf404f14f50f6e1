package org.llamaffm.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** {@link Slots} on its own: the bounded queue, and what a refused or interrupted request gives back. */
class SlotsTest {

    private static final Tenant TENANT = new Tenant("t");
    private final List<String> events = new CopyOnWriteArrayList<>();

    private static final Policy.TenantLimits LIMITS = new Policy.TenantLimits(
            2, 100, 1000, 1000, 64, Duration.ofSeconds(60), 4096, 512, UntrustedText.Mode.REJECT, 0, 16_384);

    private Slots slots(int maxConcurrentRequests, int queueCapacity) {
        return new Slots(
                new Policy.Limits(maxConcurrentRequests, queueCapacity, LIMITS, 0),
                (type, who, reason, detail) -> events.add(type + " " + who.id() + " " + reason));
    }

    @Test
    void pastTheQueueARequestIsBusyAtOnce() {
        Slots slots = slots(1, 0);
        Semaphore tenantSlots = new Semaphore(2, true);
        try (Slots.Slot running = slots.acquire(TENANT, LIMITS, tenantSlots)) {
            assertThatThrownBy(() -> slots.acquire(TENANT, LIMITS, tenantSlots))
                    .isInstanceOf(BusyException.class)
                    .hasMessage("busy: 1 requests running and 0 waiting; try again later");
            assertThat(events).containsExactly("BUSY t QUEUE_FULL");
            assertThat(slots.inFlight()).isEqualTo(1);
            assertThat(slots.running()).isEqualTo(1);
            assertThat(tenantSlots.availablePermits()).isEqualTo(1);
        }
        assertThat(slots.inFlight()).isZero();
        assertThat(slots.running()).isZero();
        assertThat(tenantSlots.availablePermits()).isEqualTo(2);
    }

    @Test
    void aRequestInterruptedWhileWaitingGivesBackItsPlaceAndItsTenantSlot() throws Exception {
        Slots slots = slots(1, 1);
        Semaphore tenantSlots = new Semaphore(2, true);
        Slots.Slot running = slots.acquire(TENANT, LIMITS, tenantSlots);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread waiting = new Thread(() -> {
            try {
                slots.acquire(TENANT, LIMITS, tenantSlots).close();
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        waiting.start();
        // once it holds the tenant's second slot it waits for the only global one, which `running` holds
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (tenantSlots.availablePermits() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(tenantSlots.availablePermits())
                .as("the waiting request holds a tenant slot")
                .isZero();
        waiting.interrupt();
        waiting.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(failure.get()).isInstanceOf(BusyException.class).hasMessage("interrupted while waiting for a slot");
        assertThat(slots.inFlight()).as("requests running or waiting").isEqualTo(1);
        assertThat(tenantSlots.availablePermits()).isEqualTo(1);
        running.close();
        assertThat(slots.inFlight()).isZero();
        assertThat(tenantSlots.availablePermits()).isEqualTo(2);
    }
}
