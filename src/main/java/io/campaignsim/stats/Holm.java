package io.campaignsim.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down adjustment of p-values (Holm 1979): controls the family-wise error rate at
 * level α like Bonferroni, but is uniformly more powerful. With p-values sorted ascending,
 * p_(1) ≤ … ≤ p_(m), the adjusted values are
 * <pre>
 * p̃_(i) = min(1, max_{j ≤ i} (m − j + 1) · p_(j))
 * </pre>
 * and a hypothesis is rejected at level α when its adjusted p-value is below α. The same values as
 * R's {@code p.adjust(p, "holm")}.
 */
public final class Holm {

    private Holm() {}

    /**
     * Adjusted p-values in the order given. NaN entries are not hypotheses: they stay NaN and do
     * not count in m.
     */
    public static double[] adjust(double[] p) {
        double[] out = new double[p.length];
        Arrays.fill(out, Double.NaN);
        Integer[] order = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> p[i]).thenComparingInt(i -> i)).toArray(Integer[]::new);
        int m = order.length;
        double running = 0;
        for (int k = 0; k < m; k++) {
            if (!(p[order[k]] >= 0 && p[order[k]] <= 1)) {
                throw new IllegalArgumentException("p-values must be in [0, 1], but one was " + p[order[k]]);
            }
            running = Math.max(running, Math.min(1.0, (m - k) * p[order[k]]));
            out[order[k]] = running;
        }
        return out;
    }
}
