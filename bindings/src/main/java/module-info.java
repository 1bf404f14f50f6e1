/**
 * llama-ffm: Java bindings over llama.cpp / ggml on the Foreign Function &amp; Memory API.
 *
 * <p>Exported: {@code org.llamaffm} (models, contexts, sampling, generation), {@code org.llamaffm.chat}
 * (chat templates, tools, structured output) and {@code org.llamaffm.embed} (embeddings, reranking). The
 * loader, the FFM downcalls and what the packages share ({@code org.llamaffm.internal}) are not exported. This
 * module calls restricted methods, so run with {@code --enable-native-access=org.llamaffm}
 * (or {@code ALL-UNNAMED} on the class path).
 */
module org.llamaffm {
    requires static org.jspecify;
    requires transitive org.llamaffm.gguf;
    requires com.fasterxml.jackson.databind;

    exports org.llamaffm;
    exports org.llamaffm.chat;
    exports org.llamaffm.embed;
}
