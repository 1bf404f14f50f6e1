package org.llamaffm.gguf;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;

/**
 * What a GGUF file says about itself: version, metadata in file order, tensor infos in file
 * order, and where the tensor data starts. Read with {@link Gguf#read(Path)}; nothing of the
 * tensor data is read.
 *
 * @param file       the file read
 * @param version    GGUF version (2 or 3)
 * @param metadata   key -> value, in file order
 * @param tensors    tensor infos, in file order
 * @param alignment  data alignment ({@code general.alignment}, default 32)
 * @param dataOffset absolute file offset of the tensor data section
 * @param fileSize   the file's size in bytes
 */
public record GgufFile(
        Path file,
        int version,
        SequencedMap<String, GgufValue> metadata,
        List<GgufTensorInfo> tensors,
        long alignment,
        long dataOffset,
        long fileSize) {

    public GgufFile {
        metadata = java.util.Collections.unmodifiableSequencedMap(new java.util.LinkedHashMap<>(metadata));
        tensors = List.copyOf(tensors);
    }

    public Optional<GgufValue> get(String key) {
        return Optional.ofNullable(metadata.get(key));
    }

    /** A string value, if the key is present and a string. */
    public Optional<String> getString(String key) {
        return get(key).filter(v -> v.type() == GgufType.STRING).map(GgufValue::asString);
    }

    /** An integer value of any integer type, if present. */
    public Optional<Long> getLong(String key) {
        return get(key).filter(v -> v.value() instanceof Long).map(GgufValue::asLong);
    }

    /** {@code general.architecture}, e.g. {@code "llama"}. */
    public Optional<String> architecture() {
        return getString("general.architecture");
    }

    /** The total size of all tensor data in bytes. */
    public long tensorBytes() {
        return tensors.stream().mapToLong(GgufTensorInfo::size).sum();
    }

    /** Metadata as key -> value (for printing); arrays summarized. */
    public Map<String, String> summary() {
        var out = new java.util.LinkedHashMap<String, String>();
        metadata.forEach((k, v) -> out.put(k, v.type() == GgufType.ARRAY ? v.toString() : String.valueOf(v.value())));
        return out;
    }
}
