package org.llamaffm.langchain4j;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.common.AbstractEmbeddingModelIT;
import dev.langchain4j.model.embedding.listener.EmbeddingModelListener;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * LangChain4j's own {@link AbstractEmbeddingModelIT} over {@link LlamaEmbeddingModel}, on a local model and through a
 * policy session, on the synthetic BERT (random weights: distinct texts still give distinct vectors). Declared
 * unsupported, so that the suite checks the typed refusal: an input type (query or document: the model has one way
 * to embed), a number of dimensions (the model's are fixed) and images. The failing model is a session whose tenant
 * may send prompts of 2 bytes at most.
 */
@ExtendWith(SuiteFixture.Resolver.class)
class LlamaEmbeddingModelIT extends AbstractEmbeddingModelIT {

    private SuiteFixture fixture;

    @BeforeAll
    void open(SuiteFixture fixture) {
        this.fixture = fixture;
    }

    // JUnit closes an AutoCloseable argument of a parameterized test after it: each test gets models of its own.
    @Override
    protected List<EmbeddingModel> models() {
        return List.of(
                fixture.own(LlamaEmbeddingModel.builder()
                        .model(fixture.bert)
                        .threads(1)
                        .build()),
                fixture.own(LlamaEmbeddingModel.builder()
                        .session(fixture.bertSession)
                        .build()));
    }

    @Override
    protected EmbeddingModel modelWith(EmbeddingModelListener listener) {
        return fixture.own(LlamaEmbeddingModel.builder()
                .model(fixture.bert)
                .threads(1)
                .listeners(listener)
                .build());
    }

    @Override
    protected EmbeddingModel failingModelWith(EmbeddingModelListener listener) {
        return fixture.own(LlamaEmbeddingModel.builder()
                .session(fixture.tinyBertSession)
                .listeners(listener)
                .build());
    }

    @Override
    protected boolean supportsInputTypeParameter() {
        return false;
    }

    @Override
    protected boolean supportsDimensionsParameter() {
        return false;
    }

    @Override
    protected boolean supportsImageInput() {
        return false;
    }
}
