/**
 * The llama-ffm sandbox policy layer: admission, budgets, quotas and sessions, and the worker processes that
 * models run in ({@code org.llamaffm.policy.worker}, whose lockdown calls the C library through FFM).
 */
module org.llamaffm.policy {
    requires static org.jspecify;
    requires transitive org.llamaffm;
    requires com.fasterxml.jackson.databind;
    requires io.github.bucket4j.core;
    requires jdk.unsupported; // sun.misc.Signal: a worker leaves Ctrl-C to its host

    exports org.llamaffm.policy;
    // The worker processes: Sandbox and Session are their API; the CLI also drives them directly.
    exports org.llamaffm.policy.worker to
            org.llamaffm.cli;

    opens org.llamaffm.policy.internal to
            com.fasterxml.jackson.databind;
}
