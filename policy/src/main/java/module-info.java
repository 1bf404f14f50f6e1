/**
 * The llama-ffm sandbox policy layer. Uses the {@code org.llamaffm} API only: no FFM here.
 */
module org.llamaffm.policy {
    requires static org.jspecify;
    requires transitive org.llamaffm;
    requires com.fasterxml.jackson.databind;
    requires io.github.bucket4j.core;

    exports org.llamaffm.policy;
    // The worker processes: Sandbox and Session will be their API; until then the CLI drives them directly.
    exports org.llamaffm.policy.worker to
            org.llamaffm.cli;

    opens org.llamaffm.policy.internal to
            com.fasterxml.jackson.databind;
}
