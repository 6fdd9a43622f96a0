package io.campaignsim.strategy.contextual;

import io.campaignsim.random.Draws;
import io.campaignsim.strategy.bandit.ArgMax;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The v0.1 ridge core ({@link ReferenceRidgeArms}, kept in the tests) against the current one in
 * the same JVM, for a before/after ratio that does not depend on two separate runs: LinUCB
 * decisions (alpha 1, 5 arms, with v0.1's pruning by the diagonal bound) and records, over the
 * engine's feature layout (d = 27, mostly one-hot) and the bare bench's dense d = 10.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RidgeCoreBench {

    private static final int ARMS = 5;
    private static final int POOL = 4096;

    @Param({"engine", "dense"})
    public String layout;

    private double[][] contexts;
    private LinUcb current;
    private ReferenceRidgeArms reference;
    private LinUcb currentRecorder;
    private ReferenceRidgeArms referenceRecorder;
    private final Draws draws = new Draws(7);
    private int next;
    private final ArgMax.Scores<double[]> referenceScores = this::referenceScore;

    @Setup
    public void setUp() {
        Draws world = new Draws(3);
        int d = layout.equals("engine") ? 27 : 10;
        contexts = new double[POOL][d];
        for (double[] x : contexts) {
            if (layout.equals("engine")) {
                io.campaignsim.jmh.ContextsAccess.engine(x, world);
            } else {
                io.campaignsim.jmh.ContextsAccess.dense(x, world);
            }
        }
        current = new LinUcb(ARMS, d, 1, 1);
        reference = new ReferenceRidgeArms(ARMS, d, 1);
        currentRecorder = new LinUcb(ARMS, d, 1, 1);
        referenceRecorder = new ReferenceRidgeArms(ARMS, d, 1);
        for (int n = 0; n < 20_000; n++) {
            double[] x = contexts[n % POOL];
            int a = world.nextInt(ARMS);
            double r = 0.1 * a * x[1] - 0.05 * a * x[3] + 0.3 * world.nextGaussian();
            current.record(a, x, r);
            reference.record(a, x, r);
            if (n % 1000 == 999) {
                current.commit();
                reference.commit();
            }
        }
        current.commit();
        reference.commit();
    }

    private double[] nextContext() {
        next = (next + 1) & (POOL - 1);
        return contexts[next];
    }

    /** v0.1's LinearBandit.score for LinUCB with alpha 1. */
    private double referenceScore(int a, double[] x, double best, Draws d) {
        double mean = reference.mean(a, x);
        if (a > 0 && reference.prunable(a) && mean + Math.sqrt(reference.varianceBound(a, x)) < best) {
            return Double.NEGATIVE_INFINITY;
        }
        return mean + Math.sqrt(reference.variance(a, x));
    }

    @Benchmark
    public int selectV01() {
        return ArgMax.of(ARMS, referenceScores, nextContext(), draws);
    }

    @Benchmark
    public int selectCurrent() {
        return current.select(nextContext(), draws);
    }

    @Benchmark
    public void recordV01() {
        double[] x = nextContext();
        referenceRecorder.record(next % ARMS, x, x[1]);
    }

    @Benchmark
    public void recordCurrent() {
        double[] x = nextContext();
        currentRecorder.record(next % ARMS, x, x[1]);
    }
}
