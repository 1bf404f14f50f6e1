package org.llamaffm.policy.worker;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import org.jspecify.annotations.Nullable;

/**
 * How long a {@link WorkerPool} waits before it replaces a dead worker: {@link WorkerPool.Backoff#initial()}
 * after the first failure, doubling with each further one up to {@link WorkerPool.Backoff#max()}, and back to
 * the start once the pool has gone {@link WorkerPool.Backoff#healthyAfter()} without a failure. Not thread-safe:
 * the pool calls it under its lock.
 */
final class RestartBackoff {

    private final WorkerPool.Backoff config;
    private final InstantSource clock;
    private int failures;
    private @Nullable Instant lastFailure;

    RestartBackoff(WorkerPool.Backoff config, InstantSource clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Notes a failure; the delay before the next start. */
    Duration failed() {
        Instant now = clock.instant();
        if (lastFailure != null && !now.isBefore(lastFailure.plus(config.healthyAfter()))) {
            failures = 0;
        }
        lastFailure = now;
        Duration delay = config.initial();
        for (int i = 0; i < failures && delay.compareTo(config.max()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        failures++;
        return delay.compareTo(config.max()) > 0 ? config.max() : delay;
    }

    /** Forgets the failures (the operator cleared the model). */
    void reset() {
        failures = 0;
        lastFailure = null;
    }

    /** Consecutive failures so far. */
    int failures() {
        return failures;
    }
}
