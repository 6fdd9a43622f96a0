package io.campaignsim.engine;

import io.campaignsim.core.Futures;
import io.campaignsim.population.Population;
import io.campaignsim.random.KeyedUniforms;
import io.campaignsim.random.RandomStreams;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.world.ResidualValue;
import io.campaignsim.world.WorldModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Runs day-stepped simulations of one scenario and population under a contact policy.
 * Configuration only: every {@link #run} builds its own mutable state, so runs (replications)
 * may execute concurrently on one engine.
 *
 * <p>Customers are split into fixed shards of {@link #SHARD_SIZE}; each day the shards are
 * simulated in parallel, then their tallies are added exactly ({@link RunTally}) and the policy's
 * {@code endOfDay} runs alone. Shard boundaries do not depend on the thread count and every
 * draw is keyed by (customer, day, event), so results are identical for any {@code threads}, and
 * for a policy that does not learn across customers, identical when customer ranges run on their
 * own ({@link #runRange}).
 */
public final class SimulationEngine {

    /** System property for {@link Builder#skipQuiet}: {@code false} (the default and reference), {@code always}. */
    public static final String SKIP_QUIET_PROPERTY = "campaignsim.skipQuiet";

    /** Customers per shard: large enough to amortise task overhead, small enough to balance 2-64 threads. */
    public static final int SHARD_SIZE = 16_384;

    private final Scenario scenario;
    private final Population population;
    private final WorldModel world;
    private final ContactGuard guard;
    private final java.util.function.BiFunction<ObservedHistory, HiddenView, ContactPolicy> policyFactory;
    private final int threads;
    private final boolean keepCustomerOutcomes;
    private final Stepping stepping;
    private final QuietSkipping skipQuiet;

    private SimulationEngine(Builder b) {
        this.skipQuiet = b.skipQuiet;
        this.scenario = b.scenario;
        this.population = b.population;
        this.world = new WorldModel(b.scenario);
        this.guard = new ContactGuard(b.scenario);
        this.policyFactory = b.policyFactory;
        this.threads = b.threads;
        this.keepCustomerOutcomes = b.customerOutcomes;
        this.stepping = b.stepping;
    }

    /** How this engine advances time. */
    public Stepping stepping() {
        return stepping;
    }

    public static Builder builder(Scenario scenario, Population population) {
        return new Builder(scenario, population);
    }

    /** Builder with documented defaults. */
    public static final class Builder {
        private final Scenario scenario;
        private final Population population;
        private java.util.function.BiFunction<ObservedHistory, HiddenView, ContactPolicy> policyFactory =
                (h, v) -> ContactPolicy.NONE;
        private int threads = 1;
        private boolean customerOutcomes;
        private Stepping stepping = Stepping.DAILY;
        private QuietSkipping skipQuiet = QuietSkipping.of(System.getProperty(SKIP_QUIET_PROPERTY));

        private Builder(Scenario scenario, Population population) {
            this.scenario = Objects.requireNonNull(scenario);
            this.population = Objects.requireNonNull(population);
            if (population.observed().channelNames().size() != scenario.channels().size()) {
                throw new IllegalArgumentException("population has " + population.observed().channelNames().size()
                        + " channels, but the scenario declares " + scenario.channels().size());
            }
        }

        /** Creates a fresh policy for each run from that run's observed history (default: no contacts). */
        public Builder policy(Function<ObservedHistory, ContactPolicy> factory) {
            Objects.requireNonNull(factory);
            this.policyFactory = (h, v) -> factory.apply(h);
            return this;
        }

        /**
         * As {@link #policy}, for the oracle only: the factory also gets a read-only view of the
         * hidden state (fatigue, habituation), so that it can plan from the true state.
         */
        public Builder oraclePolicy(java.util.function.BiFunction<ObservedHistory, HiddenView, ContactPolicy> factory) {
            this.policyFactory = Objects.requireNonNull(factory);
            return this;
        }

        /** Worker threads, at least 1 (default 1). Does not change results. */
        public Builder threads(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("threads must be at least 1, but was " + n);
            }
            this.threads = n;
            return this;
        }

        /**
         * Whether each run keeps every customer's own totals in both worlds ({@link Run#outcomes()};
         * default false: they cost {@link CustomerOutcomes#BYTES_PER_CUSTOMER} per customer). Does not
         * change any other result.
         */
        public Builder customerOutcomes(boolean keep) {
            this.customerOutcomes = keep;
            return this;
        }

        /** How time advances (default {@link Stepping#DAILY}); the model is the same, the draws differ. */
        public Builder stepping(Stepping s) {
            this.stepping = Objects.requireNonNull(s);
            return this;
        }

        /**
         * Whether a customer's {@link ContactPolicy#propose} is skipped on the days before the policy's
         * {@link ContactPolicy#nextProposalDay}: true always skips, false never. The default is
         * {@link QuietSkipping#NEVER} (faster on every bundled workload, idle), or the system property
         * {@value #SKIP_QUIET_PROPERTY} ({@code false}, {@code always}). The world's draws run
         * either way, so results are byte-identical.
         */
        public Builder skipQuiet(boolean skip) {
            this.skipQuiet = skip ? QuietSkipping.ALWAYS : QuietSkipping.NEVER;
            return this;
        }

        /** The daily engine's {@link QuietSkipping} mode (default never, see {@link #skipQuiet}). */
        public Builder quietSkipping(QuietSkipping mode) {
            this.skipQuiet = Objects.requireNonNull(mode);
            return this;
        }

        public SimulationEngine build() {
            return new SimulationEngine(this);
        }
    }

    /** Options of one run. */
    /**
     * @param breakdown whether to keep the per-customer state of the micro review ({@link Breakdown}:
     *     {@link #microReviewBytesPerCustomer} a customer); off for benchmarks, on for reports
     */
    public record RunOptions(int replication, EventLog events, IntConsumer dayDone, boolean breakdown) {

        /** With the micro review. */
        public RunOptions(int replication, EventLog events, IntConsumer dayDone) {
            this(replication, events, dayDone, true);
        }

        /** Without the micro review (engine benchmarks, tests of totals). */
        public static RunOptions of(int replication) {
            return new RunOptions(replication, null, d -> { }, false);
        }

        /** With the micro review ({@link Run#breakdown()}). */
        public static RunOptions withBreakdown(int replication) {
            return new RunOptions(replication, null, d -> { }, true);
        }
    }

    /** Bytes a customer the micro review keeps (profit in both worlds, contacts per channel and touchpoint). */
    public static long microReviewBytesPerCustomer(int channels, int touchpoints) {
        return Attribution.bytesPerCustomer(channels, touchpoints);
    }

    /**
     * A run with what only the simulator can value: the residual value of the customers still
     * active at the end (the discounted expected margin of the next {@code economics.residual_days}
     * days at their hidden purchase rate and churn hazard of the last day, with no further contact;
     * see {@link ResidualValue}), for the policy world and the no-contact twin. Profit plus this is
     * the customer lifetime value at the horizon, which shows what over-contacting costs after the
     * horizon. {@code breakdown} is the micro review, or null when {@link RunOptions#breakdown()} was
     * off; {@code outcomes} holds each customer's totals in both worlds when the engine was built to
     * keep them ({@link Builder#customerOutcomes}), else null.
     */
    public record Run(SimulationResult result, double futureValue, double twinFutureValue, Breakdown breakdown,
            CustomerOutcomes outcomes, List<String> engineNotes) {

        public Run {
            engineNotes = List.copyOf(engineNotes);
        }

        /** A run without notes (the daily engine). */
        public Run(SimulationResult result, double futureValue, double twinFutureValue, Breakdown breakdown,
                CustomerOutcomes outcomes) {
            this(result, futureValue, twinFutureValue, breakdown, outcomes, List.of());
        }
    }

    /** Simulates the scenario's horizon once (see {@link #runDetailed}). */
    public SimulationResult run(RunOptions options) throws InterruptedException {
        return runDetailed(options).result();
    }

    /**
     * Simulates the scenario's horizon once.
     *
     * @throws InterruptedException when the thread is interrupted; checked between days, nothing is returned
     */
    public Run runDetailed(RunOptions options) throws InterruptedException {
        long started = System.nanoTime();
        CustomerOutcomes outcomes = keepCustomerOutcomes ? new CustomerOutcomes(population.size()) : null;
        List<String> notes = new ArrayList<>();
        RunTally tally = simulate(options, outcomes, false, notes);
        Run run = tally.toRun(scenario, options.replication(), (System.nanoTime() - started) / 1_000_000, outcomes);
        return notes.isEmpty() ? run
                : new Run(run.result(), run.futureValue(), run.twinFutureValue(), run.breakdown(), run.outcomes(), notes);
    }

    /**
     * Simulates this engine's population, a customer range of a larger one
     * ({@link io.campaignsim.population.PopulationGenerator#generateRange}), over the whole horizon on
     * its own, and returns its tally unrounded. The tallies of all ranges, {@link RunTally#merge merged}
     * in any order and {@link RunTally#toRun rounded}, are byte-identical to {@link #runDetailed} of the
     * whole population: every draw is keyed by the customer's global index and every total is an exact
     * sum of the same engine shards' sums. Only for a policy whose decisions for a customer never
     * depend on other customers ({@link ContactPolicy#customerLocal()}); no event log, no per-customer
     * outcomes (they would need all customers in one place).
     *
     * @throws IllegalArgumentException for a policy that learns across customers, an event log, or a range
     *     that does not start on an engine shard boundary
     */
    public RunTally runRange(RunOptions options) throws InterruptedException {
        if (options.events() != null || keepCustomerOutcomes) {
            throw new IllegalArgumentException("a customer range keeps no event log and no per-customer outcomes");
        }
        return simulate(options, null, true, null);
    }

    /** @param notes receives the engine's notes for summary.json ({@link #engineNotes}), or null */
    private RunTally simulate(RunOptions options, CustomerOutcomes outcomes, boolean range, List<String> notes)
            throws InterruptedException {
        int n = population.size();
        int days = scenario.horizonDays();
        int channels = scenario.channels().size();
        int segments = scenario.population().segments().size();
        int first = population.observed().firstCustomer();
        if (first % SHARD_SIZE != 0) {
            throw new IllegalArgumentException("a customer range must start on an engine shard boundary (a multiple of "
                    + SHARD_SIZE + "), but starts at " + first);
        }
        ObservedHistory history = new ObservedHistory(population.observed(), days, scenario.policy().sendTime().bestObserved());
        HiddenState hidden = new HiddenState(history, world, stepping);
        ContactPolicy policy = policyFactory.apply(history, new HiddenView() {
            @Override
            public double fatigue(int customer, int channel, int day) {
                return hidden.fatigue(history, customer, channel, day);
            }

            @Override
            public double habituation(int customer, int day) {
                return hidden.habituation(customer, day);
            }

            @Override
            public boolean churned(int customer) {
                return hidden.churned(customer);
            }
        });
        if (range && !policy.customerLocal()) {
            throw new IllegalArgumentException("the policy learns across customers, so a customer range cannot be "
                    + "simulated on its own");
        }
        KeyedUniforms uniforms = new KeyedUniforms(scenario.seed(), RandomStreams.Purpose.WORLD, options.replication())
                .forCustomersFrom(first);
        Attribution attribution = options.breakdown() ? new Attribution(n, channels, policy.touchpoints().size()) : null;
        List<ShardSimulator> shards = new ArrayList<>();
        EventCalendar calendar = stepping == Stepping.NEXT_EVENT ? new EventCalendar(n, world) : null;
        for (int from = 0; from < n; from += SHARD_SIZE) {
            int to = Math.min(n, from + SHARD_SIZE);
            shards.add(calendar == null
                    ? new ShardSimulator(from, to, history, hidden, population.truth(), world, guard, policy, uniforms,
                            options.events(), attribution, outcomes, skipQuiet)
                    : new NextEventShard(from, to, history, hidden, population.truth(), world, guard, policy, uniforms,
                            options.events(), attribution, outcomes, calendar, days));
        }
        RunTally tally = new RunTally(days, channels, segments, policy.touchpoints(), attribution != null);
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "campaignsim-shard");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            for (int day = 0; day < days; day++) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException("interrupted after " + day + " of " + days + " days");
                }
                runDay(shards, day, pool);
                for (ShardSimulator s : shards) {
                    tally.addDay(day, s.tally());
                    if (options.events() != null) {
                        options.events().flush(s.eventBuffer);
                    }
                }
                policy.endOfDay(day);
                options.dayDone().accept(day);
            }
            List<ShardEnd> ends = endOfRun(shards.size(), history, hidden, days, segments, attribution, pool);
            for (int k = 0; k < shards.size(); k++) {
                int from = k * SHARD_SIZE;
                ShardEnd end = ends.get(k);
                tally.addShard(shards.get(k).tally(), Math.min(n, from + SHARD_SIZE) - from);
                tally.addFuture(end.future(), end.twinFuture());
                if (end.attribution() != null) {
                    tally.attribution().add(0, end.attribution());
                }
                tally.addActive(end.alive(), end.twinAlive());
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        tally.addJourneys(policy.journeyCounts());
        if (notes != null) {
            notes.addAll(engineNotes(shards, policy, (long) n * days));
        }
        return tally;
    }

    /**
     * What summary.json says about a next-event run: the share of customer-days it touched, and when
     * the policy gives no wake days ({@link ContactPolicy#nextProposalDay} not overridden) that the
     * policy is asked every day, so that only the world's quiet days are skipped. Nothing for the
     * daily engine.
     */
    private List<String> engineNotes(List<ShardSimulator> shards, ContactPolicy policy, long customerDays) {
        if (stepping == Stepping.DAILY) {
            return List.of();
        }
        long touched = 0;
        long asked = 0;
        for (ShardSimulator s : shards) {
            touched += ((NextEventShard) s).touched;
            asked += ((NextEventShard) s).asked;
        }
        List<String> notes = new ArrayList<>();
        notes.add(String.format(java.util.Locale.ROOT, "touched %d of %d customer-days (%.1f %%); the policy was asked "
                + "on %d (%.1f %%)", touched, customerDays, 100.0 * touched / Math.max(1, customerDays), asked,
                100.0 * asked / Math.max(1, customerDays)));
        if (!givesWakeDays(policy)) {
            notes.add("the policy gives no wake days (ContactPolicy.nextProposalDay): it is asked every day for every "
                    + "customer not churned, as by the daily engine; only the world's quiet days are skipped");
        }
        return notes;
    }

    private static boolean givesWakeDays(ContactPolicy policy) {
        try {
            return policy.getClass().getMethod("nextProposalDay", int.class, int.class).getDeclaringClass()
                    != ContactPolicy.class;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e); // an interface method: always present
        }
    }

    /**
     * What the end-of-run passes find in one engine shard: its residual value in the policy world and in
     * the twin, the micro review's sums ({@link Attribution#sums}, null without a breakdown) and the
     * customers still active per segment in either world.
     */
    private record ShardEnd(double future, double twinFuture, double[] attribution, long[] alive, long[] twinAlive) {}

    /**
     * The end-of-run passes over every customer, one task per engine shard on the day loop's threads;
     * each shard sums its customers in index order, as the serial loop did, and the caller adds the
     * shards in order, so the totals are the same bits on any thread count.
     */
    private List<ShardEnd> endOfRun(int shardCount, ObservedHistory history, HiddenState hidden, int days, int segments,
            Attribution attribution, ExecutorService pool) throws InterruptedException {
        int n = population.size();
        List<Callable<ShardEnd>> tasks = new ArrayList<>(shardCount);
        for (int k = 0; k < shardCount; k++) {
            int from = k * SHARD_SIZE;
            int to = Math.min(n, from + SHARD_SIZE);
            tasks.add(() -> {
                long[] alive = new long[segments];
                long[] twinAlive = new long[segments];
                for (int i = from; i < to; i++) {
                    int segment = population.observed().segment(i);
                    alive[segment] += hidden.churned(i) ? 0 : 1;
                    twinAlive[segment] += hidden.twinChurned(i) ? 0 : 1;
                }
                return new ShardEnd(futureValue(history, hidden, days, false, from, to),
                        futureValue(history, hidden, days, true, from, to),
                        attribution == null ? null : attribution.sums(from, to), alive, twinAlive);
            });
        }
        List<ShardEnd> ends = new ArrayList<>(shardCount);
        if (pool == null) {
            for (Callable<ShardEnd> t : tasks) {
                try {
                    ends.add(t.call());
                } catch (Exception e) {
                    throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
                }
            }
            return ends;
        }
        for (Future<ShardEnd> f : pool.invokeAll(tasks)) {
            ends.add(Futures.await(f));
        }
        return ends;
    }

    /** The residual value of customers {@code [from, to)} (one engine shard, summed in index order). */
    private double futureValue(ObservedHistory history, HiddenState hidden, int days, boolean twin, int from, int to) {
        int window = scenario.economics().residualDays();
        double delta = scenario.economics().dailyDiscount();
        double total = 0;
        for (int i = from; i < to; i++) {
            if (twin ? hidden.twinChurned(i) : hidden.churned(i)) {
                continue;
            }
            int dsp = days - (twin ? hidden.twinLastPurchaseDay[i] : history.lastPurchaseDay[i]);
            double fatigue = twin ? 0.0 : hidden.totalFatigue(history, i, days);
            double p = world.organicPurchase(population.truth(), i, dsp) * (twin ? 1.0 : hidden.habituationFactor(i, days));
            double h = Math.min(world.churnHazard(population.truth(), i, dsp, fatigue), 1.0);
            total += p * population.truth().basketMean(i) * world.marginRate() * ResidualValue.days(h, delta, window);
        }
        return total;
    }

    private static void runDay(List<ShardSimulator> shards, int day, ExecutorService pool) throws InterruptedException {
        if (pool == null) {
            for (ShardSimulator s : shards) {
                s.simulateDay(day);
            }
            return;
        }
        List<Callable<Void>> tasks = new ArrayList<>(shards.size());
        for (ShardSimulator s : shards) {
            tasks.add(() -> {
                s.simulateDay(day);
                return null;
            });
        }
        for (Future<Void> f : pool.invokeAll(tasks)) {
            Futures.await(f);
        }
    }
}
