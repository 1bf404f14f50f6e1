package org.llamaffm.policy;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Something the sandbox did: every admission, denial (with its reason code), quota hit, busy
 * refusal, deadline abort and session open/close.
 *
 * @param type   what happened
 * @param tenant who it concerns (null for model admissions)
 * @param reason a reason code (a check, a quota), or empty
 * @param detail one line for a log
 * @param time   when
 */
public record SandboxEvent(Type type, @Nullable Tenant tenant, String reason, String detail, Instant time) {

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
        REQUEST_FAILED
    }
}
