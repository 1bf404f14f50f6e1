package org.llamaffm.langchain4j;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.common.AbstractChatModelListenerIT;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.llamaffm.policy.UntrustedTextException;

/**
 * LangChain4j's own {@link AbstractChatModelListenerIT} over {@link LlamaChatModel} through a policy session: the
 * listeners see the request with the model's default parameters, the response, and a policy refusal as the error.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SuiteFixture.Resolver.class)
class LlamaChatModelListenerIT extends AbstractChatModelListenerIT {

    private SuiteFixture fixture;

    @BeforeAll
    void open(SuiteFixture fixture) {
        this.fixture = fixture;
    }

    @Override
    protected ChatModel createModel(ChatModelListener listener) {
        return fixture.own(LlamaChatModel.builder()
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
    protected ChatModel createFailingModel(ChatModelListener listener) {
        return fixture.own(LlamaChatModel.builder()
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
