package org.llamaffm;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8AccumulatorTest {

    private final Utf8Accumulator utf8 = new Utf8Accumulator();

    private String append(int... bytes) {
        byte[] piece = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            piece[i] = (byte) bytes[i];
        }
        return utf8.append(MemorySegment.ofArray(piece), piece.length);
    }

    @Test
    void aCharacterSplitOverPiecesComesOutWhenItsLastByteArrives() {
        assertThat(append(0xC3)).isNull(); // é = C3 A9
        assertThat(append(0xA9)).isEqualTo("\u00e9");
        assertThat(append(0xF0)).isNull(); // 😀 = F0 9F 98 80, over three pieces
        assertThat(append(0x9F, 0x98)).isNull();
        assertThat(append(0x80)).isEqualTo("\uD83D\uDE00");
        assertThat(utf8.flush()).isNull();
    }

    @Test
    void aPieceReturnsTheCharactersItCompletesAndHoldsTheOneItStarts() {
        assertThat(append('a', 0xE9, 0xBE)).isEqualTo("a"); // 龘 = E9 BE 98
        assertThat(append(0x98, 'b', 0xC3)).isEqualTo("\u9F98b");
        assertThat(append(0xA9, 'c')).isEqualTo("\u00e9c");
    }

    @Test
    void everySplitOfATextGivesTheTextBack() {
        byte[] bytes = "a\u00e9\u9F98\uD83D\uDE00z".getBytes(StandardCharsets.UTF_8);
        for (int a = 0; a <= bytes.length; a++) {
            for (int b = a; b <= bytes.length; b++) {
                StringBuilder text = new StringBuilder();
                for (int[] piece : new int[][] {{0, a}, {a, b}, {b, bytes.length}}) {
                    String out = utf8.append(MemorySegment.ofArray(bytes).asSlice(piece[0]), piece[1] - piece[0]);
                    if (out != null) {
                        assertThat(out).doesNotContain("\uFFFD");
                        text.append(out);
                    }
                }
                assertThat(text).as("split at " + a + ", " + b).hasToString("a\u00e9\u9F98\uD83D\uDE00z");
                assertThat(utf8.flush()).isNull();
            }
        }
    }

    @Test
    void invalidBytesComeOutAtOnceAsReplacementCharacters() {
        assertThat(append(0xFF)).isEqualTo("\uFFFD"); // never a UTF-8 byte
        assertThat(append(0x80, 0x80)).isEqualTo("\uFFFD\uFFFD"); // continuation bytes without a lead byte
        assertThat(append(0xE4, 0xBD)).isNull(); // the start of a 3-byte character...
        assertThat(append('A')).isEqualTo("\uFFFDA"); // ...cut short by an ASCII character
    }

    @Test
    void flushDecodesAnIncompleteTailAndEmptiesTheAccumulator() {
        assertThat(append('x', 0xF0, 0x9F)).isEqualTo("x");
        assertThat(utf8.flush()).isEqualTo("\uFFFD");
        assertThat(utf8.flush()).isNull();
        assertThat(append(0xC3)).isNull();
        utf8.clear();
        assertThat(append('y')).isEqualTo("y");
    }

    @Test
    void aPieceLargerThanTheBufferIsTakenWhole() {
        byte[] bytes = "\u00e9".repeat(300).getBytes(StandardCharsets.UTF_8); // 600 bytes, more than the first buffer
        assertThat(append(0xC3)).isNull();
        // C3 held + bytes[1, 599): 299 whole characters and the lead byte of a 300th
        assertThat(utf8.append(MemorySegment.ofArray(bytes).asSlice(1), 598)).isEqualTo("\u00e9".repeat(299));
        assertThat(append(0xA9)).isEqualTo("\u00e9");
    }

    @Test
    void completeUtf8FindsTheLastWholeCharacter() {
        byte[] bytes = "a\u00e9\u9F98\uD83D\uDE00".getBytes(StandardCharsets.UTF_8); // 1 + 2 + 3 + 4 bytes
        int[] complete = {0, 1, 1, 3, 3, 3, 6, 6, 6, 6, 10};
        for (int n = 0; n <= bytes.length; n++) {
            assertThat(Utf8Accumulator.completeUtf8(bytes, n))
                    .as("prefix of " + n)
                    .isEqualTo(complete[n]);
        }
        assertThat(Utf8Accumulator.completeUtf8(new byte[] {(byte) 0x80, (byte) 0x80}, 2))
                .isEqualTo(2);
    }
}
