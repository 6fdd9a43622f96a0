import io.campaignsim.random.Draws;
import io.campaignsim.strategy.contextual.LinUcb;
import java.lang.management.*;
import java.util.function.LongUnaryOperator;
/** The engine's feature layout (d = 27, as RidgeArmsEquivalenceTest.context), 5 arms trained on 20,000 random-arm records (RidgeScoringBench's recipe); modes as DenseDriver; returns thread CPU ns scaled to 1,000,000 operations. */
public class EngineDriver implements LongUnaryOperator {
    final int K = 5, D = 27, POOL = 4096;
    final double[][] xs = new double[POOL][D];
    final LinUcb ucb = new LinUcb(K, D, 1, 1), rec = new LinUcb(K, D, 1, 1);
    final Draws draws = new Draws(7);
    long sink;
    static void context(double[] x, Draws draws) {
        java.util.Arrays.fill(x, 0.0);
        int k = 0;
        x[k++] = 1;
        int segment = draws.nextInt(3);
        x[k++] = segment == 1 ? 1 : 0;
        x[k++] = segment == 2 ? 1 : 0;
        x[k++] = draws.nextDouble();
        x[k++] = draws.nextDouble() * 0.8;
        x[k++] = draws.nextDouble();
        x[k++] = draws.nextDouble();
        x[k++] = draws.nextDouble() < 0.7 ? 0 : 0.25 * (1 + draws.nextInt(3));
        x[k++] = draws.nextDouble() < 0.5 ? 0 : draws.nextInt(5) / 7.0;
        x[k++] = draws.nextDouble() < 0.6 ? 0 : draws.nextInt(6) / 5.0;
        for (int c = 0; c < 6; c++) {
            x[k++] = draws.nextDouble() < 0.9 ? 1 : 0;
            x[k++] = draws.nextDouble() < 0.75 ? 0 : draws.nextDouble();
        }
        x[k + draws.nextInt(4)] = 1;
        k += 4;
        x[k++] = draws.nextInt(6) / 5.0;
    }
    public EngineDriver() {
        Draws w = new Draws(3);
        for (double[] x : xs) context(x, w);
        for (int n = 0; n < 20_000; n++) {
            double[] x = xs[n % POOL];
            int a = w.nextInt(K);
            double r = 0.1 * a * x[1] - 0.05 * a * x[3] + 0.3 * w.nextGaussian();
            ucb.record(a, x, r);
            if (n % 1000 == 999) ucb.commit();
        }
        ucb.commit();
    }
    public long applyAsLong(long mode) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int n = 500_000;
        long t0 = mx.getCurrentThreadCpuTime();
        if (mode == 0) { for (int i = 0; i < n; i++) sink += ucb.select(xs[i & (POOL - 1)], draws); }
        else { for (int i = 0; i < n; i++) { double[] x = xs[i & (POOL - 1)]; rec.record(i % 5, x, x[1]); if ((i & 1023) == 1023) rec.commit(); } }
        return (mx.getCurrentThreadCpuTime() - t0) * 2;
    }
}
