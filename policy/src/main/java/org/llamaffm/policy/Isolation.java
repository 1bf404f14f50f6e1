package org.llamaffm.policy;

/** Where a model runs: in the host's own process, or in a worker process of its own that may die. */
public enum Isolation {
    /** In this JVM: for trusted models; an abort in llama.cpp ends the host. */
    IN_PROCESS,
    /** In a worker process ({@code org.llamaffm.policy.worker}): a crash or hang ends only the worker. */
    WORKER
}
