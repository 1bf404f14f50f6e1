package org.llamaffm.policy.worker;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Charges each worker crash to whoever it follows (issue 15, "Attribution"): a tenant whose requests kill
 * workers too often is blocked, and a model whose workers die without one tenant to blame is quarantined by
 * SHA-256. Pure bookkeeping: no processes, the clock injected.
 *
 * <p>Who a crash is charged to, from its suspects (the request's tenant and every tenant with a request in
 * flight on the worker):
 * <ul>
 *   <li><b>one suspect</b>: that tenant. A tenant with {@link Rules#tenantCrashes()} such charges within
 *       {@link Rules#tenantWindow()} is blocked. The model is not charged, so one tenant can never get a model
 *       quarantined for everyone, however often it crashes it; but when crashes charged to
 *       {@link Rules#modelTenants()} different tenants are within {@link Rules#modelWindow()}, the crashes follow
 *       the model, and it is quarantined too.
 *   <li><b>no suspect</b> (at {@link Stage#LOAD}, in the {@link Stage#WARM_UP}, {@link Stage#IDLE}, or a request
 *       without a tenant) and <b>several suspects</b>: the model. When {@link Rules#modelCrashes()} of these are
 *       within {@link Rules#modelWindow()}, the model is quarantined, unless one tenant was a suspect in every
 *       one of them: then they follow that tenant after all, and are charged to it instead (to each, when
 *       several tenants were in all of them: the evidence cannot tell them apart, and blocking them, who can be
 *       given workers of their own, hurts fewer than a quarantine). A crash charged to a tenant never counts
 *       against the model again.
 * </ul>
 *
 * <p>A block lasts while the tenant's window holds {@code tenantCrashes} charges, or until
 * {@link #clearTenant(String) cleared}: a rate limit that lifts by itself, because a legitimate tenant that
 * happens to hit a rare llama.cpp assert should not need an operator, and an attacker gets at most
 * {@code tenantCrashes} crashes per window. A quarantine lasts until {@link #clearQuarantine(String) cleared}:
 * a model that dies on its own is broken for everyone until a person looks. Every step is an {@link Event}.
 *
 * {@snippet :
 * CrashLedger ledger = new CrashLedger(CrashLedger.Rules.defaults(), InstantSource.system());
 * ledger.addListener(e -> log.info(e.type() + " " + e.detail()));
 * ledger.record(sha256, CrashLedger.Stage.REQUEST, "tenant-a", Set.of("tenant-a"), "signal 6, SIGABRT");
 * if (ledger.isTenantBlocked("tenant-a")) { ... } // after the third within 10 minutes
 * }
 *
 * <p>Thread-safe; listeners are called after the ledger's lock is released, on the recording thread.
 */
public final class CrashLedger {

    private static final System.Logger LOG = System.getLogger("org.llamaffm.policy.worker");

    /** Where the worker was when it died. */
    public enum Stage {
        /** Starting, or loading its model. */
        LOAD,
        /** Its first decode, before it serves requests. */
        WARM_UP,
        /** Between requests (found by a health ping or at hand-out). */
        IDLE,
        /** While it ran a request. */
        REQUEST
    }

    /**
     * How many crashes in which window block a tenant and quarantine a model.
     *
     * @param tenantCrashes crashes charged to one tenant that block it (at least 1)
     * @param tenantWindow  the window they are counted in
     * @param modelCrashes  crashes charged to one model that quarantine it (at least 1)
     * @param modelWindow   the window they are counted in
     * @param modelTenants  distinct tenants, each charged with a crash of the model within {@code modelWindow},
     *                      that quarantine it too: a model that kills the requests of that many tenants is broken
     *                      for everyone, not attacked by one (at least 2, so that one tenant never can)
     */
    public record Rules(
            int tenantCrashes, Duration tenantWindow, int modelCrashes, Duration modelWindow, int modelTenants) {

        public Rules {
            if (tenantCrashes < 1 || modelCrashes < 1) {
                throw new IllegalArgumentException("tenantCrashes and modelCrashes must be at least 1, were "
                        + tenantCrashes + " and " + modelCrashes);
            }
            if (modelTenants < 2) {
                throw new IllegalArgumentException("modelTenants must be at least 2 (one tenant must never get a"
                        + " model quarantined), was " + modelTenants);
            }
            if (tenantWindow.isNegative()
                    || tenantWindow.isZero()
                    || modelWindow.isNegative()
                    || modelWindow.isZero()) {
                throw new IllegalArgumentException(
                        "the windows must be positive, were " + tenantWindow + " and " + modelWindow);
            }
        }

        /** These windows and counts, and a model quarantined by crashes of {@code max(2, modelCrashes)} tenants. */
        public Rules(int tenantCrashes, Duration tenantWindow, int modelCrashes, Duration modelWindow) {
            this(tenantCrashes, tenantWindow, modelCrashes, modelWindow, Math.max(2, modelCrashes));
        }

        /** The defaults: 3 crashes in 10 minutes, for tenants and models alike (and 3 tenants). */
        public static Rules defaults() {
            return new Rules(3, Duration.ofMinutes(10), 3, Duration.ofMinutes(10));
        }
    }

    /**
     * One worker crash, as recorded.
     *
     * @param model    the SHA-256 of the worker's model
     * @param stage    where the worker was
     * @param tenant   the tenant of the request it ran, or null (no request, or one without a tenant)
     * @param inFlight every tenant with a request in flight on the worker ({@code tenant} among them)
     * @param cause    how it died, one line (e.g. the {@code WorkerException}'s message)
     * @param time     when it was recorded
     */
    public record Crash(
            String model, Stage stage, @Nullable String tenant, Set<String> inFlight, String cause, Instant time) {

        public Crash {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(stage, "stage");
            inFlight = Set.copyOf(inFlight);
            Objects.requireNonNull(cause, "cause");
            Objects.requireNonNull(time, "time");
        }

        /** The tenants the crash may follow: the request's tenant and every tenant in flight, sorted. */
        public Set<String> suspects() {
            Set<String> suspects = new TreeSet<>(inFlight);
            if (tenant != null) {
                suspects.add(tenant);
            }
            return suspects;
        }
    }

    /** The kinds of events. */
    public enum EventType {
        /** A worker died (every crash, whoever it is charged to). */
        WORKER_CRASHED,
        /** A tenant reached its crash limit; its leases are refused ({@code TENANT_BLOCKED}). */
        TENANT_BLOCKED,
        /** A blocked tenant's window no longer holds enough crashes. */
        TENANT_UNBLOCKED,
        /** The operator cleared a tenant: its charges are forgiven. */
        TENANT_CLEARED,
        /** A model reached its crash limit; its leases are refused ({@code QUARANTINED}). */
        MODEL_QUARANTINED,
        /** The operator cleared a model's quarantine: its charges are forgiven. */
        QUARANTINE_CLEARED
    }

    /**
     * Something the ledger did.
     *
     * @param type   what happened
     * @param model  the model's SHA-256, or null for a tenant's unblocking and clearing
     * @param tenant the tenant concerned, or null for a model's events and a crash with no tenant
     * @param crash  the crash that caused it, or null for unblocking and clearing
     * @param detail one line for a log
     * @param time   when
     */
    public record Event(
            EventType type,
            @Nullable String model,
            @Nullable String tenant,
            @Nullable Crash crash,
            String detail,
            Instant time) {}

    /**
     * What recording a crash led to.
     *
     * @param chargedTo   the tenants it was charged to (empty: the model)
     * @param blocked     the crash's suspects that are blocked now
     * @param quarantined whether the crash's model is quarantined now
     */
    public record Outcome(Set<String> chargedTo, Set<String> blocked, boolean quarantined) {}

    /** A recorded crash and whom it is charged to so far. */
    private static final class Entry {
        final Crash crash;
        final Set<String> suspects;
        /** The tenants charged with it. */
        final Set<String> charged = new HashSet<>();
        /** Whether it still counts against its model: no, once charged to tenants or forgiven by a clear. */
        boolean againstModel;

        Entry(Crash crash) {
            this.crash = crash;
            this.suspects = crash.suspects();
        }
    }

    private final Rules rules;
    private final InstantSource clock;
    private final ArrayDeque<Entry> entries = new ArrayDeque<>(); // oldest first
    private final Set<String> blocked = new HashSet<>();
    private final Map<String, Instant> quarantined = new HashMap<>();
    private final CopyOnWriteArrayList<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();

    public CrashLedger(Rules rules, InstantSource clock) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The default rules on the system clock. */
    public CrashLedger() {
        this(Rules.defaults(), InstantSource.system());
    }

    public Rules rules() {
        return rules;
    }

    /** Receives every {@link Event} (also logged to System.Logger "org.llamaffm.policy.worker"). */
    public void addListener(Consumer<Event> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Consumer<Event> listener) {
        listeners.remove(listener);
    }

    /**
     * Records a worker's crash and charges it (see the class comment).
     *
     * @param model    the SHA-256 of the worker's model
     * @param stage    where the worker was
     * @param tenant   the tenant of the request that ran, or null
     * @param inFlight the tenants with requests in flight on the worker (may include {@code tenant})
     * @param cause    how it died, one line
     */
    public Outcome record(String model, Stage stage, @Nullable String tenant, Set<String> inFlight, String cause) {
        List<Event> events = new ArrayList<>();
        Outcome outcome;
        synchronized (this) {
            Instant now = clock.instant();
            expire(now, events);
            Entry entry = new Entry(new Crash(model, stage, tenant, inFlight, cause, now));
            entries.addLast(entry);
            if (entry.suspects.size() == 1) {
                entry.charged.addAll(entry.suspects);
            } else {
                entry.againstModel = true;
            }
            events.add(new Event(
                    EventType.WORKER_CRASHED,
                    model,
                    tenant,
                    entry.crash,
                    "a worker of model " + model + " crashed at " + stage + suspectsText(entry.suspects) + ": " + cause,
                    now));
            if (entry.againstModel) {
                chargeModel(model, entry, now, events);
            } else {
                quarantineAcrossTenants(model, entry, now, events);
            }
            for (String suspect : entry.suspects) {
                if (!blocked.contains(suspect) && charges(suspect, now) >= rules.tenantCrashes()) {
                    blocked.add(suspect);
                    events.add(new Event(
                            EventType.TENANT_BLOCKED,
                            model,
                            suspect,
                            entry.crash,
                            "tenant " + suspect + " is blocked: " + charges(suspect, now) + " worker crashes within "
                                    + rules.tenantWindow() + " followed its requests",
                            now));
                }
            }
            Set<String> blockedSuspects = new TreeSet<>(entry.suspects);
            blockedSuspects.retainAll(blocked);
            outcome = new Outcome(
                    Set.copyOf(new TreeSet<>(entry.charged)),
                    Set.copyOf(blockedSuspects),
                    quarantined.containsKey(model));
        }
        publish(events);
        return outcome;
    }

    /**
     * Quarantines the model when its window holds enough crashes against it, unless one tenant was a suspect in
     * every one: then they are charged to that tenant (or those tenants) instead.
     */
    private void chargeModel(String model, Entry latest, Instant now, List<Event> events) {
        List<Entry> against = new ArrayList<>();
        for (Entry e : entries) {
            if (e.againstModel && e.crash.model().equals(model) && within(e, rules.modelWindow(), now)) {
                against.add(e);
            }
        }
        if (against.size() < rules.modelCrashes()) {
            return;
        }
        Set<String> common = new LinkedHashSet<>(against.getFirst().suspects);
        for (Entry e : against) {
            common.retainAll(e.suspects);
        }
        if (common.isEmpty()) {
            if (quarantined.putIfAbsent(model, now) == null) {
                events.add(new Event(
                        EventType.MODEL_QUARANTINED,
                        model,
                        null,
                        latest.crash,
                        "model " + model + " is quarantined: " + against.size() + " worker crashes within "
                                + rules.modelWindow() + " that follow no one tenant (at load, in the warm-up, idle or"
                                + " under several tenants)",
                        now));
            }
            return;
        }
        for (Entry e : against) {
            e.againstModel = false;
            e.charged.addAll(common);
        }
    }

    /** Quarantines the model when crashes charged to {@link Rules#modelTenants()} different tenants are in its window. */
    private void quarantineAcrossTenants(String model, Entry latest, Instant now, List<Event> events) {
        Set<String> tenants = new TreeSet<>();
        for (Entry e : entries) {
            if (e.crash.model().equals(model) && within(e, rules.modelWindow(), now)) {
                tenants.addAll(e.charged);
            }
        }
        if (tenants.size() >= rules.modelTenants() && quarantined.putIfAbsent(model, now) == null) {
            events.add(new Event(
                    EventType.MODEL_QUARANTINED,
                    model,
                    null,
                    latest.crash,
                    "model " + model + " is quarantined: its workers crashed under " + tenants.size()
                            + " different tenants within " + rules.modelWindow() + " (" + String.join(", ", tenants)
                            + ")",
                    now));
        }
    }

    /** How many crashes in the tenant window are charged to {@code tenant}. */
    private int charges(String tenant, Instant now) {
        int n = 0;
        for (Entry e : entries) {
            if (e.charged.contains(tenant) && within(e, rules.tenantWindow(), now)) {
                n++;
            }
        }
        return n;
    }

    private static boolean within(Entry e, Duration window, Instant now) {
        return e.crash.time().isAfter(now.minus(window));
    }

    /** Forgets crashes older than both windows and unblocks the tenants whose window no longer holds enough. */
    private void expire(Instant now, List<Event> events) {
        Duration longest =
                rules.tenantWindow().compareTo(rules.modelWindow()) >= 0 ? rules.tenantWindow() : rules.modelWindow();
        while (!entries.isEmpty() && !within(entries.getFirst(), longest, now)) {
            entries.removeFirst();
        }
        for (Iterator<String> it = blocked.iterator(); it.hasNext(); ) {
            String tenant = it.next();
            int n = charges(tenant, now);
            if (n < rules.tenantCrashes()) {
                it.remove();
                events.add(new Event(
                        EventType.TENANT_UNBLOCKED,
                        null,
                        tenant,
                        null,
                        "tenant " + tenant + " is no longer blocked: " + n + " worker crashes within "
                                + rules.tenantWindow() + " followed its requests",
                        now));
            }
        }
    }

    /** Whether {@code tenant}'s leases are refused ({@code TENANT_BLOCKED}). */
    public boolean isTenantBlocked(String tenant) {
        return afterExpiry(() -> blocked.contains(tenant));
    }

    /** Whether the model with this SHA-256 is quarantined ({@code QUARANTINED}). */
    public synchronized boolean isQuarantined(String sha256) {
        return quarantined.containsKey(sha256);
    }

    /** The tenants blocked now. */
    public Set<String> blockedTenants() {
        return afterExpiry(() -> Set.copyOf(blocked));
    }

    /** The quarantined models' SHA-256s. */
    public synchronized Set<String> quarantinedModels() {
        return Set.copyOf(quarantined.keySet());
    }

    /** The crashes still within a window, oldest first. */
    public List<Crash> crashes() {
        return afterExpiry(() -> entries.stream().map(e -> e.crash).toList());
    }

    /** {@code query}'s answer once the windows have moved on to now (which may unblock tenants: events). */
    private <T> T afterExpiry(Supplier<T> query) {
        List<Event> events = new ArrayList<>();
        T result;
        synchronized (this) {
            expire(clock.instant(), events);
            result = query.get();
        }
        publish(events);
        return result;
    }

    /**
     * The operator's pardon: unblocks {@code tenant} and forgets its charges (they do not go back to the model),
     * so it takes {@code tenantCrashes} new crashes to block it again.
     */
    public void clearTenant(String tenant) {
        Event event;
        synchronized (this) {
            for (Entry e : entries) {
                e.charged.remove(tenant);
            }
            boolean was = blocked.remove(tenant);
            event = new Event(
                    EventType.TENANT_CLEARED,
                    null,
                    tenant,
                    null,
                    "tenant " + tenant + (was ? " was unblocked" : " had its crashes forgotten") + " by the operator",
                    clock.instant());
        }
        publish(List.of(event));
    }

    /**
     * The operator's release: lifts the model's quarantine and forgets the crashes against it, so it takes
     * {@code modelCrashes} new ones to quarantine it again.
     */
    public void clearQuarantine(String sha256) {
        Event event;
        synchronized (this) {
            for (Entry e : entries) {
                if (e.crash.model().equals(sha256)) {
                    e.againstModel = false;
                }
            }
            boolean was = quarantined.remove(sha256) != null;
            event = new Event(
                    EventType.QUARANTINE_CLEARED,
                    sha256,
                    null,
                    null,
                    "model " + sha256 + (was ? " was released from quarantine" : " had its crashes forgotten")
                            + " by the operator",
                    clock.instant());
        }
        publish(List.of(event));
    }

    private static String suspectsText(Set<String> suspects) {
        return switch (suspects.size()) {
            case 0 -> " with no tenant's request";
            case 1 -> " during a request of tenant " + suspects.iterator().next();
            default -> " with requests of tenants " + String.join(", ", suspects) + " in flight";
        };
    }

    private void publish(List<Event> events) {
        for (Event event : events) {
            LOG.log(
                    switch (event.type()) {
                        case WORKER_CRASHED, TENANT_BLOCKED, MODEL_QUARANTINED -> Level.WARNING;
                        default -> Level.INFO;
                    },
                    "{0}: {1}",
                    event.type(),
                    event.detail());
            for (var listener : listeners) {
                try {
                    listener.accept(event);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "crash ledger listener failed", e);
                }
            }
        }
    }
}
