/**
 * llama-ffm: Java bindings over llama.cpp / ggml on the Foreign Function &amp; Memory API.
 *
 * <p>Only {@code org.llamaffm} is exported. The loader and the FFM downcalls are internal. This
 * module calls restricted methods, so run with {@code --enable-native-access=org.llamaffm}
 * (or {@code ALL-UNNAMED} on the class path).
 */
module org.llamaffm {
    requires transitive org.llamaffm.gguf;
    requires com.fasterxml.jackson.databind;

    exports org.llamaffm;
}
