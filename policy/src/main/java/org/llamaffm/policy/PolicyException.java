package org.llamaffm.policy;

import org.jspecify.annotations.Nullable;

/**
 * The root of every policy error: a request the sandbox refuses, with a reason code, or a policy
 * file that cannot be used ({@link Policy.PolicyFileException}). Unchecked. The bindings' own
 * failures (a {@link org.llamaffm.LlamaException}, e.g. llama.cpp failing to load an admitted file)
 * reach the caller as they are.
 */
public abstract sealed class PolicyException extends RuntimeException
        permits AdmissionDeniedException,
                ModelRejectedException,
                UntrustedTextException,
                QuotaExceededException,
                BusyException,
                BudgetExceededException,
                SamplerRejectedException,
                WorkerException,
                LeaseRefusedException,
                Policy.PolicyFileException {

    PolicyException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
