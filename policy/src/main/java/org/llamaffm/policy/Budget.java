package org.llamaffm.policy;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A memory budget: bytes reserved against a cap, never past it, however many threads reserve at
 * once. The sandbox has one for everything it loads and one per tenant for its sessions.
 */
final class Budget {

    private final String name;
    private final String whose;
    private final long limit;
    private final AtomicLong reserved = new AtomicLong();

    /**
     * @param name  the reason code of a {@link SandboxEvent.Type#BUDGET_EXCEEDED} event
     * @param whose whose budget, for the message ({@code "the sandbox's"})
     * @param limit the cap in bytes; 0: no limit
     */
    Budget(String name, String whose, long limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("a memory budget is >= 0 bytes (0: no limit), was " + limit);
        }
        this.name = name;
        this.whose = whose;
        this.limit = limit;
    }

    /** The sandbox's budget for all models and sessions together. */
    static Budget global(long limit) {
        return new Budget("GLOBAL_MEMORY", "the sandbox's", limit);
    }

    /** A tenant's budget for its sessions. */
    static Budget tenant(Tenant tenant, long limit) {
        return new Budget("TENANT_MEMORY", "tenant " + tenant.id() + "'s", limit);
    }

    /**
     * Reserves {@code bytes}, or nothing.
     *
     * @throws BudgetExceededException when the reservation would take the total past the cap
     */
    void reserve(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("cannot reserve " + bytes + " bytes");
        }
        while (true) {
            long used = reserved.get();
            if (limit > 0 && used + bytes > limit) {
                throw new BudgetExceededException(whose, bytes, limit - used);
            }
            if (reserved.compareAndSet(used, used + bytes)) {
                return;
            }
        }
    }

    /** Gives back {@code bytes} of an earlier {@link #reserve}. */
    void release(long bytes) {
        reserved.addAndGet(-bytes);
    }

    /** Bytes reserved now. */
    long reserved() {
        return reserved.get();
    }

    /** The reason code of the event that reports this budget exceeded. */
    String name() {
        return name;
    }
}
