package org.llamaffm.langchain4j;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.common.AbstractStreamingChatModelIT;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.llamaffm.SamplingParams;

/**
 * LangChain4j's own {@link AbstractStreamingChatModelIT} over {@link LlamaStreamingChatModel}, on a local model and
 * through a policy session, both greedy on the synthetic chat model (random weights). The suite's cancellation test
 * waits its full 30 s for a response that rightly never comes, once per model: the two flavours cost a minute.
 *
 * <p>Switched off as in {@link LlamaChatModelIT}, for the same reasons; partial tool calls are declared unsupported
 * (a tool call is parsed once the answer is done, then given as {@code onCompleteToolCall}).
 */
@ExtendWith(SuiteFixture.Resolver.class)
class LlamaStreamingChatModelIT extends AbstractStreamingChatModelIT {

    // The suite's user-exception tests check that a handler's exceptions reach onError and the listeners, and first
    // that the answer names Berlin: the models they get answer under this grammar, so that the check they are about
    // runs (the text is the grammar's, the routing of the callbacks is the adapter's).
    private static final String BERLIN = "root ::= \"The capital of Germany is Berlin.\"";

    private SuiteFixture fixture;

    @BeforeAll
    void open(SuiteFixture fixture) {
        this.fixture = fixture;
    }

    private LlamaStreamingChatModel.Builder builder() {
        return LlamaStreamingChatModel.builder()
                .model(fixture.chat)
                .contextSize(512)
                .threads(1)
                .sampling(SamplingParams.greedy());
    }

    // JUnit closes an AutoCloseable argument of a parameterized test after it: each test gets models of its own.
    @Override
    protected List<StreamingChatModel> models() {
        return List.of(
                fixture.own(builder().maxTokens(16).build()),
                fixture.own(LlamaStreamingChatModel.builder()
                        .session(fixture.chatSession)
                        .sampling(SamplingParams.greedy())
                        .maxTokens(16)
                        .build()));
    }

    @Override
    protected StreamingChatModel createModelWith(ChatRequestParameters parameters) {
        return fixture.own(builder().defaultRequestParameters(parameters).build());
    }

    @Override
    public StreamingChatModel createModelWith(ChatModelListener listener) {
        return fixture.own(builder()
                .listeners(listener)
                .defaultRequestParameters(
                        LlamaChatRequestParameters.builder().grammar(BERLIN).build())
                .build());
    }

    @Override
    protected ChatRequestParameters createIntegrationSpecificParameters(int maxOutputTokens) {
        return LlamaChatRequestParameters.builder()
                .maxOutputTokens(maxOutputTokens)
                .minP(0.05)
                .build();
    }

    // A tool call is parsed from the whole answer (the model's own format, by its template): no partial tool calls.
    @Override
    protected boolean supportsPartialToolStreaming(StreamingChatModel model) {
        return false;
    }

    // A chat model runs the one model it was built over: modelName is refused (UnsupportedFeatureException).
    @Override
    protected boolean supportsModelNameParameter() {
        return false;
    }

    // The adapter takes text only (llama-ffm's multimodal input is not wired to LangChain4j): images are refused.
    @Override
    protected boolean supportsSingleImageInputAsBase64EncodedString() {
        return false;
    }

    @Override
    protected boolean supportsSingleImageInputAsPublicURL() {
        return false;
    }

    // Proven instead by LlamaChatModelTest.aStreamedAnswerIsTheSameTextInPiecesOnItsOwnThreadAndCancellingStopsIt
    // (the streamed answer is the library's, its pieces on one thread other than the caller's, its metadata).
    @Override
    @ParameterizedTest
    @MethodSource("models")
    @Disabled(LlamaChatModelIT.KNOWS)
    protected void should_respect_user_message(StreamingChatModel model) {}

    // Proven instead by LlamaChatModelTest.aGreedyAnswerIsTheLibrarysWithItsUsageAndFinishReason (a system message).
    @Override
    @ParameterizedTest
    @MethodSource("models")
    @Disabled(LlamaChatModelIT.KNOWS)
    protected void should_respect_system_message(StreamingChatModel model) {}

    // Proven instead by LlamaChatModelTest.aConversationWithAnAnswerIsTheLibrarysConversation.
    @Override
    @ParameterizedTest
    @MethodSource("models")
    @Disabled(LlamaChatModelIT.KNOWS)
    protected void should_respect_multiple_messages(StreamingChatModel model) {}

