package org.llamaffm.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llamaffm.ChatException;
import org.llamaffm.Context;
import org.llamaffm.ContextParams;
import org.llamaffm.Generation;
import org.llamaffm.GenerationParams;
import org.llamaffm.Model;
import org.llamaffm.PerformanceCounters;
import org.llamaffm.Sampler;
import org.llamaffm.StopReason;
import org.llamaffm.gguf.GgmlType;
import org.llamaffm.internal.Json;
import org.llamaffm.testkit.LlamaCppSource;
import org.llamaffm.testkit.SyntheticModel;

/**
 * Multi-turn chat sessions on a synthetic model with Qwen2's tokenizer (its ChatML tokens are
 * special tokens) and no template in the file, so llama.cpp's ChatML default applies.
 */
class ChatTest {

    @TempDir
    static Path folder;

    private static Model model;

    @BeforeAll
    static void loadModel() throws Exception {
        Path file = folder.resolve("tiny.gguf");
        SyntheticModel.llama(LlamaCppSource.vocab("qwen2"))
                .layers(2)
                .weightType(GgmlType.F16)
                .seed(21)
                .write(file);
        model = Model.load(file);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static Chat.Builder greedyChat() {
        return Chat.builder(model)
                .context(ContextParams.builder()
                        .contextSize(1024)
                        .performance(true)
                        .build())
                .system("You are a test.")
                .sampler(Sampler.Builder::greedy)
                .maxTokens(12);
    }

    @Test
    void theSecondTurnDecodesOnlyTheNewTokens() {
        try (Chat chat = greedyChat().build()) {
            chat.send("Hello there");
            Chat.Turn first = chat.lastTurn();
            assertThat(first.cachedTokens()).isZero();
            assertThat(first.generatedTokens()).isEqualTo(12);
            assertThat(first.stopReason()).isEqualTo(StopReason.MAX_TOKENS);

            PerformanceCounters before = chat.context().performance();
            chat.send("And now?");
            Chat.Turn second = chat.lastTurn();
            PerformanceCounters after = chat.context().performance();

            // everything of turn 1 that the context decoded (its prompt + 11 of the 12 answer tokens) is reused
            assertThat(second.cachedTokens()).isGreaterThanOrEqualTo(first.promptTokens());
            assertThat(second.promptTokens()).isGreaterThan(second.cachedTokens());
            assertThat(after.promptTokens() - before.promptTokens())
                    .isEqualTo(second.promptTokens() - second.cachedTokens());
            assertThat(chat.history())
                    .extracting(ChatMessage::role)
                    .containsExactly(
                            ChatMessage.Role.SYSTEM,
                            ChatMessage.Role.USER,
                            ChatMessage.Role.ASSISTANT,
                            ChatMessage.Role.USER,
                            ChatMessage.Role.ASSISTANT);
        }
    }

    @Test
    void reusingTheCacheGivesTheSameAnswerAsDecodingEverything() {
        String second;
        List<ChatMessage> history;
        try (Chat chat = greedyChat().build()) {
            chat.send("Tell me a story");
            second = chat.send("Go on").text();
            history = chat.history();
        }
        // the same history, rendered and decoded from scratch in a fresh context
        try (ChatTemplate template = ChatTemplate.of(model);
                Context context = model.newContext(
                        ContextParams.builder().contextSize(1024).build());
                Sampler sampler = Sampler.greedy(model)) {
            ChatPrompt prompt = template.render(history.subList(0, history.size() - 1));
            int[] ids = model.vocab().tokenize(prompt.text(), true, true);
            Generation.Result fresh = Generation.start(
                            context,
                            sampler,
                            ids,
                            GenerationParams.builder()
                                    .maxTokens(12)
                                    .renderSpecial(true)
                                    .build())
                    .result();
            assertThat(second).isEqualTo(fresh.text());
        }
    }

    @Test
    void answersStreamAndLandInTheHistory() {
        try (Chat chat = greedyChat().build()) {
            List<String> pieces = new ArrayList<>();
            ChatResponse response = chat.send("Hi", piece -> pieces.add(piece));
            assertThat(String.join("", pieces)).isEqualTo(response.text());
            assertThat(chat.history().getLast()).isEqualTo(response.toMessage());
        }
    }

    @Test
    void aListenerThatSaysStopEndsTheTurn() {
        try (Chat chat = greedyChat().build()) {
            AtomicInteger seen = new AtomicInteger();
            chat.send("Hi", piece -> seen.incrementAndGet() < 3);
            assertThat(chat.lastTurn().stopReason()).isEqualTo(StopReason.LISTENER);
            assertThat(seen.get()).isEqualTo(3);
            chat.send("Again"); // the session goes on
            assertThat(chat.history()).hasSize(5);
        }
    }

    @Test
    void abortFromAnotherThreadStopsTheAnswer() throws Exception {
        try (Chat chat = greedyChat().maxTokens(100_000).build()) {
            ChatResponse response = chat.send("Hi", piece -> {
                Thread stopper = Thread.ofPlatform().start(chat::abort);
                try {
                    stopper.join();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return true;
            });
            assertThat(chat.lastTurn().stopReason()).isEqualTo(StopReason.ABORTED);
            assertThat(chat.lastTurn().generatedTokens()).isLessThan(5);
            assertThat(chat.history().getLast()).isEqualTo(response.toMessage());
        }
    }

    @Test
    void aJsonSchemaShapesTheAnswer() throws Exception {
        String schema = """
                {"type":"object","properties":{"city":{"type":"string","maxLength":8},
                 "population":{"type":"integer","minimum":0,"maximum":99999}},
                 "required":["city","population"],"additionalProperties":false}""";
        try (Chat chat = greedyChat()
                .maxTokens(200)
                .options(ChatOptions.builder().jsonSchema(schema).build())
                .build()) {
            ChatResponse response = chat.send("Name a city and its population, as JSON.");
            assertThat(chat.lastTurn().stopReason()).as(response.text()).isEqualTo(StopReason.END_OF_GENERATION);
            var json = Json.MAPPER.readTree(response.content());
            assertThat(json.properties())
                    .extracting(java.util.Map.Entry::getKey)
                    .containsExactly("city", "population");
            assertThat(json.get("city").asText().length()).isLessThanOrEqualTo(8);
            assertThat(json.get("population").asInt()).isBetween(0, 99999);
        }
    }

    @Test
    void resetKeepsTheSystemMessageAndClearsTheMemory() {
        try (Chat chat = greedyChat().build()) {
            chat.send("One");
            chat.reset();
            assertThat(chat.history()).containsExactly(ChatMessage.system("You are a test."));
            assertThat(chat.context().memory().maxPosition(0)).isEqualTo(-1);
            chat.send("One");
            assertThat(chat.lastTurn().cachedTokens()).isZero();
        }
    }

    @Test
    void aFailedTurnLeavesTheHistoryAsItWas() {
        String failing = "{% if messages | length > 2 %}{{ raise_exception('too long') }}{% endif %}"
                + "{% for m in messages %}<{{ m.role }}>{{ m.content }}{% endfor %}<assistant>";
        try (Chat chat = greedyChat().template(failing).build()) {
            chat.send("One");
            assertThat(chat.history()).hasSize(3);
            assertThatThrownBy(() -> chat.send("Two"))
                    .isInstanceOf(ChatException.class)
                    .hasMessageContaining("too long");
            assertThat(chat.history()).hasSize(3);
            assertThatThrownBy(() -> chat.send(ChatMessage.assistant("x"), p -> true))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** An answer stopped while llama.cpp decodes one of its tokens (a Stop button's abort), then the next turn. */
    @Test
    void theTurnAfterAnAbortedAnswerReusesWhatTheMemoryHolds() {
        try (Chat chat = greedyChat().maxTokens(2000).build()) {
            for (int turn = 0; turn < 3; turn++) {
                int[] pieces = {0};
                chat.send("Turn " + turn, piece -> {
                    if (pieces[0]++ == 3) {
                        // from another thread, a moment later: inside llama_decode, which takes most of a token's time
                        Thread.ofVirtual().start(() -> {
                            sleep(2);
                            chat.abort();
                        });
                    }
                    return true;
                });
                assertThat(chat.lastTurn().stopReason()).isIn(StopReason.ABORTED, StopReason.END_OF_GENERATION);
            }
            // every turn after the first found its beginning in the memory and decoded on from there
            assertThat(chat.send("Last").content()).isNotNull();
            assertThat(chat.lastTurn().cachedTokens()).isPositive();
            assertThat(chat.history()).hasSize(1 + 2 * 4);
        }
    }

    @Test
    void aHistoryThatOutgrowsTheContextIsATypedError() {
        try (Chat chat = Chat.builder(model)
                .context(ContextParams.builder().contextSize(64).build())
                .sampler(Sampler.Builder::greedy)
                .maxTokens(4)
                .build()) {
            assertThatThrownBy(() -> chat.send("word ".repeat(2000)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("the context holds 256");
            assertThat(chat.history()).isEmpty();
        }
    }

    @Test
    void toolResultsAddedToTheHistoryGetOneAnswer() {
        try (Chat chat = greedyChat().build()) {
            assertThatThrownBy(() -> chat.respond(p -> true))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("the history must end with a user or tool message to answer");
            chat.add(ChatMessage.user("Weather in Paris and Rome?"));
            chat.add(ChatMessage.assistant(
                    "",
                    List.of(
                            ToolCall.of("get_weather", "{\"city\":\"Paris\"}"),
                            ToolCall.of("get_weather", "{\"city\":\"Rome\"}"))));
            chat.add(ChatMessage.tool("get_weather", "", "{\"celsius\":21}"));
            chat.add(ChatMessage.tool("get_weather", "", "{\"celsius\":25}"));
            ChatResponse answer = chat.respond(p -> true);
            assertThat(chat.history()).hasSize(6);
            assertThat(chat.history().getLast()).isEqualTo(answer.toMessage());
            assertThat(chat.lastTurn().generatedTokens()).isEqualTo(12);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
