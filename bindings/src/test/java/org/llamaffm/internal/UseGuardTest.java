package org.llamaffm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The one-thread-at-a-time / closed logic of Context, Embedder and Reranker, without a native library. */
class UseGuardTest {

    private final UseGuard guard = new UseGuard(
            "widget",
            "a widget serves one thread at a time; give each thread its own widget",
            "close it from that thread, or abort() and wait for the call to end");
    private final AtomicInteger frees = new AtomicInteger();

    /** What {@code action} throws on another thread (null when nothing). */
    private static Throwable onAnotherThread(Runnable action) throws Exception {
        return CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                action.run();
                                return null;
                            } catch (Throwable t) {
                                return t;
                            }
                        },
                        runnable -> Thread.ofPlatform().name("second").start(runnable))
                .get(10, TimeUnit.SECONDS);
    }

    @Test
    void aSecondThreadIsRefusedWhileTheFirstIsInside() throws Exception {
        guard.enter();
        try {
            Throwable enter = onAnotherThread(guard::enter);
            assertThat(enter)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("the widget is in use by another thread (")
                    .hasMessageContaining(
                            "Locked by thread " + Thread.currentThread().getName())
                    .hasMessageEndingWith("): a widget serves one thread at a time; give each thread its own widget");
            Throwable close = onAnotherThread(() -> guard.close(frees::incrementAndGet));
            assertThat(close)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage(
                            "the widget is in use by another thread: close it from that thread, or abort() and wait "
                                    + "for the call to end");
            assertThat(guard.isClosed()).as("a refused close closes nothing").isFalse();
            assertThat(frees).hasValue(0);

            guard.enter(); // the thread inside may enter again
            guard.exit();
        } finally {
            guard.exit();
        }
        assertThat(onAnotherThread(() -> {
                    guard.enter();
                    guard.exit();
                }))
                .as("free again once the first thread has left")
                .isNull();
    }

    @Test
    void nothingEntersAfterCloseAndFreeRunsOnce() throws Exception {
        guard.close(frees::incrementAndGet);
        guard.close(frees::incrementAndGet);
        assertThat(guard.isClosed()).isTrue();
        assertThat(frees).hasValue(1);
        assertThatThrownBy(guard::enter)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the widget is closed");
        assertThat(onAnotherThread(guard::enter))
                .as("a refused enter holds nothing")
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the widget is closed");
    }

    @Test
    void theThreadInsideMayClose() throws Exception {
        guard.enter();
        try {
            guard.close(frees::incrementAndGet);
        } finally {
            guard.exit();
        }
        assertThat(frees).hasValue(1);
        assertThat(onAnotherThread(guard::enter))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the widget is closed");
    }

    @Test
    void aFreeThatThrowsStillCountsAsClosed() throws Exception {
        assertThatThrownBy(() -> guard.close(() -> {
                    frees.incrementAndGet();
                    throw new IllegalStateException("free failed");
                }))
                .hasMessage("free failed");
        assertThat(guard.isClosed()).isTrue();
        guard.close(frees::incrementAndGet);
        assertThat(frees).as("never freed twice").hasValue(1);
        assertThat(onAnotherThread(guard::enter))
                .as("the lock was released")
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the widget is closed");
    }
}
