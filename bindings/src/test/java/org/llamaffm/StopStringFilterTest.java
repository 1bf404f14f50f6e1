package org.llamaffm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StopStringFilterTest {

    @Test
    void withoutStopStringsTextPassesAsItIs() {
        StopStringFilter filter = new StopStringFilter(List.of());
        String text = "STOP and go";
        assertThat(filter.offer(text)).isSameAs(text);
        assertThat(filter.stopped()).isFalse();
        assertThat(filter.drain()).isEmpty();
    }

    @Test
    void aStopStringSplitOverPiecesIsHeldBackAndNeverShown() {
        StopStringFilter filter = new StopStringFilter(List.of("STOP"));
        assertThat(filter.offer("Hello ST")).isEqualTo("Hello ");
        assertThat(filter.offer("O")).isEmpty();
        assertThat(filter.stopped()).isFalse();
        assertThat(filter.offer("P and more")).isEmpty();
        assertThat(filter.stopped()).isTrue();
        assertThat(filter.offer("later")).isEmpty();
        assertThat(filter.drain()).isEmpty();
    }

    @Test
    void aHeldPrefixThatDoesNotBecomeAStopStringComesOutWithTheNextText() {
        StopStringFilter filter = new StopStringFilter(List.of("STOP"));
        assertThat(filter.offer("a ST")).isEqualTo("a ");
        assertThat(filter.offer("ar")).isEqualTo("STar");
        assertThat(filter.offer(" STO")).isEqualTo(" ");
        assertThat(filter.drain())
                .as("the end of the text releases what was held")
                .isEqualTo("STO");
        assertThat(filter.stopped()).isFalse();
    }

    @Test
    void aStopStringAtTheVeryStartLeavesNoText() {
        StopStringFilter whole = new StopStringFilter(List.of("STOP"));
        assertThat(whole.offer("STOP")).isEmpty();
        assertThat(whole.stopped()).isTrue();
        StopStringFilter split = new StopStringFilter(List.of("STOP"));
        assertThat(split.offer("S")).isEmpty();
        assertThat(split.offer("TOP!")).isEmpty();
        assertThat(split.stopped()).isTrue();
    }

    @Test
    void theEarliestOfOverlappingStopStringsEndsTheText() {
        StopStringFilter filter = new StopStringFilter(List.of("bcd", "abc"));
        assertThat(filter.offer("xabcd")).isEqualTo("x");
        assertThat(filter.stopped()).isTrue();
        StopStringFilter nested = new StopStringFilter(List.of("abc", "ab"));
        assertThat(nested.offer("xxab")).isEqualTo("xx");
        StopStringFilter later = new StopStringFilter(List.of("world", "lo"));
        assertThat(later.offer("hel")).isEqualTo("he");
        assertThat(later.offer("lo world")).isEqualTo("l");
    }

    @Test
    void theLongestPossibleStartOfAnyStopStringIsHeld() {
        StopStringFilter filter = new StopStringFilter(List.of("xyz", "yzw"));
        assertThat(filter.offer("ayz")).as("'yz' may begin 'yzw'").isEqualTo("a");
        assertThat(filter.offer("q")).isEqualTo("yzq");
        StopStringFilter repeated = new StopStringFilter(List.of("aab"));
        assertThat(repeated.offer("a")).isEmpty();
        assertThat(repeated.offer("a")).isEmpty();
        assertThat(repeated.offer("a"))
                .as("only the last two a's may begin 'aab'")
                .isEqualTo("a");
        assertThat(repeated.offer("b")).isEmpty();
        assertThat(repeated.stopped()).isTrue();
    }
}
