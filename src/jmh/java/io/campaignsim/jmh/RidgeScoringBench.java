package io.campaignsim.jmh;

import io.campaignsim.random.Draws;
import io.campaignsim.strategy.contextual.LinTs;
import io.campaignsim.strategy.contextual.LinUcb;
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
 * Ridge scoring of LinUCB and linear Thompson sampling, one decision per call, over a pool of
 * precomputed contexts: {@code engine} is the engine's feature layout (d = 27 with 3 segments and
 * 6 channels, mostly one-hot and indicators), {@code dense} the bare algorithm bench's (d = 10,
 * Gaussian). The bandits are trained on 20,000 records first, so arms have distinct fits and the
 * variance bound prunes what it can. Also times {@code record} (one outcome) for each layout.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RidgeScoringBench {

    private static final int ARMS = 5;
    private static final int POOL = 4096;

    @Param({"engine", "dense"})
    public String layout;

    private double[][] contexts;
    private LinUcb ucb;
    private LinTs ts;
    private LinUcb recorder;
    private final Draws draws = new Draws(7);
    private int next;

    @Setup
    public void setUp() {
        Draws world = new Draws(3);
        int d = layout.equals("engine") ? 27 : 10;
        contexts = new double[POOL][d];
        for (double[] x : contexts) {
            if (layout.equals("engine")) {
                Contexts.engine(x, world);
            } else {
                Contexts.dense(x, world);
            }
        }
        ucb = new LinUcb(ARMS, d, 1, 1);
        ts = new LinTs(ARMS, d, 0.5, 1);
        recorder = new LinUcb(ARMS, d, 1, 1);
        for (int n = 0; n < 20_000; n++) {
            double[] x = contexts[n % POOL];
            int a = world.nextInt(ARMS);
            double r = 0.1 * a * x[1] - 0.05 * a * x[3] + 0.3 * world.nextGaussian();
            ucb.record(a, x, r);
            ts.record(a, x, r);
            if (n % 1000 == 999) {
                ucb.commit();
                ts.commit();
            }
        }
        ucb.commit();
        ts.commit();
    }

    private double[] nextContext() {
        next = (next + 1) & (POOL - 1);
        return contexts[next];
    }

    @Benchmark
    public int linUcbSelect() {
        return ucb.select(nextContext(), draws);
    }

    @Benchmark
    public int linTsSelect() {
        return ts.select(nextContext(), draws);
    }

    @Benchmark
    public void record() {
        double[] x = nextContext();
        recorder.record(next % ARMS, x, x[1]);
    }
}
