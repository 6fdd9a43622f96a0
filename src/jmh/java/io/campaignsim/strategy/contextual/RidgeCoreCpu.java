package io.campaignsim.strategy.contextual;

import io.campaignsim.random.Draws;
import io.campaignsim.strategy.bandit.ArgMax;
import java.lang.management.ManagementFactory;

/**
 * The v0.1 ridge core ({@link ReferenceRidgeArms}) against the current {@link LinUcb} by thread CPU
 * time, in one JVM, alternating 12 rounds of 200,000 selects and records each (the first two
 * rounds are warm-up): a before/after ratio that holds on a loaded machine, where JMH's wall
 * times do not (docs/performance.md, issue #20). Same setup as {@link RidgeCoreBench}.
 */
public class RidgeCoreCpu {
    static double[][] ctx;
    static ReferenceRidgeArms ref;
    static LinUcb cur;
    static ReferenceRidgeArms refRec;
    static LinUcb curRec;
    static final Draws draws = new Draws(7);

    public static void main(String[] a) {
        for (String layout : new String[] {"engine", "dense"}) {
            setUp(layout);
            long[] t = new long[4];
            for (int round = 0; round < 12; round++) {
                t[0] += time(() -> selOld());
                t[1] += time(() -> selNew());
                t[2] += time(() -> recOld());
                t[3] += time(() -> recNew());
                if (round == 1) java.util.Arrays.fill(t, 0);
            }
            double n = 10.0 * 200_000;
            System.out.printf("%s select v0.1 %.1f ns, current %.1f ns (x%.2f); record v0.1 %.1f ns, current %.1f ns (x%.2f)%n",
                    layout, t[0] / n, t[1] / n, (double) t[0] / t[1], t[2] / n, t[3] / n, (double) t[2] / t[3]);
        }
    }

    static long sink;
    static long time(Runnable r) {
        var mx = ManagementFactory.getThreadMXBean();
        long t0 = mx.getCurrentThreadCpuTime();
        r.run();
        return mx.getCurrentThreadCpuTime() - t0;
    }

    static void selOld() {
        ArgMax.Scores<double[]> s = RidgeCoreCpu::refScore;
        for (int i = 0; i < 200_000; i++) sink += ArgMax.of(5, s, ctx[i & 4095], draws);
    }
    static double refScore(int a, double[] x, double best, Draws d) {
        double mean = ref.mean(a, x);
        if (a > 0 && ref.prunable(a) && mean + Math.sqrt(ref.varianceBound(a, x)) < best) return Double.NEGATIVE_INFINITY;
        return mean + Math.sqrt(ref.variance(a, x));
    }
    static void selNew() {
        for (int i = 0; i < 200_000; i++) sink += cur.select(ctx[i & 4095], draws);
    }
    static void recOld() {
        for (int i = 0; i < 200_000; i++) refRec.record(i % 5, ctx[i & 4095], 0.5);
    }
    static void recNew() {
        for (int i = 0; i < 200_000; i++) curRec.record(i % 5, ctx[i & 4095], 0.5);
    }

    static void setUp(String layout) {
        Draws world = new Draws(3);
        int d = layout.equals("engine") ? 27 : 10;
        ctx = new double[4096][d];
        for (double[] x : ctx) {
            if (layout.equals("engine")) io.campaignsim.jmh.ContextsAccess.engine(x, world);
            else { x[0] = 1; for (int j = 1; j < d; j++) x[j] = world.nextGaussian(); }
        }
        cur = new LinUcb(5, d, 1, 1); ref = new ReferenceRidgeArms(5, d, 1);
        curRec = new LinUcb(5, d, 1, 1); refRec = new ReferenceRidgeArms(5, d, 1);
        for (int n = 0; n < 20_000; n++) {
            double[] x = ctx[n % 4096];
            int arm = world.nextInt(5);
            double r = 0.1 * arm * x[1] - 0.05 * arm * x[3] + 0.3 * world.nextGaussian();
            cur.record(arm, x, r); ref.record(arm, x, r);
            if (n % 1000 == 999) { cur.commit(); ref.commit(); }
        }
        cur.commit(); ref.commit();
    }
}
