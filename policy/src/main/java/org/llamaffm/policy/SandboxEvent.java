package org.llamaffm.policy;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Something the sandbox did: every admission, denial (with its reason code), quota hit, busy
 * refusal, deadline abort, session open/close, worker crash, blocked tenant and quarantined model.
 *
 * @param type   what happened
 * @param tenant who it concerns (null for model admissions)
 * @param model  the name of the model it concerns (a worker's start or crash, a quarantine, a request's end), or
 *               empty
 * @param reason a reason code (a check, a quota), or empty
 * @param detail one line for a log
 * @param time   when
 */
public record SandboxEvent(
        Type type, @Nullable Tenant tenant, String model, String reason, String detail, Instant time) {

    /** The kinds of events. */
    public enum Type {
        MODEL_ADMITTED,
        MODEL_DENIED,
        SESSION_OPENED,
        SESSION_CLOSED,
        REQUEST_DONE,
        REQUEST_DENIED,
        QUOTA_EXCEEDED,
        BUSY,
        DEADLINE_ABORT,
        BUDGET_EXCEEDED,
        /** A request that llama.cpp failed while it ran (reason: the exception's type); the caller got that exception. */
        REQUEST_FAILED,
        /** A worker process is ready for requests (reason PRESTARTED, or REPLACEMENT after one died). */
        WORKER_STARTED,
        /** A worker process died (reason: where it was: LOAD, WARM_UP, IDLE, REQUEST); its requests failed. */
        WORKER_CRASHED,
        /** A tenant's requests killed workers too often: its requests are refused ({@code TENANT_BLOCKED}). */
        TENANT_BLOCKED,
        /** A blocked tenant may send requests again (its window moved on, or an operator cleared it). */
        TENANT_UNBLOCKED,
        /** A model's workers kept dying with no one tenant to blame: it is refused ({@code QUARANTINED}). */
        MODEL_QUARANTINED,
        /** An operator cleared a model's quarantine. */
        QUARANTINE_CLEARED
    }
}
