/**
 * {@code llama-ffm serve}: an OpenAI-compatible HTTP server over the sandbox, on the JDK's own HTTP server. API keys
 * (stored as SHA-256 hashes) are tenants; every request runs through a policy {@code Session}.
 */
module org.llamaffm.server {
    requires static org.jspecify;
    requires transitive org.llamaffm.policy;
    requires jdk.httpserver;
    requires java.logging;
    requires com.fasterxml.jackson.databind;
    requires io.prometheus.metrics.core;
    requires io.prometheus.metrics.model;
    requires io.prometheus.writer.text;

    exports org.llamaffm.server;
}
