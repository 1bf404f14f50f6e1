package org.llamaffm.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Request bodies checked before anything runs: what each refusal says. */
class RequestsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode chat(String extra) throws Exception {
        return JSON.readTree(
                "{\"model\": \"m\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]" + extra + "}");
    }

    @Test
    void stopSequencesAreFewAndShort() throws Exception {
        assertThat(Requests.chat(chat(", \"stop\": [\"a\", \"bc\"]"), 10).gen().stop())
                .containsExactly("a", "bc");
        String longest = "x".repeat(Requests.MAX_STOP_LENGTH);
        assertThat(Requests.chat(chat(", \"stop\": \"" + longest + "\""), 10)
                        .gen()
                        .stop())
                .containsExactly(longest);
        assertThatThrownBy(() -> Requests.chat(chat(", \"stop\": \"" + longest + "x\""), 10))
                .isInstanceOf(ApiError.class)
                .hasMessage("stop: a stop sequence is at most 256 characters");
        assertThatThrownBy(() -> Requests.chat(chat(", \"stop\": [\"a\", \"b\", \"c\", \"d\", \"e\"]"), 10))
                .isInstanceOf(ApiError.class)
                .hasMessage("stop: at most 4 sequences, got 5");
        assertThatThrownBy(() -> Requests.chat(chat(", \"stop\": [\"\"]"), 10))
                .isInstanceOf(ApiError.class)
                .hasMessage("stop: a stop sequence cannot be empty");
    }

    @Test
    void aStreamHoldsBackOnlyWhatMayBeginAStopSequence() {
        StopStrings stops = new StopStrings(java.util.List.of("END"));
        assertThat(stops.feed("abc E")).isEqualTo("abc ");
        assertThat(stops.feed("N")).isEmpty();
        assertThat(stops.feed("X")).isEqualTo("ENX");
        assertThat(stops.feed("..EN")).isEqualTo("..");
        assertThat(stops.feed("D more")).isEmpty();
        assertThat(stops.stopped()).isTrue();
        assertThat(stops.flush()).isEmpty();
        assertThat(stops.cut("one END two END")).isEqualTo("one ");
    }
}
