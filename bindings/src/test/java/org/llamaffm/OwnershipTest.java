package org.llamaffm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llamaffm.internal.CpuThreadpool;
import org.llamaffm.testkit.LlamaCppSource;
import org.llamaffm.testkit.SyntheticModel;

/** What owns which native object, and that a failure half-way frees what was made. */
class OwnershipTest {

    @TempDir
    static Path folder;

    private static Path file;

    @BeforeAll
    static void writeModel() throws Exception {
        file = folder.resolve("tiny.gguf");
        SyntheticModel.llama(LlamaCppSource.vocab("llama-spm"))
                .layers(1)
                .seed(7)
                .write(file);
    }

    @AfterEach
    void restoreThreadpools() {
        CpuThreadpool.makeWith(null);
    }

    @Test
    void aContextWhoseSecondThreadpoolFailsFreesTheContextTheFirstPoolAndItsHoldOnTheModel() {
        AtomicBoolean freed = new AtomicBoolean();
        int pools = CpuThreadpool.live();
        Model model = Model.load(file);
        model.onFree(() -> freed.set(true));
        // the batch pool (2 threads) cannot be made; the first one (1 thread) can
        CpuThreadpool.makeWith(threads -> threads == 2 ? MemorySegment.NULL : CpuThreadpool.make(threads, 50));

        assertThatThrownBy(() -> model.newContext(
                        ContextParams.builder().threads(1).batchThreads(2).build()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ggml could not create a threadpool of 2 threads");

        assertThat(CpuThreadpool.live()).isEqualTo(pools);
        model.close();
        assertThat(freed).as("no context holds the model any more").isTrue();
    }

    @Test
    void aContextOwnsItsThreadpoolsUntilItCloses() {
        int pools = CpuThreadpool.live();
        try (Model model = Model.load(file)) {
            Context context = model.newContext(
                    ContextParams.builder().threads(1).batchThreads(2).build());
            assertThat(CpuThreadpool.live()).isEqualTo(pools + 2);
            context.close();
            context.close(); // idempotent
            assertThat(CpuThreadpool.live()).isEqualTo(pools);
        }
    }

    @Test
    void aSamplerKeepsItsModelLoadedUntilItCloses() {
        AtomicBoolean freed = new AtomicBoolean();
        Model model = Model.load(file);
        model.onFree(() -> freed.set(true));
        Sampler sampler =
                Sampler.builder().grammar("root ::= \"a\"", "root").greedy().build(model);

        model.close(); // the grammar keeps the model's vocabulary
        assertThat(model.isClosed()).isTrue();
        assertThat(freed).isFalse();
        sampler.reset(); // still usable
        sampler.close();
        assertThat(freed).isTrue();
    }

    @Test
    void aSamplerThatCannotBeBuiltLeavesNoHoldOnTheModel() {
        AtomicBoolean freed = new AtomicBoolean();
        Model model = Model.load(file);
        model.onFree(() -> freed.set(true));

        Sampler.Builder undefinedRule =
                Sampler.builder().grammar("root ::= undefined", "root").greedy();

        assertThatThrownBy(() -> undefinedRule.build(model)) // llama.cpp's parser refuses it, after the chain was made
                .isInstanceOf(GrammarException.class)
                .hasMessageStartingWith("llama.cpp could not create the grammar sampler: ");
        model.close();
        assertThat(freed).isTrue();
    }
}