    // Proven instead by LlamaChatModelTest.aStopSequenceEndsTheAnswerBeforeIt (a stop sequence taken from the
    // model's own greedy answer, in a request and in a model's default parameters, plain and streamed).
    @Override
    @ParameterizedTest
    @MethodSource("models")
    @Disabled(LlamaChatModelIT.KNOWS + " (it must say 'Hello World')")
    protected void should_respect_stopSequences_in_chat_request(StreamingChatModel model) {}

    @Override
    @Test
    @Disabled(LlamaChatModelIT.KNOWS + " (it must say 'Hello World')")
    protected void should_respect_stopSequences_in_default_model_parameters() {}

    // Proven instead by LlamaChatModelTest.aStreamedToolCallIsACompleteToolCallBeforeTheResponse and
    // ...aToolResultIsRenderedIntoTheNextTurn.
    @Override
    @ParameterizedTest
    @MethodSource("modelsSupportingTools")
    @Disabled(LlamaChatModelIT.DECIDES)
    protected void should_execute_a_tool_then_answer(StreamingChatModel model) {}

    @Override
    @ParameterizedTest
    @MethodSource("modelsSupportingTools")
    @Disabled(LlamaChatModelIT.DECIDES)
    protected void should_execute_a_tool_without_arguments_then_answer(StreamingChatModel model) {}

    // Proven instead by LlamaChatModelTest.twoToolCallsForcedByAGrammarAreTwoRequestsWithTheirOwnIds.
    @Override
    @ParameterizedTest
    @MethodSource("modelsSupportingTools")
    @Disabled(LlamaChatModelIT.DECIDES)
    protected void should_execute_multiple_tools_in_parallel_then_answer(StreamingChatModel model) {}

    // Proven instead by LlamaChatModelTest.aToolCallForcedByAGrammarIsAToolExecutionRequest. ToolChoice.REQUIRED
    // reaches the library's ChatOptions, but there it does not force a call on this model (Qwen's format: the
    // answer stays free text), so a grammar forces it instead.
    @Override
    @ParameterizedTest
    @MethodSource("modelsSupportingTools")
    @Disabled(LlamaChatModelIT.DECIDES + " (and with Qwen's format REQUIRED does not force the call in the library)")
    protected void should_force_LLM_to_execute_any_tool(StreamingChatModel model) {}

    @Override
    @ParameterizedTest
    @MethodSource("modelsSupportingTools")
    @Disabled(LlamaChatModelIT.DECIDES + " (and with Qwen's format REQUIRED does not force the call in the library)")
    protected void should_force_LLM_to_execute_specific_tool(StreamingChatModel model) {}

    // Proven instead by LlamaChatModelTest.jsonModeGivesAJsonObject.
    @Override
    @ParameterizedTest
    @MethodSource("modelsSupportingStructuredOutputs")
    @Disabled(LlamaChatModelIT.KNOWS + " (the JSON must be {\"city\": \"Berlin\"})")
    protected void should_respect_JSON_response_format(StreamingChatModel model) {}

    // Proven instead by LlamaChatModelTest.aJsonSchemaResponseFormatGivesJsonOfTheSchema.
    @Override
    @ParameterizedTest
    @MethodSource("modelsSupportingStructuredOutputs")
    @Disabled(LlamaChatModelIT.KNOWS + " (the JSON must be {\"city\": \"Berlin\"})")
    protected void should_respect_JSON_response_format_with_schema(StreamingChatModel model) {}

    // Proven instead by LlamaChatModelTest.aRawJsonSchemaResponseFormatGivesJsonOfTheSchema.
    @Override
    @ParameterizedTest
    @MethodSource("models")
    @Disabled(LlamaChatModelIT.KNOWS + " (the JSON must be {\"city\": \"Berlin\"})")
    protected void should_respect_JsonRawSchema_responseFormat(StreamingChatModel model) {}

    // Proven instead by LlamaChatModelTest.aToolCallForcedByAGrammarIsAToolExecutionRequest and
    // ...aJsonSchemaResponseFormatGivesJsonOfTheSchema.
    @Override
    @ParameterizedTest
    @MethodSource("modelsSupportingTools")
    @Disabled(LlamaChatModelIT.DECIDES)
    protected void should_execute_a_tool_then_answer_respecting_JSON_response_format_with_schema(
            StreamingChatModel model) {}
}
