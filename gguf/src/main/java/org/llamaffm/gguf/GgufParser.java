package org.llamaffm.gguf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.llamaffm.gguf.GgufException.Reason;

/**
 * Reads a GGUF header strictly and in bounded memory: every count, length and offset is checked
 * against the bytes left in the file (and the limits) before anything is allocated or skipped,
 * so a hostile file can neither exhaust memory nor send the reader past its end. The checks are
 * those of ggml's gguf.cpp, which would otherwise abort or fail inside native code.
 */
final class GgufParser {

    static final long MAGIC = 0x46554747L; // "GGUF" little-endian
    static final int DEFAULT_ALIGNMENT = 32;
    static final int MAX_DIMS = 4;
    /** GGML_MAX_NAME (64) including the terminating NUL. */
    static final int MAX_TENSOR_NAME = 63;

    private final Path file;
    private final Gguf.Limits limits;
    private final FileChannel channel;
    private final long size;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
    /** File offset of buffer position 0. */
    private long bufferStart;

    private long metadataBytes;

    private GgufParser(Path file, Gguf.Limits limits, FileChannel channel) throws IOException {
        this.file = file;
        this.limits = limits;
        this.channel = channel;
        this.size = channel.size();
        buffer.limit(0);
    }

    static GgufFile read(Path file, Gguf.Limits limits) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return new GgufParser(file, limits, channel).parse();
        } catch (IOException e) {
            throw new GgufException(file, e);
        }
    }

    private long position() {
        return bufferStart + buffer.position();
    }

    private GgufException error(Reason reason, String field, String detail) {
        return new GgufException(reason, file, position(), field, detail);
    }

    /** Makes {@code n} (at most the buffer's capacity) bytes available, or reports truncation. */
    private void need(int n, String field) throws IOException {
        if (size - position() < n) {
            throw error(
                    Reason.TRUNCATED,
                    field,
                    "the file ends after " + (size - position()) + " more bytes, " + n + " needed");
        }
        if (buffer.remaining() < n) {
            bufferStart += buffer.position();
            buffer.compact();
            while (buffer.position() < n) {
                if (channel.read(buffer, bufferStart + buffer.position()) < 0) {
                    throw error(Reason.TRUNCATED, field, "unexpected end of file");
                }
            }
            buffer.flip();
        }
    }

    private int u8(String field) throws IOException {
        need(1, field);
        return buffer.get() & 0xFF;
    }

    private long u32(String field) throws IOException {
        need(4, field);
        return buffer.getInt() & 0xFFFF_FFFFL;
    }

    private long i64(String field) throws IOException {
        need(8, field);
        return buffer.getLong();
    }

    /** A u64 count that must fit in the bytes left when each item takes at least {@code minBytes}. */
    private long count(String field, long minBytes) throws IOException {
        long at = position();
        long n = i64(field);
        long left = size - position();
        if (n < 0 || (minBytes > 0 && n > left / minBytes)) {
            throw new GgufException(
                    Reason.TRUNCATED,
                    file,
                    at,
                    field,
                    "count " + Long.toUnsignedString(n) + " cannot fit in the " + left + " bytes left");
        }
        return n;
    }

    private byte[] bytes(long n, String field) throws IOException {
        byte[] out = new byte[(int) n];
        read(out, 0, (int) n, field);
        return out;
    }

    /** Reads {@code n} bytes of the file into {@code out} from {@code offset}, in chunks of the buffer's size. */
    private void read(byte[] out, int offset, int n, String field) throws IOException {
        int done = 0;
        while (done < n) {
            int chunk = Math.min(n - done, buffer.capacity());
            need(chunk, field);
            buffer.get(out, offset + done, chunk);
            done += chunk;
        }
    }

    private String string(String field, long maxBytes) throws IOException {
        int n = stringLength(field, -1, maxBytes);
        return new String(bytes(n, field), StandardCharsets.UTF_8);
    }

    /**
     * A string array's elements, each checked as {@link #string} checks one, into one {@link StringArray}: no
     * string per element and no field name per element (made only for an error).
     */
    private StringArray strings(String field, int len) throws IOException {
        StringArray.Builder out = new StringArray.Builder(len);
        for (int i = 0; i < len; i++) {
            int n = stringLength(field, i, limits.maxStringBytes());
            read(out.reserve(n), out.at(), n, field);
            out.end(n);
        }
        return out.build();
    }

    /**
     * Reads a string's u64 length and checks it (it fits in the file, is at most {@code maxBytes}, and within the
     * metadata limit, which it is charged to). {@code element} >= 0: the string is that element of the array
     * {@code field}; the name an error gives it is made only then.
     */
    private int stringLength(String field, int element, long maxBytes) throws IOException {
        long at = position();
        long left = size - at;
        if (left < 8) {
            throw error(
                    Reason.TRUNCATED,
                    name(field, element) + " length",
                    "the file ends after " + left + " more bytes, 8 needed");
        }
        need(8, field);
        long n = buffer.getLong();
        left -= 8;
        if (n < 0 || n > left) {
            throw new GgufException(
                    Reason.TRUNCATED,
                    file,
                    at,
                    name(field, element) + " length",
                    "count " + Long.toUnsignedString(n) + " cannot fit in the " + left + " bytes left");
        }
        if (n > maxBytes) {
            throw new GgufException(
                    Reason.MALFORMED,
                    file,
                    at,
                    name(field, element),
                    "string of " + n + " bytes exceeds the limit of " + maxBytes);
        }
        if (metadataBytes + n > limits.maxMetadataBytes()) {
            charge(n, name(field, element)); // throws
        }
        metadataBytes += n;
        return (int) n;
    }

    private static String name(String field, int element) {
        return element < 0 ? field : field + " element " + element;
    }

    private void charge(long bytes, String field) {
        metadataBytes += bytes;
        if (metadataBytes > limits.maxMetadataBytes()) {
            throw error(
                    Reason.MALFORMED, field, "metadata exceeds the limit of " + limits.maxMetadataBytes() + " bytes");
        }
    }

    private GgufFile parse() throws IOException {
        need(4, "magic");
        long magic = u32("magic");
        if (magic != MAGIC) {
            throw new GgufException(
                    Reason.NOT_GGUF,
                    file,
                    0,
                    "magic",
                    String.format("not a GGUF file: magic 0x%08x, expected 0x%08x (\"GGUF\")", magic, MAGIC));
        }
        long versionAt = position();
        long version = u32("version");
        if (version != 2 && version != 3) {
            throw new GgufException(
                    Reason.UNSUPPORTED_VERSION,
                    file,
                    versionAt,
                    "version",
                    "GGUF version " + version + " is not supported (2 and 3 are)");
        }
        // A tensor info takes at least 8 (name length) + 4 (n_dims) + 8 (one dim) + 4 (type) + 8 (offset) bytes;
        // a key-value pair at least 8 (key length) + 4 (type) + 1 (smallest value).
        long tensorCount = count("tensor_count", 32);
        long kvCount = count("metadata_kv_count", 13);

        var metadata = new LinkedHashMap<String, GgufValue>();
        for (long i = 0; i < kvCount; i++) {
            String field = "metadata key " + i;
            long keyAt = position();
            String key = string(field, limits.maxKeyBytes());
            if (key.isEmpty()) {
                throw new GgufException(Reason.MALFORMED, file, keyAt, field, "empty key");
            }
            if (metadata.containsKey(key)) {
                throw new GgufException(Reason.MALFORMED, file, keyAt, field, "duplicate key '" + key + "'");
            }
            metadata.put(key, value("metadata '" + key + "'"));
        }

        long alignment = DEFAULT_ALIGNMENT;
        GgufValue alignmentValue = metadata.get("general.alignment");
        if (alignmentValue != null) {
            if (alignmentValue.type() != GgufType.UINT32
                    || alignmentValue.asLong() == 0
                    || Long.bitCount(alignmentValue.asLong()) != 1
                    || alignmentValue.asLong() > limits.maxAlignment()) {
                throw error(
                        Reason.MALFORMED,
                        "general.alignment",
                        "general.alignment must be a UINT32 power of two up to " + limits.maxAlignment() + ", was "
                                + alignmentValue);
            }
            alignment = alignmentValue.asLong();
        }

        List<TensorDraft> drafts = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (long i = 0; i < tensorCount; i++) {
            drafts.add(tensorInfo(i, alignment, names));
        }
        // As gguf.cpp: the data section is aligned only when there are tensors, and tensors are
        // stored in order, each at the aligned end of the one before (no gaps, no overlaps).
        long dataOffset = drafts.isEmpty() ? position() : (position() + alignment - 1) / alignment * alignment;
        List<GgufTensorInfo> tensors = new ArrayList<>();
        long expected = 0;
        for (TensorDraft d : drafts) {
            if (d.offset != expected) {
                throw new GgufException(
                        Reason.MALFORMED,
                        file,
                        d.at,
                        d.field,
                        "tensor data offset " + d.offset + ", expected " + expected
                                + " (tensors must follow each other in order)");
            }
            expected += (d.size + alignment - 1) / alignment * alignment;
            long end = dataOffset + d.offset + d.size;
            if (end < 0 || end > size) {
                throw new GgufException(
                        Reason.TRUNCATED,
                        file,
                        d.at,
                        d.field,
                        "tensor data ends at " + end + " but the file has " + size + " bytes");
            }
            tensors.add(new GgufTensorInfo(d.name, d.type, d.shape, d.offset, d.size));
        }
        return new GgufFile(file, (int) version, metadata, tensors, alignment, dataOffset, size);
    }

    private record TensorDraft(
            long at, String field, String name, GgmlType type, long[] shape, long offset, long size) {}

    private TensorDraft tensorInfo(long index, long alignment, Set<String> names) throws IOException {
        long at = position();
        String field = "tensor " + index;
        String name = string(field + " name", MAX_TENSOR_NAME);
        return tensorInfo(at, "tensor " + index + " (" + name + ")", name, alignment, names);
    }

    private TensorDraft tensorInfo(long at, String field, String name, long alignment, Set<String> names)
            throws IOException {
        if (name.isEmpty() || !names.add(name)) {
            throw new GgufException(
                    Reason.MALFORMED, file, at, field, name.isEmpty() ? "empty tensor name" : "duplicate tensor name");
        }
        long dimsAt = position();
        long nDims = u32(field + " n_dims");
        if (nDims < 1 || nDims > MAX_DIMS) {
            throw new GgufException(
                    Reason.MALFORMED, file, dimsAt, field + " n_dims", "n_dims " + nDims + " is not in 1.." + MAX_DIMS);
        }
        long[] shape = new long[(int) nDims];
        long elements = 1;
        for (int d = 0; d < nDims; d++) {
            long dimAt = position();
            shape[d] = i64(field + " dimension " + d);
            if (shape[d] < 0) {
                throw new GgufException(
                        Reason.MALFORMED, file, dimAt, field + " dimension " + d, "negative dimension " + shape[d]);
            }
            try {
                elements = Math.multiplyExact(elements, shape[d]);
            } catch (ArithmeticException e) {
                throw new GgufException(
                        Reason.MALFORMED, file, dimAt, field + " dimension " + d, "element count overflows");
            }
        }
        long typeAt = position();
        long typeId = u32(field + " type");
        GgmlType type = GgmlType.byId(typeId)
                .orElseThrow(() -> new GgufException(
                        Reason.MALFORMED, file, typeAt, field + " type", "unknown or removed ggml type " + typeId));
        if (shape[0] % type.blockSize() != 0) {
            throw new GgufException(
                    Reason.MALFORMED,
                    file,
                    typeAt,
                    field + " type",
                    "row length " + shape[0] + " is not a multiple of the " + type.ggmlName() + " block size "
                            + type.blockSize());
        }
        long bytes;
        try {
            bytes = Math.multiplyExact(elements / type.blockSize(), (long) type.typeSize());
        } catch (ArithmeticException e) {
            throw new GgufException(Reason.MALFORMED, file, typeAt, field, "byte size overflows");
        }
        long offsetAt = position();
        long offset = i64(field + " offset");
        if (offset < 0 || offset % alignment != 0) {
            throw new GgufException(
                    Reason.MALFORMED,
                    file,
                    offsetAt,
                    field + " offset",
                    "data offset " + Long.toUnsignedString(offset) + " is not a multiple of the alignment "
                            + alignment);
        }
        return new TensorDraft(at, field, name, type, shape, offset, bytes);
    }

    private GgufValue value(String field) throws IOException {
        long typeAt = position();
        long typeId = u32(field + " type");
        GgufType type = GgufType.byId(typeId)
                .orElseThrow(() -> new GgufException(
                        Reason.MALFORMED, file, typeAt, field + " type", "unknown value type " + typeId));
        if (type != GgufType.ARRAY) {
            return new GgufValue(type, null, scalar(type, field));
        }
        long elementAt = position();
        long elementId = u32(field + " element type");
        GgufType element = GgufType.byId(elementId)
                .orElseThrow(() -> new GgufException(
                        Reason.MALFORMED,
                        file,
                        elementAt,
                        field + " element type",
                        "unknown array element type " + elementId));
        if (element == GgufType.ARRAY) {
            throw new GgufException(
                    Reason.MALFORMED, file, elementAt, field + " element type", "arrays of arrays are not supported");
        }
        long lengthAt = position();
        long n = count(field + " length", element == GgufType.STRING ? 8 : element.size());
        if (n > limits.maxArrayLength()) {
            throw new GgufException(
                    Reason.MALFORMED,
                    file,
                    lengthAt,
                    field + " length",
                    "array of " + n + " elements exceeds the limit of " + limits.maxArrayLength());
        }
        charge(n * Math.max(element.size(), 8), field);
        int len = (int) n;
        return new GgufValue(
                GgufType.ARRAY,
                element,
                switch (element) {
                    case UINT8, INT8 -> bytes(len, field);
                    case UINT16, INT16 -> {
                        short[] a = new short[len];
                        for (int i = 0; i < len; i++) {
                            need(2, field);
                            a[i] = buffer.getShort();
                        }
                        yield a;
                    }
                    case UINT32, INT32 -> {
                        int[] a = new int[len];
                        for (int i = 0; i < len; i++) {
                            need(4, field);
                            a[i] = buffer.getInt();
                        }
                        yield a;
                    }
                    case UINT64, INT64 -> {
                        long[] a = new long[len];
                        for (int i = 0; i < len; i++) {
                            a[i] = i64(field);
                        }
                        yield a;
                    }
                    case FLOAT32 -> {
                        float[] a = new float[len];
                        for (int i = 0; i < len; i++) {
                            need(4, field);
                            a[i] = buffer.getFloat();
                        }
                        yield a;
                    }
                    case FLOAT64 -> {
                        double[] a = new double[len];
                        for (int i = 0; i < len; i++) {
                            need(8, field);
                            a[i] = buffer.getDouble();
                        }
                        yield a;
                    }
                    case BOOL -> {
                        boolean[] a = new boolean[len];
                        for (int i = 0; i < len; i++) {
                            a[i] = bool(field + " element " + i);
                        }
                        yield a;
                    }
                    case STRING -> strings(field, len);
                    case ARRAY -> throw new AssertionError();
                });
    }

    private boolean bool(String field) throws IOException {
        long at = position();
        int b = u8(field);
        if (b > 1) {
            throw new GgufException(Reason.MALFORMED, file, at, field, "bool byte " + b + " is neither 0 nor 1");
        }
        return b == 1;
    }

    private Object scalar(GgufType type, String field) throws IOException {
        return switch (type) {
            case UINT8 -> (long) u8(field);
            case INT8 -> {
                need(1, field);
                yield (long) buffer.get();
            }
            case UINT16 -> {
                need(2, field);
                yield (long) (buffer.getShort() & 0xFFFF);
            }
            case INT16 -> {
                need(2, field);
                yield (long) buffer.getShort();
            }
            case UINT32 -> u32(field);
            case INT32 -> {
                need(4, field);
                yield (long) buffer.getInt();
            }
            case UINT64, INT64 -> i64(field);
            case FLOAT32 -> {
                need(4, field);
                yield (double) buffer.getFloat();
            }
            case FLOAT64 -> {
                need(8, field);
                yield buffer.getDouble();
            }
            case BOOL -> bool(field);
            case STRING -> string(field, limits.maxStringBytes());
            case ARRAY -> throw new AssertionError();
        };
    }
}
