package io.campaignsim.compare;

import io.campaignsim.stats.Holm;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Computes the {@link Decision} of a comparison from each candidate's objective per replication.
 * See {@link Decision} for the rule; this class only applies it.
 *
 * @implNote Stateless and thread-safe.
 */
final class Decisions {

    private Decisions() {}

    /**
     * @param ranking the candidates (every strategy but oracles), best mean first, ties in first-seen order
     * @param objective each candidate's objective by replication, paired by index
     * @param experiments each A/B or multivariate candidate's test summary (others absent)
     * @param level the comparison's confidence level; the family-wise error rate is 1 − level
     */
    static Decision decide(List<String> ranking, Map<String, double[]> objective, Map<String, ExperimentSummary> experiments,
            double level) {
        double alpha = 1 - level;
        String best = ranking.get(0);
        int replications = objective.get(best).length;
        List<Decision.TestPower> power = new ArrayList<>();
        for (String s : ranking) {
            ExperimentSummary x = experiments.get(s);
            if (x != null) {
                power.add(new Decision.TestPower(s, x.achievedPower(), x.reachedPerArm(), x.powerEffect(), x.effectIsMde(),
                        x.alpha()));
            }
        }
        List<Decision.Pairwise> pairwise = pairwise(ranking, objective, level);
        List<String> contenders = new ArrayList<>(List.of(best));
        for (String s : ranking.subList(1, ranking.size())) {
            Decision.Pairwise t = pairwise.stream().filter(p -> p.involves(best, s)).findFirst().orElseThrow();
            if (!t.significant(alpha)) {
                contenders.add(s);
            }
        }
        Decision.TestPower bestPower = power.stream().filter(p -> p.strategy().equals(best)).findFirst().orElse(null);
        String family = pairwise.size() + (pairwise.size() == 1 ? " paired test" : " paired tests") + " over "
                + replications + (replications == 1 ? " replication" : " replications");
        if (ranking.size() == 1) {
            return new Decision(Decision.Kind.INCONCLUSIVE, best, null, contenders, "only one candidate, " + best
                    + ": there is nothing to compare it with", alpha, pairwise, power);
        }
        if (replications < 2) {
            return new Decision(Decision.Kind.INCONCLUSIVE, best, null, List.copyOf(ranking),
                    "one replication: no test can tell the strategies apart; run at least 2 (better 10 or more)",
                    alpha, pairwise, power);
        }
        if (bestPower != null && bestPower.underpowered()) {
            return new Decision(Decision.Kind.UNDERPOWERED, best, null, contenders, best + " ranks first, but its own "
                    + "test reached power " + String.format(Locale.ROOT, "%.2f", bestPower.power()) + " (below "
                    + String.format(Locale.ROOT, "%.1f", ExperimentSummary.ADEQUATE_POWER) + ") with "
                    + String.format(Locale.ROOT, "%,d", Math.round(bestPower.perArm())) + " customers per arm, so the arm it rolled out was close to a "
                    + "coin flip; lengthen its test or enlarge the population" + (contenders.size() > 1 ? "; nor do the "
                    + "replications separate it from " + String.join(", ", contenders.subList(1, contenders.size()))
                    + " (" + family + ", Holm-adjusted)" : ""), alpha, pairwise, power);
        }
        if (contenders.size() == 1) {
            double worst = pairwise.stream().filter(p -> p.first().equals(best)).mapToDouble(Decision.Pairwise::pAdjusted)
                    .max().orElse(Double.NaN);
            return new Decision(Decision.Kind.WINNER, best, best, contenders, best + " beats every other strategy ("
                    + family + ", Holm-adjusted p ≤ " + pText(worst) + ")", alpha, pairwise, power);
        }
        return new Decision(Decision.Kind.INCONCLUSIVE, best, null, contenders, (contenders.size() - 1)
                + (contenders.size() == 2 ? " strategy is" : " strategies are") + " not significantly worse than "
                + best + " (" + family + ", Holm-adjusted, family-wise error "
                + String.format(Locale.ROOT, "%.2f", alpha) + ")", alpha, pairwise, power);
    }

    /** Every pair of candidates, in rank order (i before j), higher mean first, Holm-adjusted together. */
    private static List<Decision.Pairwise> pairwise(List<String> ranking, Map<String, double[]> objective, double level) {
        List<String[]> pairs = new ArrayList<>();
        List<Double> p = new ArrayList<>();
        for (int i = 0; i < ranking.size(); i++) {
            for (int j = i + 1; j < ranking.size(); j++) {
                pairs.add(new String[] {ranking.get(i), ranking.get(j)});
                p.add(PairedStats.pValue(objective.get(ranking.get(i)), objective.get(ranking.get(j))));
            }
        }
        double[] adjusted = Holm.adjust(p.stream().mapToDouble(Double::doubleValue).toArray());
        List<Decision.Pairwise> out = new ArrayList<>();
        for (int k = 0; k < pairs.size(); k++) {
            double[] a = objective.get(pairs.get(k)[0]);
            double[] b = objective.get(pairs.get(k)[1]);
            out.add(new Decision.Pairwise(pairs.get(k)[0], pairs.get(k)[1], PairedStats.difference(a, b, level), p.get(k),
                    adjusted[k]));
        }
        return out;
    }

    private static String pText(double p) {
        return !Double.isFinite(p) ? "n/a" : p < 0.001 ? "0.001" : String.format(Locale.ROOT, "%.3g", p);
    }
}
