import io.campaignsim.random.Draws;
import io.campaignsim.strategy.contextual.LinUcb;
import java.lang.management.*;
import java.util.function.LongUnaryOperator;
/** The bare bench's layout (d = 10, (1, z), 5 arms), trained by 200,000 LinUCB decisions with AlgorithmBench's truth; mode 0 times select over a pool of 4,096 contexts, mode 1 record (a commit every 1,024); returns the thread CPU ns of one batch. */
public class DenseDriver implements LongUnaryOperator {
    final int K = 5, D = 10, POOL = 4096;
    final double[][] xs = new double[POOL][D];
    final LinUcb ucb = new LinUcb(K, D, 1, 1), rec = new LinUcb(K, D, 1, 1);
    final Draws draws = new Draws(7);
    long sink;
    public DenseDriver() {
        Draws w = new Draws(3);
        for (double[] x : xs) { x[0] = 1; for (int j = 1; j < D; j++) x[j] = w.nextGaussian(); }
        // train like the bare bench: UCB choices, theta pattern of AlgorithmBench
        for (int n = 0; n < 200_000; n++) {
            double[] x = xs[n & (POOL - 1)];
            int a = ucb.select(x, draws);
            double mean = 0; for (int j = 0; j < D; j++) mean += Math.sin(1.0 + 0.7 * a + 1.3 * j * (a + 1)) / Math.sqrt(D) * x[j];
            ucb.record(a, x, mean + 0.5 * w.nextGaussian());
            if (n % 1000 == 999) ucb.commit();
        }
        ucb.commit();
    }
    public long applyAsLong(long mode) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int n = 1_000_000;
        long t0 = mx.getCurrentThreadCpuTime();
        if (mode == 0) { for (int i = 0; i < n; i++) sink += ucb.select(xs[i & (POOL - 1)], draws); }
        else { for (int i = 0; i < n; i++) { double[] x = xs[i & (POOL - 1)]; rec.record(i % 5, x, x[1]); if ((i & 1023) == 1023) rec.commit(); } }
        return mx.getCurrentThreadCpuTime() - t0;
    }
}
