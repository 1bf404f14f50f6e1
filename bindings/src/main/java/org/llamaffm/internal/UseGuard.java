package org.llamaffm.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One thread at a time, and nothing after close: the guard of an object whose native state llama.cpp
 * lets only one thread use ({@code Context}, {@code Embedder}, {@code Reranker}). A second thread is
 * refused at once with an {@link IllegalStateException} rather than made to wait: waiting would hide
 * a sharing bug behind a decode that may run for seconds. The thread inside may enter again (the lock
 * is reentrant), and may close.
 *
 * {@snippet :
 * private final UseGuard guard = new UseGuard("context", "a context serves one thread at a time; "
 *         + "give each thread its own context", "close it from that thread, or abort() and wait for the decode to end");
 *
 * public void decode(Batch batch) {
 *     guard.enter();
 *     try {
 *         // ... the native call
 *     } finally {
 *         guard.exit();
 *     }
 * }
 *
 * public void close() {
 *     guard.close(arena::close); // once, and never while another thread is inside
 * }
 * }
 */
public final class UseGuard {

    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final String name;
    private final String oneThread;
    private final String closeAdvice;

    /**
     * @param name        what is guarded, as the messages name it ({@code "the context is closed"})
     * @param oneThread   what a second thread is told after "in use by another thread"
     * @param closeAdvice what a thread that closes it while another is inside is told
     */
    public UseGuard(String name, String oneThread, String closeAdvice) {
        this.name = name;
        this.oneThread = oneThread;
        this.closeAdvice = closeAdvice;
    }

    /**
     * Enters; every {@code enter()} is followed by an {@link #exit()} in a {@code finally}.
     *
     * @throws IllegalStateException when another thread is inside (the message names it), or when closed
     */
    public void enter() {
        if (!lock.tryLock()) {
            throw new IllegalStateException(
                    "the " + name + " is in use by another thread (" + lock + "): " + oneThread);
        }
        if (closed.get()) {
            lock.unlock();
            throw new IllegalStateException("the " + name + " is closed");
        }
    }

    public void exit() {
        lock.unlock();
    }

    public boolean isClosed() {
        return closed.get();
    }

    /** True while a thread is inside (a snapshot: it may have left by the time this returns). */
    public boolean inUse() {
        return lock.isLocked();
    }

    /**
     * Marks it closed and runs {@code free}, once: later calls return at once. It counts as closed
     * from the moment {@code free} starts, also when {@code free} throws (the exception propagates),
     * so nothing is ever freed twice.
     *
     * @throws IllegalStateException when another thread is inside: nothing is closed
     */
    public void close(Runnable free) {
        if (closed.get()) {
            return;
        }
        if (!lock.tryLock()) {
            throw new IllegalStateException("the " + name + " is in use by another thread: " + closeAdvice);
        }
        try {
            if (closed.compareAndSet(false, true)) {
                free.run();
            }
        } finally {
            lock.unlock();
        }
    }
}
