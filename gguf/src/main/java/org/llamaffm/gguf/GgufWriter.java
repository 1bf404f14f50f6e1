package org.llamaffm.gguf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes a GGUF (version 3) file: metadata, tensor infos, aligned tensor data. The file appears
 * complete or not at all: it is written beside its destination and moved into place.
 *
 * <pre>{@code
 * Gguf.writer()
 *     .put("general.architecture", GgufValue.ofString("llama"))
 *     .tensor("output_norm.weight", GgmlType.F32, new long[] {64}, data -> data.putFloat(1f))
 *     .write(Path.of("model.gguf"));
 * }</pre>
 */
public final class GgufWriter {

    private final Map<String, GgufValue> metadata = new LinkedHashMap<>();
    private final List<PendingTensor> tensors = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    private record PendingTensor(String name, GgmlType type, long[] shape, long size, Consumer<ByteBuffer> data) {}

    GgufWriter() {}

    /** Sets a metadata value (replacing one of the same key, keeping its place). */
    public GgufWriter put(String key, GgufValue value) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("empty metadata key");
        }
        metadata.put(key, value);
        return this;
    }

    /** Copies every metadata value of {@code source} except those whose key starts with one of {@code skipPrefixes}. */
    public GgufWriter putAll(GgufFile source, String... skipPrefixes) {
        source.metadata().forEach((key, value) -> {
            if (Arrays.stream(skipPrefixes).noneMatch(key::startsWith)) {
                put(key, value);
            }
        });
        return this;
    }

    /**
     * Adds a tensor; {@code data} fills a little-endian buffer of exactly the tensor's byte size
     * (called while writing, so the data need not be held in memory for long).
     */
    public GgufWriter tensor(String name, GgmlType type, long[] shape, Consumer<ByteBuffer> data) {
        if (name.isEmpty() || name.getBytes(StandardCharsets.UTF_8).length > GgufParser.MAX_TENSOR_NAME) {
            throw new IllegalArgumentException(
                    "tensor name must be 1.." + GgufParser.MAX_TENSOR_NAME + " bytes: '" + name + "'");
        }
        if (!names.add(name)) {
            throw new IllegalArgumentException("duplicate tensor name '" + name + "'");
        }
        if (shape.length < 1
                || shape.length > GgufParser.MAX_DIMS
                || Arrays.stream(shape).anyMatch(d -> d < 1)) {
            throw new IllegalArgumentException(
                    "tensor " + name + ": shape must have 1..4 dimensions >= 1, was " + Arrays.toString(shape));
        }
        if (shape[0] % type.blockSize() != 0) {
            throw new IllegalArgumentException("tensor " + name + ": row length " + shape[0] + " is not a multiple of "
                    + type.ggmlName() + "'s block size " + type.blockSize());
        }
        long elements = Arrays.stream(shape).reduce(1, Math::multiplyExact);
        long size = elements / type.blockSize() * type.typeSize();
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(
                    "tensor " + name + ": " + size + " bytes is more than this writer buffers");
        }
        tensors.add(new PendingTensor(name, type, shape.clone(), size, data));
        return this;
    }

    /** Writes the file like {@link #write(Path)} and returns it. */
    public Path writeTo(Path file) {
        write(file);
        return file;
    }

    /** Writes the file (atomically: a temporary file beside it, then a move). */
    public void write(Path file) {
        long alignment = metadata.containsKey("general.alignment")
                ? metadata.get("general.alignment").asLong()
                : GgufParser.DEFAULT_ALIGNMENT;
        Path temp = file.resolveSibling(
                file.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 20)) {
                Sink sink = new Sink(out);
                sink.u32(GgufParser.MAGIC);
                sink.u32(3);
                sink.u64(tensors.size());
                sink.u64(metadata.size());
                for (Map.Entry<String, GgufValue> kv : metadata.entrySet()) {
                    sink.string(kv.getKey());
                    sink.value(kv.getValue());
                }
                long offset = 0;
                for (PendingTensor t : tensors) {
                    sink.string(t.name);
                    sink.u32(t.shape.length);
                    for (long d : t.shape) {
                        sink.u64(d);
                    }
                    sink.u32(t.type.id());
                    sink.u64(offset);
                    offset += (t.size + alignment - 1) / alignment * alignment;
                }
                sink.pad(alignment);
                for (PendingTensor t : tensors) {
                    ByteBuffer data = ByteBuffer.allocate((int) t.size).order(ByteOrder.LITTLE_ENDIAN);
                    t.data.accept(data);
                    if (data.position() != t.size) {
                        throw new IllegalStateException("tensor " + t.name + ": " + data.position() + " bytes written, "
                                + t.size + " expected");
                    }
                    sink.bytes(data.array());
                    sink.pad(alignment);
                }
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the move succeeded or the write failed already; nothing better to report
            }
        }
    }

    /** Little-endian primitives onto a stream, counting the bytes for alignment. */
    private static final class Sink {
        private final OutputStream out;
        private final ByteBuffer scratch = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        private long written;

        Sink(OutputStream out) {
            this.out = out;
        }

        void bytes(byte[] b) throws IOException {
            out.write(b);
            written += b.length;
        }

        private void scratch(int n) throws IOException {
            out.write(scratch.array(), 0, n);
            written += n;
            scratch.clear();
        }

        void u8(int v) throws IOException {
            out.write(v);
            written++;
        }

        void u16(short v) throws IOException {
            scratch.putShort(v);
            scratch(2);
        }

        void u32(long v) throws IOException {
            scratch.putInt((int) v);
            scratch(4);
        }

        void u64(long v) throws IOException {
            scratch.putLong(v);
            scratch(8);
        }

        void string(String s) throws IOException {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            u64(b.length);
            bytes(b);
        }

        void pad(long alignment) throws IOException {
            while (written % alignment != 0) {
                u8(0);
            }
        }

        void value(GgufValue v) throws IOException {
            u32(v.type().id());
            if (v.type() != GgufType.ARRAY) {
                scalar(v.type(), v.value());
                return;
            }
            u32(v.elementType().id());
            u64(v.length());
            switch (v.value()) {
                case byte[] a -> bytes(a);
                case short[] a -> {
                    for (short x : a) {
                        u16(x);
                    }
                }
                case int[] a -> {
                    for (int x : a) {
                        u32(x);
                    }
                }
                case long[] a -> {
                    for (long x : a) {
                        u64(x);
                    }
                }
                case float[] a -> {
                    for (float x : a) {
                        u32(Float.floatToRawIntBits(x));
                    }
                }
                case double[] a -> {
                    for (double x : a) {
                        u64(Double.doubleToRawLongBits(x));
                    }
                }
                case boolean[] a -> {
                    for (boolean x : a) {
                        u8(x ? 1 : 0);
                    }
                }
                case List<?> a -> {
                    for (Object x : a) {
                        string((String) x);
                    }
                }
                default -> throw new IllegalArgumentException("not an array value: " + v);
            }
        }

        private void scalar(GgufType type, Object value) throws IOException {
            switch (type) {
                case UINT8, INT8 -> u8((int) (long) (Long) value);
                case UINT16, INT16 -> u16((short) (long) (Long) value);
                case UINT32, INT32 -> u32((Long) value);
                case UINT64, INT64 -> u64((Long) value);
                case FLOAT32 -> u32(Float.floatToRawIntBits((float) (double) (Double) value));
                case FLOAT64 -> u64(Double.doubleToRawLongBits((Double) value));
                case BOOL -> u8((Boolean) value ? 1 : 0);
                case STRING -> string((String) value);
                case ARRAY -> throw new AssertionError();
            }
        }
    }
}
