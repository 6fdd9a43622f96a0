package io.campaignsim.compare.sweep;

import io.campaignsim.random.RandomStreams;
import io.campaignsim.random.RandomStreams.Purpose;
import io.campaignsim.scenario.SweepParameter;
import io.campaignsim.scenario.SweepSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * How the points of a sweep are chosen. Random and Latin-hypercube designs draw from the stream
 * {@code (root seed, SWEEP_DESIGN)}, so the same scenario and seed give the same points.
 */
public enum SweepDesign {
    /** Every combination of the parameters' levels; the first parameter varies slowest. */
    GRID,
    /** N points, each coordinate uniform and independent. */
    RANDOM,
    /**
     * Latin hypercube of N points (McKay, Beckman and Conover 1979): each parameter's range is cut into
     * N equal strata and every stratum holds exactly one point, the strata paired at random across
     * parameters; so every one-dimensional margin is covered evenly, unlike N independent draws.
     */
    LHS;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for a name other than grid, random or lhs */
    public static SweepDesign parse(String name) {
        for (SweepDesign d : values()) {
            if (d.key().equals(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException("design '" + name + "' is unknown; expected one of "
                + String.join(", ", SweepSpec.DESIGNS));
    }

    /** How many grid points the parameters make (saturating at Long.MAX_VALUE). */
    public static long gridSize(List<SweepParameter> parameters) {
        long n = 1;
        for (SweepParameter p : parameters) {
            if (p.continuous()) {
                return Long.MAX_VALUE;
            }
            try {
                n = Math.multiplyExact(n, p.levels().size());
            } catch (ArithmeticException e) {
                return Long.MAX_VALUE;
            }
        }
        return n;
    }

    /**
     * The points of this design; identical points (possible when random or lhs draws from few levels)
     * are kept once, in order of first appearance.
     *
     * @param requested number of points for random and lhs (ignored by the grid)
     * @param rootSeed the scenario's seed
     */
    public List<SweepPoint> points(List<SweepParameter> parameters, int requested, long rootSeed) {
        List<List<String>> raw = new ArrayList<>();
        if (this == GRID) {
            grid(parameters, 0, new ArrayList<>(), raw);
        } else {
            double[][] u = this == RANDOM ? uniform(parameters.size(), requested, rootSeed)
                    : latinHypercube(parameters.size(), requested, rootSeed);
            for (double[] row : u) {
                List<String> values = new ArrayList<>();
                for (int j = 0; j < parameters.size(); j++) {
                    values.add(parameters.get(j).valueAt(row[j]));
                }
                raw.add(values);
            }
        }
        Set<List<String>> seen = new LinkedHashSet<>(raw);
        List<SweepPoint> out = new ArrayList<>();
        for (List<String> values : seen) {
            out.add(new SweepPoint(out.size(), values));
        }
        return List.copyOf(out);
    }

    private static void grid(List<SweepParameter> ps, int j, List<String> prefix, List<List<String>> out) {
        if (j == ps.size()) {
            out.add(List.copyOf(prefix));
            return;
        }
        for (String v : ps.get(j).levels()) {
            prefix.add(v);
            grid(ps, j + 1, prefix, out);
            prefix.remove(prefix.size() - 1);
        }
    }

    /** n points of independent uniforms in [0, 1)^d. */
    static double[][] uniform(int d, int n, long rootSeed) {
        UniformRandomProvider rng = RandomStreams.create(rootSeed, Purpose.SWEEP_DESIGN, 0);
        double[][] u = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                u[i][j] = rng.nextDouble();
            }
        }
        return u;
    }

    /**
     * n points in [0, 1)^d with exactly one point in each of the n strata [k/n, (k+1)/n) of every
     * coordinate: u[i][j] = (π_j(i) + U) / n for a random permutation π_j per coordinate.
     */
    static double[][] latinHypercube(int d, int n, long rootSeed) {
        UniformRandomProvider rng = RandomStreams.create(rootSeed, Purpose.SWEEP_DESIGN, 1);
        double[][] u = new double[n][d];
        for (int j = 0; j < d; j++) {
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            for (int i = n - 1; i > 0; i--) { // Fisher-Yates
                int k = rng.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[k];
                perm[k] = t;
            }
            for (int i = 0; i < n; i++) {
                u[i][j] = Math.min((perm[i] + rng.nextDouble()) / n, Math.nextDown(1.0));
            }
        }
        return u;
    }
}
