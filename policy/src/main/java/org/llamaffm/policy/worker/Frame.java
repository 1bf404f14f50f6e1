package org.llamaffm.policy.worker;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.llamaffm.MemoryBreakdown;
import org.llamaffm.SamplingParams;
import org.llamaffm.StopReason;
import org.llamaffm.chat.Chat;
import org.llamaffm.chat.ChatMessage;
import org.llamaffm.chat.ChatOptions;
import org.llamaffm.chat.ChatResponse;
import org.llamaffm.chat.ChatTool;
import org.llamaffm.chat.ToolCall;
import org.llamaffm.policy.UntrustedText;

/**
 * One message of the worker protocol: a type and a payload of primitives, written as
 * {@code u32 length (of what follows), u8 type, payload}. The first frame either side sends is
 * {@link Type#HELLO} with {@link #VERSION}; a peer that speaks another version is refused.
 *
 * <p>Payloads are written with {@link Writer} and read with {@link Reader}: big-endian integers,
 * strings as a u32 length and UTF-8 bytes, int and float arrays as a u32 count and the values, a nullable
 * value as a u8 0 (null) or 1 and the value. A frame is at most {@link #MAX_BYTES}: a longer length is a
 * broken or hostile peer, not a frame.
 *
 * <p>A conversation, its {@link ChatOptions} and a {@link ChatResponse} are written field by field too
 * ({@link Writer#messages}, {@link Writer#chatOptions}, {@link Writer#chatResponse}), not as JSON: the
 * reader needs no JSON parser and no mapping configuration, every count is checked against the bytes left
 * before anything is allocated, and nullable fields stay null (not "" or absent). The price is that a
 * component added to one of those records must be added here as well; FrameTest fails until it is.
 */
public record Frame(Type type, byte[] payload) {

    /** The protocol version both sides must speak. */
    public static final int VERSION = 3;

    /** The largest frame accepted (a prompt of tokens, a generated text). */
    public static final int MAX_BYTES = 64 << 20;

    /** What a frame carries; the comment says who sends it and its payload. */
    public enum Type {
        /** both: version, process id. */
        HELLO,
        /**
         * host: model path ("": none, a probe of the lockdown), GPU layers, context size, batch, micro-batch, threads,
         * batch threads, flash attention.
         */
        LOAD,
        /**
         * worker: the model is loaded and warmed up; its vocabulary size, trained context, the protections (count;
         * name, 1 if active, detail), and llama.cpp's memory breakdown of the model and the worker's context (count;
         * buffer type, 1 if in host memory, model bytes, context bytes, compute bytes).
         */
        READY,
        /**
         * host: request id, the prompt (0 and token ids; 1 and text; 2 or 3 and text then a GBNF grammar or a
         * JSON Schema; after a text, the policy's guard ({@link Writer#guard})), max tokens, deadline in ms (0: none),
         * sampling ({@link Writer#sampling}), 1 to stream PIECE frames (0: only DONE).
         * DONE: generated token ids, prompt tokens, stop reason, the whole text.
         */
        GENERATE,
        /**
         * host: request id, the conversation ({@link Writer#messages}), its options ({@link Writer#chatOptions}),
         * a Jinja template (null: the model's), special-text mode, then max tokens, deadline, sampling and streaming
         * as for GENERATE. DONE: stop reason, prompt tokens, cached tokens, generated tokens, the parsed answer
         * ({@link Writer#chatResponse}).
         */
        CHAT,
        /** host: request id, texts, normalization (llama.cpp's code), deadline in ms (0: none). DONE: count; floats each. */
        EMBED,
        /** host: request id, query, documents, deadline in ms (0: none). DONE: one score per document (floats). */
        RERANK,
        /** worker: request id, a piece of text. */
        PIECE,
        /** worker: request id, then the request's result (see each request type). */
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

    /** A reader of this frame's payload, from its start. */
    public Reader reader() {
        return new Reader(payload);
    }

    /** A writer of a frame of {@code type}, with an empty payload. */
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

