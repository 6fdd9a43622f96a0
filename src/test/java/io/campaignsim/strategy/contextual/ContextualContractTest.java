package io.campaignsim.strategy.contextual;

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

/** Determinism, batching, no allocation in select, argument checks. */
class ContextualContractTest {

    private static final int D = 12;

    static Stream<Arguments> bandits() {
        return Stream.of(
                Arguments.of("linucb", (Supplier<ContextualBandit>) () -> new LinUcb(4, D, 1, 1)),
                Arguments.of("lin_ts", (Supplier<ContextualBandit>) () -> new LinTs(4, D, 0.5, 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bandits")
    void sameKeysGiveTheSameChoices(String name, Supplier<ContextualBandit> factory) {
        assertArrayEquals(choices(factory.get()), choices(factory.get()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bandits")
    void recordedOutcomesAreInvisibleUntilCommit(String name, Supplier<ContextualBandit> factory) {
        ContextualBandit b = factory.get();
        double[] x = context(new Draws(1));
        b.record(2, x, 1);
        assertArrayEquals(new double[D], b.coefficients(2));
        b.commit();
        assertTrue(b.coefficients(2)[0] != 0);
        double[] copy = b.coefficients(2);
        copy[0] = 99;
        assertTrue(b.coefficients(2)[0] != 99, "coefficients returns a copy");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bandits")
    void selectAllocatesNothing(String name, Supplier<ContextualBandit> factory) {
        ContextualBandit b = factory.get();
        choices(b);
        double[] x = context(new Draws(3));
        Draws d = new Draws(0);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sum = loop(b, x, d, 200_000); // warm-up: JIT-compile select
        long before = threads.getCurrentThreadAllocatedBytes();
        sum += loop(b, x, d, 100_000);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < 4096, "allocated " + allocated + " bytes in 100,000 selects");
        assertTrue(sum > 0);
    }

    @Test
    void invalidArgumentsAreRefusedWithTheDocumentedMessage() {
        assertMessage("alpha must be non-negative and finite, but was -0.5", () -> new LinUcb(2, 3, -0.5, 1));
        assertMessage("l2 must be positive and finite, but was 0.0", () -> new LinUcb(2, 3, 1, 0));
        assertMessage("dimension must be at least 1, but was 0", () -> new LinUcb(2, 0, 1, 1));
        assertMessage("arms must be at least 1, but was 0", () -> new LinTs(0, 3, 1, 1));
        assertMessage("v must be non-negative and finite, but was NaN", () -> new LinTs(2, 3, Double.NaN, 1));
        assertMessage("l2 must be positive and finite, but was Infinity",
                () -> new LinTs(2, 3, 1, Double.POSITIVE_INFINITY));
        LinUcb b = new LinUcb(2, 3, 1, 1);
        assertMessage("context length must be 3, but was 2", () -> b.select(new double[2], new Draws(0)));
        assertMessage("context length must be 3, but was 4", () -> b.record(0, new double[4], 1));
        assertMessage("context[1] must be a finite number, but was NaN", () -> b.record(0, new double[] {1, Double.NaN, 0}, 1));
        assertMessage("reward must be a finite number, but was Infinity",
                () -> b.record(0, new double[3], Double.POSITIVE_INFINITY));
        assertMessage("arm must be between 0 and 1, but was 2", () -> b.record(2, new double[3], 1));
        assertMessage("arm must be between 0 and 1, but was 5", () -> b.coefficients(5));
        assertMessage("context must contain finite numbers", () -> b.select(new double[] {Double.NaN, 0, 0}, new Draws(0)));
    }

    private static long loop(ContextualBandit b, double[] x, Draws d, int n) {
        long sum = 0;
        for (int i = 0; i < n; i++) {
            x[1] = i % 5 - 2.0;
            sum += b.select(x, d.reset(i)) + 1;
        }
        return sum;
    }

    private static double[] context(Draws d) {
        double[] x = new double[D];
        x[0] = 1;
        for (int j = 1; j < D; j++) {
            x[j] = d.nextGaussian();
        }
        return x;
    }

    private static int[] choices(ContextualBandit b) {
        int[] out = new int[1_000];
        Draws d = new Draws(0);
        Draws c = new Draws(0);
        for (int i = 0; i < out.length; i++) {
            double[] x = context(c.reset(Seeds.derive(8, i)));
            out[i] = b.select(x, d.reset(Seeds.derive(9, i)));
            b.record(out[i], x, x[1] * (out[i] - 1.5) + 0.1 * d.nextGaussian());
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
