package org.llamaffm.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** {@link Budget} on its own: what it reserves, what it refuses, and that threads racing for it never pass its cap. */
class BudgetTest {

    private static final int THREADS = 16;

    @Test
    void reservationsAddUpAndReleasesGiveBack() {
        Budget budget = new Budget("TEST_MEMORY", "the test's", 100);
        budget.reserve(30);
        budget.reserve(50);
        assertThat(budget.reserved()).isEqualTo(80);
        budget.release(30);
        assertThat(budget.reserved()).isEqualTo(50);
        budget.reserve(50); // exactly up to the cap
        assertThat(budget.reserved()).isEqualTo(100);
    }

    @Test
    void aReservationPastTheCapIsRefusedAndReservesNothing() {
        Budget budget = new Budget("TEST_MEMORY", "the test's", 100);
        budget.reserve(60);
        assertThatThrownBy(() -> budget.reserve(41))
                .isInstanceOfSatisfying(BudgetExceededException.class, e -> {
                    assertThat(e.requested()).isEqualTo(41);
                    assertThat(e.available()).isEqualTo(40);
                })
                .hasMessage("the test's memory budget exceeded: 41 bytes needed (llama.cpp's estimate), 40 available");
        assertThat(budget.reserved()).isEqualTo(60);
        budget.reserve(40);
        assertThat(budget.reserved()).isEqualTo(100);
    }

    @Test
    void aCapOfZeroIsNoLimit() {
        Budget budget = Budget.global(0);
        budget.reserve(Long.MAX_VALUE / 2);
        budget.reserve(Long.MAX_VALUE / 2);
        assertThat(budget.reserved()).isEqualTo(Long.MAX_VALUE / 2 * 2);
    }

    @Test
    void theGlobalAndTheTenantBudgetsNameThemselves() {
        assertThat(Budget.global(1).name()).isEqualTo("GLOBAL_MEMORY");
        assertThatThrownBy(() -> Budget.global(1).reserve(2))
                .hasMessageStartingWith("the sandbox's memory budget exceeded");
        Budget tenant = Budget.tenant(new Tenant("alice"), 1);
        assertThat(tenant.name()).isEqualTo("TENANT_MEMORY");
        assertThatThrownBy(() -> tenant.reserve(2)).hasMessageStartingWith("tenant alice's memory budget exceeded");
    }

    @Test
    void racingReservationsGetExactlyWhatTheCapHolds() throws Exception {
        // 16 threads released at once, each asking 4 times for 100 bytes of 1000: whatever the interleaving,
        // exactly 10 reservations succeed
        Budget budget = new Budget("TEST_MEMORY", "the test's", 1000);
        List<Long> granted = race(() -> {
            long mine = 0;
            for (int i = 0; i < 4; i++) {
                try {
                    budget.reserve(100);
                    mine++;
                } catch (BudgetExceededException e) {
                    assertThat(e.available()).isBetween(0L, 99L);
                }
            }
            return mine;
        });
        assertThat(granted.stream().mapToLong(Long::longValue).sum()).isEqualTo(10);
        assertThat(budget.reserved()).isEqualTo(1000);
    }

    @Test
    void reservingAndReleasingThreadsNeverSeeMoreThanTheCap() throws Exception {
        Budget budget = new Budget("TEST_MEMORY", "the test's", 1000);
        AtomicLong most = new AtomicLong();
        List<Long> granted = race(() -> {
            long mine = 0;
            for (int i = 0; i < 10_000; i++) {
                try {
                    budget.reserve(300);
                } catch (BudgetExceededException e) {
                    continue;
                }
                mine++;
                most.accumulateAndGet(budget.reserved(), Math::max);
                budget.release(300);
            }
            return mine;
        });
        assertThat(most.get()).as("the most reserved at once").isLessThanOrEqualTo(900);
        assertThat(granted.stream().mapToLong(Long::longValue).sum()).isPositive();
        assertThat(budget.reserved()).isZero();
    }

    /** Runs {@code task} on {@link #THREADS} threads that all start at the same moment; their results. */
    private static List<Long> race(Callable<Long> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch ready = new CountDownLatch(THREADS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Long>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                results.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return task.call();
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS))
                    .as("all threads started")
                    .isTrue();
            start.countDown();
            List<Long> values = new ArrayList<>();
            for (Future<Long> result : results) {
                values.add(result.get(60, TimeUnit.SECONDS));
            }
            return values;
        } finally {
            pool.shutdownNow();
        }
    }
}
