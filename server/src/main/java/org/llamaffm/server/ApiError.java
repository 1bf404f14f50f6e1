package org.llamaffm.server;

import org.jspecify.annotations.Nullable;
import org.llamaffm.ChatException;
import org.llamaffm.ChatInputException;
import org.llamaffm.EmbeddingException;
import org.llamaffm.GrammarException;
import org.llamaffm.LlamaException;
import org.llamaffm.policy.BudgetExceededException;
import org.llamaffm.policy.BusyException;
import org.llamaffm.policy.LeaseRefusedException;
import org.llamaffm.policy.QuotaExceededException;
import org.llamaffm.policy.SamplerRejectedException;
import org.llamaffm.policy.UntrustedTextException;
import org.llamaffm.policy.WorkerException;

/**
 * A request the server answers with an error, in OpenAI's shape: {@code {"error": {"message", "type", "param",
 * "code"}}}, with its HTTP status and, for 429 and 503, a {@code Retry-After}. {@link #of(RuntimeException)} maps
 * the sandbox's typed refusals to it, so that no refusal is a 500.
 */
final class ApiError extends RuntimeException {

    private final int status;
    private final String type;
    private final String code;
    private final @Nullable String param;
    private final long retryAfterSeconds;

    private ApiError(int status, String type, String code, @Nullable String param, String message, long retryAfter) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.code = code;
        this.param = param;
        this.retryAfterSeconds = retryAfter;
    }

    /** 400: a request the server cannot run as it is; {@code param} names the field. */
    static ApiError invalid(@Nullable String param, String message) {
        return new ApiError(400, "invalid_request_error", "invalid_request", param, message, 0);
    }

    /** 400 with a code of its own (e.g. {@code special_token_text}). */
    static ApiError invalid(String code, @Nullable String param, String message) {
        return new ApiError(400, "invalid_request_error", code, param, message, 0);
    }

    static ApiError unauthorized() {
        return new ApiError(
                401,
                "authentication_error",
                "invalid_api_key",
                null,
                "a valid API key is needed: send it as 'Authorization: Bearer <key>'",
                0);
    }

    /**
     * 404 for a model the server does not serve and for one the tenant may not use alike, as OpenAI does: a tenant
     * learns nothing of the models of others.
     */
    static ApiError modelNotFound(String model) {
        return new ApiError(
                404,
                "invalid_request_error",
                "model_not_found",
                "model",
                "the model '" + model + "' does not exist or you do not have access to it",
                0);
    }

    static ApiError notFound(String what) {
        return new ApiError(404, "invalid_request_error", "not_found", null, what, 0);
    }

    static ApiError methodNotAllowed(String method, String path) {
        return new ApiError(
                405, "invalid_request_error", "method_not_allowed", null, method + " " + path + " is not served", 0);
    }

    static ApiError tooLarge(long max) {
        return new ApiError(
                413,
                "invalid_request_error",
                "request_too_large",
                null,
                "the request body is over " + max + " bytes",
                0);
    }

    /** 429: the tenant's sessions are all busy. */
    static ApiError busy(String message) {
        return new ApiError(429, "rate_limit_error", "busy", null, message, 1);
    }

    /** 503 while the server drains its requests before it stops. */
    static ApiError draining() {
        return new ApiError(503, "server_error", "shutting_down", null, "the server is shutting down", 5);
    }

    /** The error a sandbox refusal or an engine failure is, or null for a bug (answered with a 500). */
    static @Nullable ApiError of(RuntimeException e) {
        return switch (e) {
            case ApiError api -> api;
            case QuotaExceededException q ->
                new ApiError(
                        429,
                        "rate_limit_error",
                        "rate_limited",
                        null,
                        e.getMessage(),
                        Math.max(1, (q.retryAfterMillis() + 999) / 1000));
            case BusyException b -> new ApiError(429, "rate_limit_error", "busy", null, e.getMessage(), 1);
            case BudgetExceededException b ->
                new ApiError(429, "rate_limit_error", "memory_budget", null, e.getMessage(), 5);
            case UntrustedTextException u ->
                invalid(u.reason().name().toLowerCase(java.util.Locale.ROOT), null, e.getMessage());
            case SamplerRejectedException s -> invalid("sampling_limit", null, e.getMessage());
            case LeaseRefusedException l ->
                switch (l.reason()) {
                    case QUARANTINED ->
                        new ApiError(503, "server_error", "model_quarantined", null, e.getMessage(), 60);
                    case TENANT_BLOCKED ->
                        new ApiError(403, "permission_error", "tenant_blocked", null, e.getMessage(), 0);
                    case NO_WORKER_READY ->
                        new ApiError(429, "rate_limit_error", "no_worker_ready", null, e.getMessage(), 1);
                };
            case WorkerException w -> worker(w);
            case EmbeddingException x -> invalid("embeddings_unsupported", null, e.getMessage());
            case GrammarException x -> invalid("invalid_grammar", null, e.getMessage());
            case ChatInputException x -> invalid("invalid_messages", "messages", e.getMessage());
            // the model's template refused the conversation (e.g. roles that do not alternate), or is not one
            case ChatException x -> invalid("template_error", "messages", e.getMessage());
            case LlamaException x -> new ApiError(502, "server_error", "engine_error", null, e.getMessage(), 0);
            case IllegalArgumentException x -> invalid(null, e.getMessage());
            default -> null;
        };
    }

    private static ApiError worker(WorkerException w) {
        UntrustedTextException untrusted = w.untrustedText();
        if (untrusted != null) {
            return of(untrusted);
        }
        return switch (w.reason()) {
            case TIMED_OUT -> new ApiError(504, "server_error", "deadline_exceeded", null, w.getMessage(), 0);
            case REQUEST_FAILED ->
                switch (w.remoteType()) {
                    case "EmbeddingException" -> invalid("embeddings_unsupported", null, w.getMessage());
                    case "ChatException" -> invalid("template_error", "messages", w.getMessage());
                    // what the worker checked of the request (e.g. a prompt longer than the context)
                    case "IllegalArgumentException" -> invalid(null, w.getMessage());
                    default -> new ApiError(502, "server_error", "engine_error", null, w.getMessage(), 0);
                };
            case DIED -> new ApiError(502, "server_error", "worker_died", null, w.getMessage(), 0);
            case START_FAILED -> new ApiError(502, "server_error", "worker_start_failed", null, w.getMessage(), 1);
            case PROTOCOL -> new ApiError(502, "server_error", "worker_protocol", null, w.getMessage(), 0);
        };
    }

    /** 500: a bug of the server; the message names the request, whose log line has the error. */
    static ApiError internal(String requestId) {
        return new ApiError(
                500, "server_error", "internal_error", null, "internal error (request " + requestId + ")", 0);
    }

    /** 504: the request ran past its tenant's deadline. */
    static ApiError deadline(long millis) {
        return new ApiError(
                504,
                "server_error",
                "deadline_exceeded",
                null,
                "the request ran past its deadline of " + millis + " ms",
                0);
    }

    int status() {
        return status;
    }

    String type() {
        return type;
    }

    /** The machine-readable reason; also the outcome label of the request in the metrics and the log. */
    String code() {
        return code;
    }

    @Nullable
    String param() {
        return param;
    }

    /** Seconds to send as {@code Retry-After}; 0: none. */
    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
