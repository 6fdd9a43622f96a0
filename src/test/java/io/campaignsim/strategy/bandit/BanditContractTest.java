package io.campaignsim.strategy.bandit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.random.Draws;
import io.campaignsim.random.Seeds;
import java.lang.management.ManagementFactory;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every bandit promises: determinism, batching, no allocation in select, argument checks. */
class BanditContractTest {

    static Stream<Arguments> bandits() {
        return Stream.of(
                Arguments.of("epsilon_greedy", (Supplier<Bandit>) () -> new EpsilonGreedy(3, 0.1)),
                Arguments.of("ucb1", (Supplier<Bandit>) () -> new Ucb1(3, 1)),
                Arguments.of("thompson", (Supplier<Bandit>) () -> new BernoulliThompson(3, 1, 1)),
                Arguments.of("gaussian_thompson", (Supplier<Bandit>) () -> new GaussianThompson(3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bandits")
    void sameKeysGiveTheSameChoices(String name, Supplier<Bandit> factory) {
        assertArrayEquals(choices(factory.get()), choices(factory.get()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bandits")
    void recordedOutcomesAreInvisibleUntilCommit(String name, Supplier<Bandit> factory) {
        Bandit b = factory.get();
        b.record(1, 1);
        b.record(1, 0);
        b.record(2, 1);
        assertArrayEquals(new long[3], b.pulls());
        assertArrayEquals(new double[3], b.estimates());
        Draws d = new Draws(0);
        int[] before = new int[50];
        for (int i = 0; i < before.length; i++) {
            before[i] = b.select(d.reset(i));
        }
        Bandit fresh = factory.get();
        for (int i = 0; i < before.length; i++) {
            assertEquals(fresh.select(d.reset(i)), before[i], "select must read committed state only");
        }
        b.commit();
        assertArrayEquals(new long[] {0, 2, 1}, b.pulls());
        assertArrayEquals(new double[] {0, 0.5, 1}, b.estimates(), 1e-15);
        b.commit(); // nothing pending: no change
        assertArrayEquals(new long[] {0, 2, 1}, b.pulls());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bandits")
    void selectAllocatesNothing(String name, Supplier<Bandit> factory) {
        Bandit b = factory.get();
        Draws d = new Draws(0);
        for (int i = 0; i < 300; i++) {
            b.record(b.select(d.reset(i)), i % 7 == 0 ? 1 : 0);
        }
        b.commit();
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sum = loop(b, d, 200_000); // warm-up: JIT-compile select
        long before = threads.getCurrentThreadAllocatedBytes();
        sum += loop(b, d, 100_000);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < 4096, "allocated " + allocated + " bytes in 100,000 selects");
        assertTrue(sum > 0);
    }

    @Test
    void ties() {
        // Untried arms all score +Infinity: each of the 4 is chosen with probability 1/4.
        Bandit b = new Ucb1(4, 1);
        int[] counts = new int[4];
        Draws d = new Draws(0);
        int n = 40_000;
        for (int i = 0; i < n; i++) {
            counts[b.select(d.reset(Seeds.derive(5, i)))]++;
        }
        for (int c : counts) {
            assertEquals(n / 4.0, c, 5 * Math.sqrt(n * 0.25 * 0.75));
        }
    }

    @Test
    void invalidConstructorArgumentsAreRefusedWithTheDocumentedMessage() {
        assertMessage("epsilon must be between 0 and 1, but was 1.5", () -> new EpsilonGreedy(2, 1.5));
        assertMessage("epsilon must be between 0 and 1, but was NaN", () -> new EpsilonGreedy(2, Double.NaN));
        assertMessage("arms must be at least 1, but was 0", () -> new EpsilonGreedy(0, 0.1));
        assertMessage("c must be non-negative and finite, but was -1.0", () -> new Ucb1(2, -1));
        assertMessage("c must be non-negative and finite, but was Infinity", () -> new Ucb1(2, Double.POSITIVE_INFINITY));
        assertMessage("prior_alpha must be positive and finite, but was 0.0", () -> new BernoulliThompson(2, 0, 1));
        assertMessage("prior_beta must be positive and finite, but was -2.0", () -> new BernoulliThompson(2, 1, -2));
        assertMessage("arms must be at least 1, but was -1", () -> new GaussianThompson(-1));
    }

    @Test
    void invalidOutcomesAreRefused() {
        assertMessage("reward must be 0 or 1 for Bernoulli Thompson sampling, but was 0.5",
                () -> new BernoulliThompson(2, 1, 1).record(0, 0.5));
        assertMessage("arm must be between 0 and 1, but was 2", () -> new BernoulliThompson(2, 1, 1).record(2, 1));
        assertMessage("arm must be between 0 and 1, but was -1", () -> new Ucb1(2, 1).record(-1, 1));
        assertMessage("reward must be a finite number, but was NaN", () -> new GaussianThompson(2).record(0, Double.NaN));
    }

    @Test
    void tallyMergesBatchesExactly() {
        // Chan's merge of Welford batches equals the two-pass statistics of all rewards.
        RewardTally t = new RewardTally(1);
        Draws d = new Draws(3);
        double sum = 0;
        double[] all = new double[10_000];
        for (int i = 0; i < all.length; i++) {
            all[i] = 1e6 + d.nextGaussian(); // a large offset defeats naive sums of squares
            sum += all[i];
            t.record(0, all[i]);
            if (i % 137 == 0) {
                t.commit();
            }
        }
        t.commit();
        // The naive sum / n is off by up to ~sqrt(n) ulps of the sum (1e-8 here, seed-dependent);
        // the classic second-pass correction makes the reference accurate to a few ulps of 1e6.
        double rough = sum / all.length;
        double correction = 0;
        for (double x : all) {
            correction += x - rough;
        }
        double mean = rough + correction / all.length;
        double squares = 0;
        for (double x : all) {
            squares += (x - mean) * (x - mean);
        }
        assertEquals(all.length, t.pulls(0));
        assertEquals(mean, t.mean(0), 1e-9);
        assertEquals(squares, t.squares(0), 1e-6 * squares);
    }

    private static long loop(Bandit b, Draws d, int n) {
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += b.select(d.reset(i)) + 1;
        }
        return sum;
    }

    private static int[] choices(Bandit b) {
        int[] out = new int[2_000];
        Draws d = new Draws(0);
        for (int i = 0; i < out.length; i++) {
            out[i] = b.select(d.reset(Seeds.derive(9, i)));
            b.record(out[i], out[i] == 2 && i % 3 == 0 ? 1 : 0);
            if (i % 50 == 49) {
                b.commit();
            }
        }
        return out;
    }

    private static void assertMessage(String expected, Executable e) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, e).getMessage());
    }
}
