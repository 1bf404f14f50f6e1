package org.llamaffm.langchain4j;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.common.AbstractStreamingChatModelListenerIT;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.llamaffm.policy.UntrustedTextException;

/**
 * LangChain4j's own {@link AbstractStreamingChatModelListenerIT} over {@link LlamaStreamingChatModel} through a
 * policy session: the listeners see the request with the model's default parameters, the streamed response, and a
 * policy refusal (on the streaming thread, so through the handler's onError) as the error.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SuiteFixture.Resolver.class)
class LlamaStreamingChatModelListenerIT extends AbstractStreamingChatModelListenerIT {

    private SuiteFixture fixture;

    @BeforeAll
    void open(SuiteFixture fixture) {
        this.fixture = fixture;
    }

    @Override
    protected StreamingChatModel createModel(ChatModelListener listener) {
        return fixture.own(LlamaStreamingChatModel.builder()
                .session(fixture.chatSession)
                .defaultRequestParameters(ChatRequestParameters.builder()
                        .temperature(temperature())
                        .topP(topP())
                        .maxOutputTokens(maxTokens())
                        .build())
                .listeners(listener)
                .build());
    }

    @Override
    protected StreamingChatModel createFailingModel(ChatModelListener listener) {
        return fixture.own(LlamaStreamingChatModel.builder()
                .session(fixture.tinyChatSession)
                .listeners(listener)
                .build());
    }

    // The failing model: a session whose tenant may send prompts of 2 bytes at most, so the policy refuses the
    // request (an UntrustedTextException, TOO_MANY_BYTES) and the listeners hear the refusal.
    @Override
    protected Class<? extends Exception> expectedExceptionClass() {
        return UntrustedTextException.class;
    }

    @Override
    protected String modelName() {
        return "llama-ffm";
    }
}