        /** A big-endian int. */
        public Writer i32(int value) {
            try {
                out.writeInt(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        /** A big-endian long. */
        public Writer i64(long value) {
            try {
                out.writeLong(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        /** A float's raw bits, as an int. */
        public Writer f32(float value) {
            return i32(Float.floatToRawIntBits(value));
        }

        /** A u32 length and the UTF-8 bytes. */
        public Writer string(String value) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            i32(utf8.length);
            bytes.writeBytes(utf8);
            return this;
        }

        /** The policy's guard of a text prompt, or none (null: the prompt is tokenized as plain text). */
        public Writer guard(UntrustedText.@Nullable Rules rules) {
            if (rules == null) {
                return i32(0);
            }
            return i32(1).i32(rules.maxBytes())
                    .i32(rules.maxTokens())
                    .string(rules.mode().name());
        }

        /** A sampler chain's settings, in the order {@link Reader#sampling()} reads them. */
        public Writer sampling(SamplingParams p) {
            f32(p.temperature())
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

        /** A u32 count and the ints. */
        public Writer ints(int[] values) {
            i32(values.length);
            for (int v : values) {
                i32(v);
            }
            return this;
        }

        /** A u32 count and the floats' bits, as {@link Reader#floats()} reads them back bit for bit. */
        public Writer floats(float[] values) {
            i32(values.length);
            for (float v : values) {
                f32(v);
            }
            return this;
        }

        /** A u8 1 or 0. */
        public Writer bool(boolean value) {
            bytes.write(value ? 1 : 0);
            return this;
        }

        /** 0 for null, else 1 and the string. */
        public Writer nullableString(@Nullable String value) {
            bool(value != null);
            return value != null ? string(value) : this;
        }

        /** A u32 count and the strings. */
        public Writer strings(List<String> values) {
            i32(values.size());
            values.forEach(this::string);
            return this;
        }

        /** A conversation: a count, then per message its role, content, reasoning, tool calls, tool name and call id. */
        public Writer messages(List<ChatMessage> messages) {
            i32(messages.size());
            for (ChatMessage m : messages) {
                string(m.role().name())
                        .string(m.content())
                        .string(m.reasoning())
                        .toolCalls(m.toolCalls())
                        .string(m.toolName())
                        .string(m.toolCallId());
            }
            return this;
        }

        /** Every component of {@code options}, in declaration order. */
        public Writer chatOptions(ChatOptions options) {
            i32(options.tools().size());
            for (ChatTool tool : options.tools()) {
                string(tool.name()).string(tool.description()).string(tool.parameters());
            }
            string(options.toolChoice().name())
                    .bool(options.parallelToolCalls())
                    .bool(options.addGenerationPrompt())
                    .bool(options.enableThinking())
                    .string(options.reasoning().name())
                    .nullableString(options.jsonSchema())
                    .nullableString(options.grammar());
            Instant now = options.now();
            bool(now != null);
            if (now != null) {
                i64(now.getEpochSecond()).i32(now.getNano());
            }
            i32(options.templateVariables().size());
            options.templateVariables().forEach((name, json) -> string(name).string(json));
            return this;
        }

        /** An answer: content, reasoning, tool calls, the unparsed text. */
        public Writer chatResponse(ChatResponse response) {
            return string(response.content())
                    .string(response.reasoning())
                    .toolCalls(response.toolCalls())
                    .string(response.text());
        }

        /** A turn's counts and stop reason, in the order {@link Reader#turn()} reads them. */
        public Writer turn(Chat.Turn turn) {
            return string(turn.stopReason().name())
                    .i32(turn.promptTokens())
                    .i32(turn.cachedTokens())
                    .i32(turn.generatedTokens());
        }

        /** A count, then per buffer type its name, 1 if in host memory, and its model, context and compute bytes. */
        public Writer memory(MemoryBreakdown memory) {
            i32(memory.buffers().size());
            for (MemoryBreakdown.Buffer b : memory.buffers()) {
                string(b.type()).bool(b.host()).i64(b.model()).i64(b.context()).i64(b.compute());
            }
            return this;
        }

        private Writer toolCalls(List<ToolCall> calls) {
            i32(calls.size());
            for (ToolCall call : calls) {
                string(call.id()).string(call.name()).string(call.arguments());
            }
            return this;
        }

        /** The frame with what was written as its payload. */
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

        /** A big-endian int. */
        public int i32() throws IOException {
            return in.readInt();
        }

        /** A big-endian long. */
        public long i64() throws IOException {
            return in.readLong();
        }

        /** A float from its raw bits. */
        public float f32() throws IOException {
            return Float.intBitsToFloat(in.readInt());
        }

        /** A string as {@link Writer#string} wrote it. */
        public String string() throws IOException {
            return new String(bytes(), StandardCharsets.UTF_8);
        }

        /** The guard of a text prompt, as {@link Writer#guard} wrote it. */
        public UntrustedText.@Nullable Rules guard() throws IOException {
            if (i32() == 0) {
                return null;
            }
            return new UntrustedText.Rules(i32(), i32(), UntrustedText.Mode.valueOf(string()));
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

        /** The ints {@link Writer#ints} wrote. */
        public int[] ints() throws IOException {
            int n = count(4);
            int[] values = new int[n];
            for (int i = 0; i < n; i++) {
                values[i] = in.readInt();
            }
            return values;
        }

        /** The floats {@link Writer#floats} wrote, bit for bit. */
        public float[] floats() throws IOException {
            int n = count(4);
            float[] values = new float[n];
            for (int i = 0; i < n; i++) {
                values[i] = Float.intBitsToFloat(in.readInt());
            }
            return values;
        }

        /**
         * A boolean, as {@link Writer#bool} wrote it.
         *
         * @throws IOException for a byte other than 0 or 1
         */
        public boolean bool() throws IOException {
            int b = in.readUnsignedByte();
            if (b > 1) {
                throw new IOException("bad boolean " + b);
            }
            return b == 1;
        }

        /** A string or null, as {@link Writer#nullableString} wrote it. */
        public @Nullable String nullableString() throws IOException {
            return bool() ? string() : null;
        }

        /** The strings {@link Writer#strings} wrote. */
        public List<String> strings() throws IOException {
            int n = count(4); // each string has at least its length
            List<String> values = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                values.add(string());
            }
            return values;
        }

        /**
         * A conversation, as {@link Writer#messages} wrote it.
         *
         * @throws IllegalArgumentException for a message ChatMessage refuses (a role name no version has, tool
         *                                  calls on a message that is not the assistant's)
         */
        public List<ChatMessage> messages() throws IOException {
            int n = count(6 * 4); // a role and five more fields, each at least a length
            List<ChatMessage> messages = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                messages.add(new ChatMessage(
                        ChatMessage.Role.valueOf(string()), string(), string(), toolCalls(), string(), string()));
            }
            return messages;
        }

        /**
         * Options, as {@link Writer#chatOptions} wrote them.
         *
         * @throws IllegalArgumentException for what ChatOptions or ChatTool refuse (an unknown enum name, a tool
         *                                  whose parameters are not a JSON Schema object, a schema and a grammar)
         */
        public ChatOptions chatOptions() throws IOException {
            int tools = count(3 * 4);
            List<ChatTool> list = new ArrayList<>(tools);
            for (int i = 0; i < tools; i++) {
                list.add(new ChatTool(string(), string(), string()));
            }
            ChatOptions.ToolChoice choice = ChatOptions.ToolChoice.valueOf(string());
            boolean parallel = bool();
            boolean generationPrompt = bool();
            boolean thinking = bool();
            ChatOptions.ReasoningFormat reasoning = ChatOptions.ReasoningFormat.valueOf(string());
            String schema = nullableString();
            String grammar = nullableString();
            Instant now = bool() ? Instant.ofEpochSecond(i64(), i32()) : null;
            int variables = count(2 * 4);
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < variables; i++) {
                map.put(string(), string());
            }
            return new ChatOptions(
                    list, choice, parallel, generationPrompt, thinking, reasoning, schema, grammar, now, map);
        }

        /** An answer, as {@link Writer#chatResponse} wrote it. */
        public ChatResponse chatResponse() throws IOException {
            return new ChatResponse(string(), string(), toolCalls(), string());
        }

        /**
         * A turn's counts, as {@link Writer#turn} wrote them.
         *
         * @throws IllegalArgumentException for an unknown stop reason
         */
        public Chat.Turn turn() throws IOException {
            StopReason reason = StopReason.valueOf(string());
            return new Chat.Turn(i32(), i32(), i32(), reason);
        }

        /** A memory breakdown, as {@link Writer#memory} wrote it. */
        public MemoryBreakdown memory() throws IOException {
            int n = count(4 + 1 + 3 * 8);
            List<MemoryBreakdown.Buffer> buffers = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                buffers.add(new MemoryBreakdown.Buffer(string(), bool(), i64(), i64(), i64()));
            }
            return new MemoryBreakdown(buffers);
        }

        private List<ToolCall> toolCalls() throws IOException {
            int n = count(3 * 4);
            List<ToolCall> calls = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                calls.add(new ToolCall(string(), string(), string()));
            }
            return calls;
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
