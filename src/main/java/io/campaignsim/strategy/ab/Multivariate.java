package io.campaignsim.strategy.ab;

import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.Decision;
import io.campaignsim.strategy.EffectEstimate;
import io.campaignsim.strategy.Feedback;
import io.campaignsim.strategy.Strategy;
import io.campaignsim.strategy.TestHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A full-factorial multivariate test over offer x channel x send hour: every combination is a
 * cell, customers are split evenly between cells by a hash of their id, and after the test the
 * best cell (significantly better than cell 0, Bonferroni-corrected, as in {@link AbTest}) is
 * rolled out. Main effects and two-way interactions of the factors on conversion are estimated
 * from the cells with their standard errors ({@link #factorialEffects()}), which is what a marketer reads
 * a multivariate test for: which factor matters, and whether they interact.
 */
public final class Multivariate implements Strategy {

    /** One factor: its name and level labels. */
    public record Factor(String name, List<String> levels) {
        public Factor {
            levels = List.copyOf(levels);
        }
    }

    private final AbTest test;
    private final List<Factor> factors;
    private final int[][] cellLevels;

    private Multivariate(AbTest test, List<Factor> factors, int[][] cellLevels) {
        this.test = test;
        this.factors = List.copyOf(factors);
        this.cellLevels = cellLevels;
    }

    /**
     * Builds the cells of the full factorial.
     *
     * @param offers offer indices (-1 for none) with labels; channels and hours likewise (an empty list keeps the
     *     opportunity's value and drops the factor)
     */
    public static Multivariate of(List<Integer> offers, List<String> offerLabels, List<Integer> channels,
            List<String> channelLabels, List<Integer> hours, int testDays, double alpha, double testFraction, long salt) {
        List<Factor> factors = new ArrayList<>();
        List<int[]> values = new ArrayList<>();
        if (!offers.isEmpty()) {
            factors.add(new Factor("offer", offerLabels));
            values.add(offers.stream().mapToInt(Integer::intValue).toArray());
        }
        if (!channels.isEmpty()) {
            factors.add(new Factor("channel", channelLabels));
            values.add(channels.stream().mapToInt(Integer::intValue).toArray());
        }
        if (!hours.isEmpty()) {
            factors.add(new Factor("hour", hours.stream().map(String::valueOf).toList()));
            values.add(hours.stream().mapToInt(Integer::intValue).toArray());
        }
        if (factors.isEmpty()) {
            throw new IllegalArgumentException("multivariate needs at least one of offers, channels, hours");
        }
        int cells = 1;
        for (Factor f : factors) {
            cells *= f.levels().size();
        }
        int[][] levels = new int[cells][factors.size()];
        List<Arm> arms = new ArrayList<>();
        for (int c = 0; c < cells; c++) {
            int rest = c;
            int offer = Arm.KEEP;
            int channel = Arm.KEEP;
            int hour = Arm.KEEP;
            StringBuilder label = new StringBuilder();
            for (int f = factors.size() - 1; f >= 0; f--) {
                int n = factors.get(f).levels().size();
                levels[c][f] = rest % n;
                rest /= n;
            }
            for (int f = 0; f < factors.size(); f++) {
                Factor factor = factors.get(f);
                int v = values.get(f)[levels[c][f]];
                switch (factor.name()) {
                    case "offer" -> offer = v;
                    case "channel" -> channel = v;
                    default -> hour = v;
                }
                label.append(f == 0 ? "" : " ").append(factor.name()).append('=').append(factor.levels().get(levels[c][f]));
            }
            arms.add(new Arm(label.toString(), channel, offer, hour));
        }
        AbTest test = new AbTest(arms, testDays, alpha, 0.8, Double.NaN, testFraction, salt, false, false);
        return new Multivariate(test, factors, levels);
    }

    @Override
    public List<Arm> arms() {
        return test.arms();
    }

    @Override
    public int choose(Decision d) {
        return test.choose(d);
    }

    @Override
    public void learn(Feedback f) {
        test.learn(f);
    }

    @Override
    public void endOfDay(int day) {
        test.endOfDay(day);
    }

    public List<Factor> factors() {
        return factors;
    }

    /**
     * Main effects and two-way interactions on conversion per reached customer, as effect-coded
     * contrasts of the cell rates: the main effect of level l of factor f is the mean rate of
     * the cells with f = l minus the grand mean; the interaction of (f = l, g = m) is the mean of
     * the cells with both, minus both main-effect means, plus the grand mean. Standard errors
     * are sqrt(sum of w_c^2 p_c (1 - p_c) / n_c) over the contrast weights w_c.
     */
    @Override
    public List<EffectEstimate> factorialEffects() {
        long[] s = test.successes();
        long[] n = test.trials();
        int cells = cellLevels.length;
        double[] rate = new double[cells];
        double[] variance = new double[cells];
        for (int c = 0; c < cells; c++) {
            rate[c] = n[c] > 0 ? (double) s[c] / n[c] : 0.0;
            variance[c] = n[c] > 0 ? rate[c] * (1 - rate[c]) / n[c] : 0.0;
        }
        List<EffectEstimate> effects = new ArrayList<>();
        for (int f = 0; f < factors.size(); f++) {
            int levels = factors.get(f).levels().size();
            for (int l = 0; l < levels; l++) {
                double[] w = new double[cells];
                for (int c = 0; c < cells; c++) {
                    w[c] = ((cellLevels[c][f] == l ? 1.0 : 0.0) - 1.0 / levels) * levels / cells;
                }
                effects.add(contrast(factors.get(f).name() + "=" + factors.get(f).levels().get(l), w, rate, variance));
            }
        }
        for (int f = 0; f < factors.size(); f++) {
            for (int g = f + 1; g < factors.size(); g++) {
                int lf = factors.get(f).levels().size();
                int lg = factors.get(g).levels().size();
                for (int l = 0; l < lf; l++) {
                    for (int m = 0; m < lg; m++) {
                        double[] w = new double[cells];
                        for (int c = 0; c < cells; c++) {
                            double a = (cellLevels[c][f] == l ? 1.0 : 0.0) - 1.0 / lf;
                            double b = (cellLevels[c][g] == m ? 1.0 : 0.0) - 1.0 / lg;
                            w[c] = a * b * lf * lg / cells;
                        }
                        effects.add(contrast(factors.get(f).name() + "=" + factors.get(f).levels().get(l) + " x "
                                + factors.get(g).name() + "=" + factors.get(g).levels().get(m), w, rate, variance));
                    }
                }
            }
        }
        return List.copyOf(effects);
    }

    private static EffectEstimate contrast(String term, double[] w, double[] rate, double[] variance) {
        double estimate = 0;
        double var = 0;
        for (int c = 0; c < w.length; c++) {
            estimate += w[c] * rate[c];
            var += w[c] * w[c] * variance[c];
        }
        return new EffectEstimate(term, estimate, Math.sqrt(var));
    }

    /** The rolled-out cell, or -1 while the test runs. */
    public int winner() {
        return test.winner();
    }

    /** The underlying test of the cells against cell 0: its day-by-day history, alpha and decision day. */
    public AbTest test() {
        return test;
    }

    @Override
    public Optional<TestHistory> testHistory() {
        return Optional.of(test);
    }
}
