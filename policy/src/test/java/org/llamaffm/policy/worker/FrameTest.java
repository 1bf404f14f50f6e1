package org.llamaffm.policy.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.llamaffm.MemoryBreakdown;
import org.llamaffm.StopReason;
import org.llamaffm.chat.Chat;
import org.llamaffm.chat.ChatMessage;
import org.llamaffm.chat.ChatOptions;
import org.llamaffm.chat.ChatResponse;
import org.llamaffm.chat.ChatTool;
import org.llamaffm.chat.ToolCall;

/** The protocol's encodings give back exactly what was written, through a real stream. */
class FrameTest {

    private static final ChatTool WEATHER = new ChatTool("get_weather", "Gets the weather", """
            {"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}""");

    /** Writes the frame to bytes and reads it back, as the peer would. */
    private static Frame.Reader sent(Frame.Writer writer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writer.frame().writeTo(new DataOutputStream(bytes));
        Frame frame = Frame.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(frame.type()).isEqualTo(Frame.Type.CHAT);
        return frame.reader();
    }

    @Test
    void aConversationAndItsOptionsRoundTripWithEveryFieldSet() throws IOException {
        List<ChatMessage> messages = List.of(
                ChatMessage.system("You are a test."),
                ChatMessage.user("Weather in Paris? é 😀"),
                new ChatMessage(
                        ChatMessage.Role.ASSISTANT,
                        "Let me look.",
                        "The user wants the weather.",
                        List.of(
                                new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}"),
                                ToolCall.of("get_weather", "{\"city\":\"Rome\"}")),
                        "",
                        ""),
                ChatMessage.tool("get_weather", "call_1", "{\"celsius\":21}"),
                ChatMessage.user(""));
        ChatOptions options = new ChatOptions(
                List.of(WEATHER, new ChatTool("noop", "", "{\"type\":\"object\"}")),
                ChatOptions.ToolChoice.REQUIRED,
                true,
                false,
                false,
                ChatOptions.ReasoningFormat.DEEPSEEK_LEGACY,
                null,
                "root ::= \"yes\"",
                Instant.parse("2026-11-25T10:00:00.123456789Z"),
                java.util.Map.of("reasoning_effort", "\"low\"", "flag", "true"));
        ChatOptions schema =
                ChatOptions.builder().jsonSchema("{\"type\":\"object\"}").build();

        Frame.Reader r = sent(Frame.of(Frame.Type.CHAT)
                .messages(messages)
                .chatOptions(options)
                .chatOptions(schema)
                .chatOptions(ChatOptions.defaults())
                .nullableString(null)
                .nullableString(""));
        assertThat(r.messages()).isEqualTo(messages);
        assertThat(r.chatOptions()).isEqualTo(options);
        assertThat(r.chatOptions()).isEqualTo(schema);
        assertThat(r.chatOptions()).isEqualTo(ChatOptions.defaults()); // null schema, grammar and time stay null
        assertThat(r.nullableString()).isNull();
        assertThat(r.nullableString()).isEmpty();
    }

    @Test
    void answersFloatsAndMemoryRoundTripBitForBit() throws IOException {
        ChatResponse response = new ChatResponse(
                "It is sunny.", "Thinking.", List.of(new ToolCall("c", "get_weather", "{}")), "<think>...");
        Chat.Turn turn = new Chat.Turn(120, 80, 17, StopReason.STOP_STRING);
        float[] floats = {0f, -0f, 1.5f, Float.NaN, Float.MIN_VALUE, Float.NEGATIVE_INFINITY};
        MemoryBreakdown memory = new MemoryBreakdown(List.of(
                new MemoryBreakdown.Buffer("CPU_Mapped", true, 19_612_928L, 0, 0),
                new MemoryBreakdown.Buffer("CUDA0", false, 5L << 32, 1L << 20, 3L)));

        Frame.Reader r = sent(Frame.of(Frame.Type.CHAT)
                .turn(turn)
                .chatResponse(response)
                .floats(floats)
                .memory(memory)
                .strings(List.of("a", "", "ü"))
                .bool(true));
        assertThat(r.turn()).isEqualTo(turn);
        assertThat(r.chatResponse()).isEqualTo(response);
        float[] back = r.floats();
        assertThat(back).hasSize(floats.length);
        for (int i = 0; i < floats.length; i++) {
            assertThat(Float.floatToRawIntBits(back[i])).isEqualTo(Float.floatToRawIntBits(floats[i]));
        }
        assertThat(r.memory()).isEqualTo(memory);
        assertThat(r.strings()).containsExactly("a", "", "ü");
        assertThat(r.bool()).isTrue();
    }

    /**
     * The chat records are encoded field by field: a component added to one of them must be added to Frame too.
     * This lists what Frame writes; it fails when a record has gained (or lost) a component.
     */
    @Test
    void theEncodingsCoverEveryComponentOfTheChatRecords() {
        assertThat(names(ChatMessage.class))
                .containsExactly("role", "content", "reasoning", "toolCalls", "toolName", "toolCallId");
        assertThat(names(ToolCall.class)).containsExactly("id", "name", "arguments");
        assertThat(names(ChatTool.class)).containsExactly("name", "description", "parameters");
        assertThat(names(ChatOptions.class))
                .containsExactly(
                        "tools",
                        "toolChoice",
                        "parallelToolCalls",
                        "addGenerationPrompt",
                        "enableThinking",
                        "reasoning",
                        "jsonSchema",
                        "grammar",
                        "now",
                        "templateVariables");
        assertThat(names(ChatResponse.class)).containsExactly("content", "reasoning", "toolCalls", "text");
        assertThat(names(Chat.Turn.class))
                .containsExactly("promptTokens", "cachedTokens", "generatedTokens", "stopReason");
        assertThat(names(MemoryBreakdown.Buffer.class)).containsExactly("type", "host", "model", "context", "compute");
    }

    private static List<String> names(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
    }

    @Test
    void aHostileCountIsRefusedBeforeAnythingIsAllocated() throws IOException {
        // a conversation that claims a billion messages in a few bytes
        Frame.Reader r = sent(Frame.of(Frame.Type.CHAT).i32(1 << 30).i32(0));
        assertThatThrownBy(r::messages)
                .isInstanceOf(IOException.class)
                .hasMessage("bad count 1073741824 with 4 bytes left");
        Frame.Reader bad = sent(Frame.of(Frame.Type.CHAT).i32(0x07000000)); // a first byte of 7
        assertThatThrownBy(bad::bool).isInstanceOf(IOException.class).hasMessage("bad boolean 7");
    }
}
