package org.llamaffm.gguf;

import java.nio.file.Path;

/**
 * GGUF files in pure Java: {@link #read(Path)} reads a file's header (metadata and tensor infos)
 * strictly and in bounded memory, without native code; {@link #writer()} writes files.
 *
 * <pre>{@code
 * GgufFile gguf = Gguf.read(Path.of("model.gguf"));
 * String arch = gguf.architecture().orElse("?");
 * long tensors = gguf.tensors().size();
 * }</pre>
 */
public final class Gguf {

    private Gguf() {}

    /**
     * Bounds on what a reader allocates.
     *
     * @param maxKeyBytes      longest metadata key
     * @param maxStringBytes   longest string value (chat templates are tens of KiB)
     * @param maxArrayLength   most elements in one array (vocabularies: a few 100k)
     * @param maxMetadataBytes all metadata together, as held in memory
     * @param maxAlignment     largest {@code general.alignment}
     */
    public record Limits(
            long maxKeyBytes, long maxStringBytes, long maxArrayLength, long maxMetadataBytes, long maxAlignment) {

        /** Generous enough for every published model, small enough that a hostile header cannot exhaust a JVM. */
        public static final Limits DEFAULT = new Limits(65_535, 16L << 20, 16L << 20, 512L << 20, 1L << 20);

        public Limits {
            if (maxKeyBytes < 1
                    || maxStringBytes < 1
                    || maxArrayLength < 1
                    || maxMetadataBytes < 1
                    || maxAlignment < 1) {
                throw new IllegalArgumentException("limits must be positive");
            }
        }
    }

    /**
     * Reads a GGUF file's header with {@link Limits#DEFAULT}.
     *
     * @throws GgufException naming the offset and field of the first problem
     */
    public static GgufFile read(Path file) {
        return read(file, Limits.DEFAULT);
    }

    /**
     * Reads a GGUF file's header within {@code limits}.
     *
     * @throws GgufException naming the offset and field of the first problem
     */
    public static GgufFile read(Path file, Limits limits) {
        return GgufParser.read(file, limits);
    }

    /** A writer for a new GGUF file. */
    public static GgufWriter writer() {
        return new GgufWriter();
    }
}
