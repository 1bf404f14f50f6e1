/**
 * The GGUF file format in pure Java: {@link org.llamaffm.gguf.Gguf} reads a file's header, metadata
 * and tensor table within limits, and writes new files; {@link org.llamaffm.gguf.GgmlType} is ggml's
 * type table. Nothing here loads a native library, so the policy's validator and {@code llama-ffm
 * inspect} read untrusted files with it before any native code sees them.
 */
module org.llamaffm.gguf {
    requires static org.jspecify;

    exports org.llamaffm.gguf;
}
