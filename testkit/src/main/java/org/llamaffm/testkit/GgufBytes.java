package org.llamaffm.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * GGUF files written byte by byte, to break one thing at a time where {@code GgufWriter} (which only
 * writes valid files) cannot: a wrong magic, a count past the end, a bad type id.
 *
 * {@snippet :
 * Path file = GgufBytes.write(temp.resolve("bad.gguf"), b -> {
 *     GgufBytes.header(b, 1, 0);
 *     GgufBytes.tensor(b, "token_embd.weight", new long[] {64, 0}, 1, 0); // a zero dimension
 * });
 * }
 */
public final class GgufBytes {

    /** {@code "GGUF"} read as a little-endian int. */
    public static final int MAGIC = 0x46554747;

    private GgufBytes() {}

    /** Writes what {@code body} puts into a little-endian buffer of 64 KiB to {@code file}. */
    public static Path write(Path file, Consumer<ByteBuffer> body) {
        ByteBuffer b = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        body.accept(b);
        try {
            Files.write(file, Arrays.copyOf(b.array(), b.position()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A version 3 header: magic, version, tensor count, metadata count. */
    public static void header(ByteBuffer b, long tensors, long kvs) {
        b.putInt(MAGIC).putInt(3).putLong(tensors).putLong(kvs);
    }

    /** A GGUF string: its UTF-8 length as a uint64, then the bytes. */
    public static void string(ByteBuffer b, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        b.putLong(bytes.length).put(bytes);
    }

    /** One tensor-table entry: name, dimension count, dimensions, ggml type id, data offset. */
    public static void tensor(ByteBuffer b, String name, long[] shape, int type, long offset) {
        string(b, name);
        b.putInt(shape.length);
        for (long d : shape) {
            b.putLong(d);
        }
        b.putInt(type).putLong(offset);
    }
}
