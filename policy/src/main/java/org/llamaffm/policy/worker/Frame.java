package org.llamaffm.policy.worker;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.llamaffm.SamplingParams;

/**
 * One message of the worker protocol: a type and a payload of primitives, written as
 * {@code u32 length (of what follows), u8 type, payload}. The first frame either side sends is
 * {@link Type#HELLO} with {@link #VERSION}; a peer that speaks another version is refused.
 *
 * <p>Payloads are written with {@link Writer} and read with {@link Reader}: big-endian integers,
 * strings as a u32 length and UTF-8 bytes, int arrays as a u32 count and the values. A frame is at
 * most {@link #MAX_BYTES}: a longer length is a broken or hostile peer, not a frame.
 */
public record Frame(Type type, byte[] payload) {

    /** The protocol version both sides must speak. */
    public static final int VERSION = 1;

    /** The largest frame accepted (a prompt of tokens, a generated text). */
    public static final int MAX_BYTES = 64 << 20;

    /** What a frame carries; the comment says who sends it and its payload. */
    public enum Type {
        /** both: version, process id. */
        HELLO,
        /** host: model path, GPU layers, context size, batch, micro-batch, threads, batch threads, flash attention. */
        LOAD,
        /** worker: the model is loaded and warmed up; its vocabulary size, trained context. */
        READY,
        /**
         * host: request id, the prompt (0 and token ids; 1 and text; 2 or 3 and text then a GBNF grammar or a
         * JSON Schema), max tokens, deadline in ms (0: none),
         * sampling ({@link Writer#sampling}), 1 to stream PIECE frames (0: only DONE).
         */
        GENERATE,
        /**
         * host: request id, system message ("": none), user message, Jinja template ("": the model's),
         * special-text mode, max tokens, deadline in ms (0: none), sampling and streaming as for GENERATE.
         */
        CHAT,
        /** worker: request id, a piece of text. */
        PIECE,
        /** worker: request id, generated token ids, stop reason, the whole text. */
        DONE,
        /** worker: request id (-1: none), error type, message. */
        ERROR,
        /** host: request id; the worker sets its context's abort flag. */
        CANCEL,
        /** host: sequence number; the worker answers PONG with it. */
        PING,
        /** worker: the PING's sequence number. */
        PONG,
        /** host: the worker ends (exit 0). */
        SHUTDOWN,
        /** host, only to a worker started with test hooks: what to break (abort, segfault, kill, exit, hang). */
        TEST_CRASH;

        private static final Type[] VALUES = values();
    }

    /** Writes {@code u32 length, u8 type, payload}. */
    public void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(payload.length + 1);
        out.writeByte(type.ordinal());
        out.write(payload);
        out.flush();
    }

    /**
     * Reads one frame.
     *
     * @throws EOFException when the stream ends before or inside a frame (the peer is gone)
     * @throws IOException  for a length or type no peer of this version sends
     */
    public static Frame readFrom(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 1 || length > MAX_BYTES + 1) {
            throw new IOException("bad frame length " + length);
        }
        int type = in.readUnsignedByte();
        if (type >= Type.VALUES.length) {
            throw new IOException("unknown frame type " + type);
        }
        byte[] payload = new byte[length - 1];
        in.readFully(payload);
        return new Frame(Type.VALUES[type], payload);
    }

    public Reader reader() {
        return new Reader(payload);
    }

    public static Writer of(Type type) {
        return new Writer(type);
    }

    /** Builds a frame's payload. */
    public static final class Writer {
        private final Type type;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final DataOutputStream out = new DataOutputStream(bytes);

        private Writer(Type type) {
            this.type = type;
        }

        public Writer i32(int value) {
            try {
                out.writeInt(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        public Writer i64(long value) {
            try {
                out.writeLong(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        public Writer f32(float value) {
            return i32(Float.floatToRawIntBits(value));
        }

        public Writer string(String value) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            i32(utf8.length);
            bytes.writeBytes(utf8);
            return this;
        }

        /** A sampler chain's settings, in the order {@link Reader#sampling()} reads them. */
        public Writer sampling(SamplingParams p) {
            return f32(p.temperature())
                    .i32(p.topK())
                    .f32(p.topP())
                    .f32(p.minP())
                    .f32(p.repeatPenalty())
                    .i32(p.repeatLastN())
                    .i64(p.seed())
                    .f32(p.frequencyPenalty())
                    .f32(p.presencePenalty());
            i32(p.logitBias().size());
            p.logitBias().forEach((token, bias) -> i32(token).f32(bias));
            f32(p.dryMultiplier()).f32(p.dryBase()).i32(p.dryAllowedLength()).i32(p.dryLastN());
            i32(p.dryBreakers().size());
            p.dryBreakers().forEach(this::string);
            return this;
        }

        public Writer ints(int[] values) {
            i32(values.length);
            for (int v : values) {
                i32(v);
            }
            return this;
        }

        public Frame frame() {
            return new Frame(type, bytes.toByteArray());
        }
    }

    /** Reads a frame's payload in the order it was written; a short or malformed payload is an IOException. */
    public static final class Reader {
        private final DataInputStream in;

        private Reader(byte[] payload) {
            this.in = new DataInputStream(new ByteArrayInputStream(payload));
        }

        public int i32() throws IOException {
            return in.readInt();
        }

        public long i64() throws IOException {
            return in.readLong();
        }

        public float f32() throws IOException {
            return Float.intBitsToFloat(in.readInt());
        }

        public String string() throws IOException {
            return new String(bytes(), StandardCharsets.UTF_8);
        }

        /**
         * A sampler chain's settings, as {@link Writer#sampling} wrote them.
         *
         * @throws IllegalArgumentException for settings SamplingParams refuses (a broken or hostile peer)
         */
        public SamplingParams sampling() throws IOException {
            float temperature = f32();
            int topK = i32();
            float topP = f32();
            float minP = f32();
            float repeatPenalty = f32();
            int repeatLastN = i32();
            long seed = i64();
            float frequencyPenalty = f32();
            float presencePenalty = f32();
            Map<Integer, Float> logitBias = new HashMap<>();
            for (int i = 0, n = count(8); i < n; i++) {
                logitBias.put(i32(), f32());
            }
            float dryMultiplier = f32();
            float dryBase = f32();
            int dryAllowedLength = i32();
            int dryLastN = i32();
            List<String> breakers = new ArrayList<>();
            for (int i = 0, n = count(4); i < n; i++) {
                breakers.add(string());
            }
            return new SamplingParams(
                    temperature,
                    topK,
                    topP,
                    minP,
                    repeatPenalty,
                    repeatLastN,
                    seed,
                    frequencyPenalty,
                    presencePenalty,
                    logitBias,
                    dryMultiplier,
                    dryBase,
                    dryAllowedLength,
                    dryLastN,
                    breakers);
        }

        public int[] ints() throws IOException {
            int n = count(4);
            int[] values = new int[n];
            for (int i = 0; i < n; i++) {
                values[i] = in.readInt();
            }
            return values;
        }

        private byte[] bytes() throws IOException {
            byte[] b = new byte[count(1)];
            in.readFully(b);
            return b;
        }

        private int count(int elementBytes) throws IOException {
            int n = in.readInt();
            if (n < 0 || (long) n * elementBytes > in.available()) {
                throw new IOException("bad count " + n + " with " + in.available() + " bytes left");
            }
            return n;
        }
    }
}
