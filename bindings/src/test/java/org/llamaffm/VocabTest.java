package org.llamaffm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.llamaffm.testkit.LlamaCppSource;

class VocabTest {

    private static Model spm;
    private static Model bpe;

    @BeforeAll
    static void load() throws IOException {
        ModelParams vocabOnly = ModelParams.builder().vocabOnly(true).build();
        spm = Model.load(LlamaCppSource.vocab("llama-spm"), vocabOnly);
        bpe = Model.load(LlamaCppSource.vocab("llama-bpe"), vocabOnly);
    }

    @AfterAll
    static void close() {
        spm.close();
        bpe.close();
    }

    @Test
    void tokenizesAsLlamaCppDoes() {
        Vocab vocab = spm.vocab();
        assertThat(vocab.type()).isEqualTo(VocabType.SPM);
        assertThat(vocab.tokenize("Hello world", false, false)).containsExactly(15043, 3186);
        assertThat(vocab.tokenize("Hello world")).containsExactly(1, 15043, 3186);
        assertThat(vocab.tokenize("", false, false)).isEmpty();
        // SentencePiece adds a space before the text when tokenizing; llama.cpp's detokenize keeps it
        assertThat(vocab.detokenize(new int[] {1, 15043, 3186}, true, false)).isEqualTo(" Hello world");
        assertThat(vocab.detokenize(new int[] {1, 15043, 3186}, false, true)).isEqualTo("<s> Hello world");
    }

    @Test
    void specialTokenTextIsOnlyParsedWhenAskedTo() {
        Vocab vocab = bpe.vocab();
        assertThat(vocab.type()).isEqualTo(VocabType.BPE);
        int eot = vocab.eot().orElseThrow();
        assertThat(vocab.tokenize("<|eot_id|>", false, true)).containsExactly(eot);
        int[] untrusted = vocab.tokenize("<|eot_id|>", false, false);
        assertThat(untrusted).doesNotContain(eot).hasSizeGreaterThan(1);
        assertThat(vocab.detokenize(untrusted, false, false)).isEqualTo("<|eot_id|>");
        assertThat(vocab.isEndOfGeneration(eot)).isTrue();
        assertThat(vocab.isControl(eot)).isTrue();
        assertThat(vocab.attributes(eot)).contains(TokenAttribute.CONTROL);
    }

    @Test
    void piecesAndSpecialIds() {
        Vocab vocab = spm.vocab();
        assertThat(vocab.size()).isEqualTo(32000);
        assertThat(vocab.bos()).hasValue(1);
        assertThat(vocab.eos()).hasValue(2);
        assertThat(vocab.addsBos()).isTrue();
        assertThat(vocab.addsEos()).isFalse();
        assertThat(vocab.tokenToPiece(15043, false)).isEqualTo(" Hello");
        assertThat(vocab.text(15043)).isEqualTo("▁Hello");
        assertThat(vocab.tokenToPiece(2, true)).isEqualTo("</s>");
        assertThat(vocab.tokenToPiece(2, false)).isEmpty();
        assertThat(vocab.attributes(15043)).containsExactly(TokenAttribute.NORMAL);
        // a character the vocabulary lacks falls back to its UTF-8 bytes, one token each
        String clef = "\uD834\uDD1E"; // U+1D11E, F0 9D 84 9E
        int[] tokens = vocab.tokenize(clef, false, false);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int t : tokens) {
            bytes.writeBytes(vocab.tokenToBytes(t, false));
        }
        assertThat(tokens).hasSize(5); // "▁" and four byte tokens
        assertThat(vocab.attributes(tokens[1])).contains(TokenAttribute.BYTE);
        assertThat(vocab.tokenToBytes(tokens[1], false)).containsExactly(0xF0);
        assertThat(bytes.toByteArray()).isEqualTo((" " + clef).getBytes(StandardCharsets.UTF_8));
        assertThat(vocab.detokenize(tokens, false, false)).isEqualTo(clef); // llama.cpp drops the prefix space here
    }

    @Test
    void outOfRangeTokenIdsAreRejectedInJava() {
        Vocab vocab = spm.vocab();
        for (int bad : new int[] {-1, 32000, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> vocab.tokenToPiece(bad, false))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("token " + bad + " is out of range [0, 32000)");
        }
        assertThatThrownBy(() -> vocab.detokenize(new int[] {1, 40000}, false, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("token 40000 is out of range [0, 32000)");
        assertThatThrownBy(() -> vocab.attributes(-5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void longTextsGrowTheOutputBuffer() {
        String text = "word ".repeat(5000);
        int[] tokens = spm.vocab().tokenize(text, true, false);
        assertThat(tokens).hasSizeGreaterThan(5000);
        assertThat(spm.vocab().detokenize(tokens, true, false)).isEqualTo(" " + text);
    }
}
