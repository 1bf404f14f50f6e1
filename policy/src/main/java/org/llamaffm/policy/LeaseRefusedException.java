package org.llamaffm.policy;

import org.jspecify.annotations.Nullable;

/**
 * A worker pool refused a lease: the model is quarantined, the tenant is blocked, or no worker was ready
 * within the pool's wait. No worker was touched.
 */
public final class LeaseRefusedException extends PolicyException {

    /** Why the lease was refused. */
    public enum Reason {
        /** The model's workers kept dying with no one tenant to blame; an operator must clear it. */
        QUARANTINED,
        /** The tenant's requests killed workers too often; it is blocked for the ledger's window. */
        TENANT_BLOCKED,
        /**
         * Every worker is busy or still starting, and the pool's policy does not let a request wait (longer) for
         * one: try again later, as for a {@code BusyException}. The cause is the last start failure, if any.
         */
        NO_WORKER_READY
    }

    private final Reason reason;
    private final String model;
    private final @Nullable String tenant;

    public LeaseRefusedException(
            Reason reason, String model, @Nullable String tenant, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.model = model;
        this.tenant = tenant;
    }

    public Reason reason() {
        return reason;
    }

    /** The SHA-256 of the pool's model. */
    public String model() {
        return model;
    }

    /** The tenant that asked, or null. */
    public @Nullable String tenant() {
        return tenant;
    }
}
