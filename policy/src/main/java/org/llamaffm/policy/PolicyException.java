package org.llamaffm.policy;

/** The root of every policy denial: a request the sandbox refuses, with a reason code. Unchecked. */
public sealed abstract class PolicyException extends RuntimeException permits ModelRejectedException, UntrustedTextException,
        QuotaExceededException, BusyException, BudgetExceededException, SamplerRejectedException {

    PolicyException(String message, Throwable cause) {
        super(message, cause);
    }
}
