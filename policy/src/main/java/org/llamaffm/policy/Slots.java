package org.llamaffm.policy;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sandbox's concurrency: each running request holds a slot of its tenant and a global one,
 * taken in a fair queue of bounded length; past the queue a request is {@link BusyException busy}.
 */
final class Slots {

    private final Policy.Limits limits;
    private final EventSink events;
    private final Semaphore global;
    /** Requests running or waiting for a slot. */
    private final AtomicInteger inFlight = new AtomicInteger();
    /** Requests holding their slots. */
    private final AtomicInteger running = new AtomicInteger();

    Slots(Policy.Limits limits, EventSink events) {
        this.limits = limits;
        this.events = events;
        this.global = new Semaphore(limits.maxConcurrentRequests(), true);
    }

    /** A running request's hold on its tenant's and the global concurrency slots. */
    final class Slot implements AutoCloseable {
        private final Semaphore tenantSlots;

        private Slot(Semaphore tenantSlots) {
            this.tenantSlots = tenantSlots;
        }

        @Override
        public void close() {
            global.release();
            tenantSlots.release();
            running.decrementAndGet();
            inFlight.decrementAndGet();
        }
    }

    /**
     * Takes one of {@code tenantSlots}, then a global slot, each waited for at most the tenant's deadline.
     *
     * @param own the tenant's limits (its deadline, its concurrency)
     * @throws BusyException when the queue is full or no slot came free in time
     */
    Slot acquire(Tenant tenant, Policy.TenantLimits own, Semaphore tenantSlots) {
        int limit = limits.maxConcurrentRequests() + limits.queueCapacity();
        if (inFlight.incrementAndGet() > limit) {
            inFlight.decrementAndGet();
            events.event(SandboxEvent.Type.BUSY, tenant, "QUEUE_FULL", "all slots busy and the queue is full");
            throw new BusyException("busy: " + limits.maxConcurrentRequests() + " requests running and "
                    + limits.queueCapacity() + " waiting; try again later");
        }
        long waitMillis = own.deadline().toMillis();
        boolean tenantSlot = false;
        Slot slot = null;
        try {
            tenantSlot = tenantSlots.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
            if (!tenantSlot) {
                events.event(SandboxEvent.Type.BUSY, tenant, "TENANT_BUSY", "the tenant's slots stayed busy");
                throw new BusyException(
                        "busy: tenant " + tenant.id() + " already runs " + own.maxConcurrentRequests() + " requests");
            }
            if (!global.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                events.event(SandboxEvent.Type.BUSY, tenant, "GLOBAL_BUSY", "no global slot in time");
                throw new BusyException("busy: no free slot");
            }
            slot = new Slot(tenantSlots);
            running.incrementAndGet();
            return slot;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException("interrupted while waiting for a slot");
        } finally {
            if (slot
                    == null) { // refused, interrupted or failed: give back the place in the queue and the tenant's slot
                if (tenantSlot) {
                    tenantSlots.release();
                }
                inFlight.decrementAndGet();
            }
        }
    }

    /** Requests running or waiting for a slot now. */
    int inFlight() {
        return inFlight.get();
    }

    /** Requests holding their slots now. */
    int running() {
        return running.get();
    }
}
