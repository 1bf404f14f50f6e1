package org.llamaffm.policy.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A dead worker's replacement waits 100 ms, doubling to 30 s, and the count resets after a healthy minute. */
class RestartBackoffTest {

    private Instant now = Instant.parse("2025-01-01T00:00:00Z");
    private final InstantSource clock = () -> now;

    @Test
    void theDelayDoublesUpToTheMaximum() {
        RestartBackoff backoff = new RestartBackoff(WorkerPool.Backoff.defaults(), clock);
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            millis.add(backoff.failed().toMillis());
            now = now.plusSeconds(1);
        }
        assertThat(millis)
                .containsExactly(100L, 200L, 400L, 800L, 1600L, 3200L, 6400L, 12800L, 25600L, 30000L, 30000L, 30000L);
    }

    @Test
    void aHealthyPeriodResetsTheDelay() {
        RestartBackoff backoff = new RestartBackoff(WorkerPool.Backoff.defaults(), clock);
        backoff.failed();
        backoff.failed();
        now = now.plusSeconds(59);
        assertThat(backoff.failed()).isEqualTo(Duration.ofMillis(400)); // 59 s since the last failure: not yet
        now = now.plusSeconds(60);
        assertThat(backoff.failed()).isEqualTo(Duration.ofMillis(100));
        assertThat(backoff.failures()).isEqualTo(1);
        backoff.reset();
        assertThat(backoff.failed()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void aBackoffIsValidated() {
        assertThatThrownBy(() -> new WorkerPool.Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a backoff needs 0 <= initial <= max and healthyAfter >= 0, was PT2S, PT1S, PT0S");
    }
}
