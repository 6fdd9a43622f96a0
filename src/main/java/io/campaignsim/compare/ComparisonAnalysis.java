package io.campaignsim.compare;

import io.campaignsim.core.CompareMetric;
import io.campaignsim.core.Metric;
import io.campaignsim.stats.Estimate;
import io.campaignsim.stats.Holm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Turns the runs of {@code compare} into a {@link Comparison}. Runs are paired by replication index:
 * every strategy must have run the same replications, because with common random numbers the
 * replication is the unit whose noise the strategies share.
 *
 * <ul>
 *   <li>Baseline: the strategy of type {@code holdout}; without one, each run's no-contact twin,
 *       which under common random numbers is exactly what a holdout would have produced.</li>
 *   <li>Regret: the strategy of type {@code oracle} (if any) minus the strategy, on the objective; a
 *       strategy whose regret interval lies wholly below 0 gets a note, because then the oracle is
 *       not an upper bound on this scenario.</li>
 *   <li>Regret against the best fixed arm ({@link ArmRegret}), from the fixed-arm runs, for every
 *       strategy with two or more arms.</li>
 *   <li>Ranking: the objective's mean, descending, ties in first-seen order; the oracle is not ranked.</li>
 *   <li>p-values against the holdout: raw, and Holm-adjusted across the candidates for each metric.</li>
 *   <li>Decision: winner, inconclusive or underpowered, from every pair of candidates tested on the
 *       objective and Holm-adjusted together ({@link Decision}).</li>
 * </ul>
 *
 * @implNote Stateless and thread-safe.
 */
public final class ComparisonAnalysis {

    private ComparisonAnalysis() {}

    /**
     * @param runs one run per strategy and replication, in any order
     * @param objective profit, revenue or conversions
     * @param level confidence level in (0, 1), e.g. 0.95
     * @throws IllegalArgumentException if the runs can not be paired or an argument is out of range
     */
    public static Comparison analyze(List<StrategyRun> runs, String objective, double level) {
        return analyze(runs, List.of(), objective, level);
    }

    /**
     * As {@link #analyze(List, String, double)}, with the runs of each arm played alone
     * ({@code arm:<label>}, one per replication) for regret against the best fixed arm.
     */
    public static Comparison analyze(List<StrategyRun> runs, List<StrategyRun> fixedArms, String objective, double level) {
        Objective obj = Objective.parse(objective);
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), but was " + level);
        }
        Map<String, List<StrategyRun>> byStrategy = Pairing.byStrategy(runs);
        int replications = byStrategy.values().iterator().next().size();
        int days = byStrategy.values().iterator().next().get(0).result().daily().size();
        List<String> notes = new ArrayList<>();
        String holdout = firstOfRole(byStrategy, Role.HOLDOUT, notes);
        String oracle = firstOfRole(byStrategy, Role.ORACLE, notes);
        if (holdout == null) {
            notes.add("No strategy has type holdout: uplift is measured against the no-contact twin, which with "
                    + "common random numbers is identical to a holdout; CLV uplift is not available.");
        }
        if (replications < 2) {
            notes.add("One replication: no confidence intervals or p-values can be computed (n/a); run more replications.");
        }
        List<StrategyRun> oracleRuns = oracle == null ? null : byStrategy.get(oracle);
        List<StrategyRun> holdoutRuns = holdout == null ? null : byStrategy.get(holdout);

        // every oracle-typed strategy is a yardstick, even one that is not the regret reference
        List<String> contenders = byStrategy.entrySet().stream()
                .filter(e -> Role.of(e.getValue().get(0).type()) != Role.ORACLE).map(Map.Entry::getKey).toList();
        if (contenders.isEmpty()) {
            throw new IllegalArgumentException("compare needs at least one strategy besides the oracle");
        }
        // stable sort: ties keep the first-seen order
        List<String> ranking = contenders.stream()
                .sorted(Comparator.comparingDouble((String s) -> -PairedStats.mean(values(byStrategy.get(s), run -> run.value(obj.metric())))))
                .toList();

        Map<String, Map<CompareMetric, Uplift>> uplifts = new LinkedHashMap<>();
        byStrategy.forEach((name, rs) -> uplifts.put(name, uplift(rs, holdoutRuns, level)));
        adjustAgainstHoldout(uplifts, byStrategy, holdout);

        List<StrategySummary> summaries = new ArrayList<>();
        for (Map.Entry<String, List<StrategyRun>> e : byStrategy.entrySet()) {
            String name = e.getKey();
            List<StrategyRun> rs = e.getValue();
            String type = rs.get(0).type();
            Role role = Role.of(type);
            int rank = ranking.indexOf(name) + 1;
            Estimate regret = regret(rs, oracleRuns, obj, level);
            if (regret != null && role != Role.ORACLE && regret.ciHigh() < 0) {
                notes.add(name + " beats the oracle (regret " + String.format(java.util.Locale.ROOT, "%.1f [%.1f, %.1f]",
                        regret.mean(), regret.ciLow(), regret.ciHigh()) + "): the oracle is not an upper bound on this "
                        + "scenario; read its regret as distance to the oracle, not to the optimum (see "
                        + "docs/strategies.md, The far-sighted oracle).");
            }
            summaries.add(new StrategySummary(name, type, role, rank, metrics(rs, level), uplifts.get(name),
                    incremental(rs, level), regret, series(rs, oracleRuns, obj, days, level),
                    arms(rs, days), model(rs), experiment(rs),
                    role == Role.ORACLE ? null : armRegret(rs, fixedArms, obj, level)));
        }

        String best = ranking.get(0);
        String runnerUp = ranking.size() > 1 ? ranking.get(1) : null;
        PairedTest test = null;
        if (runnerUp != null) {
            double[] w = values(byStrategy.get(best), run -> run.value(obj.metric()));
            double[] r = values(byStrategy.get(runnerUp), run -> run.value(obj.metric()));
            test = new PairedTest(best, runnerUp, PairedStats.difference(w, r, level), PairedStats.pValue(w, r));
        }
        Map<String, double[]> objectiveByStrategy = new LinkedHashMap<>();
        Map<String, ExperimentSummary> experiments = new LinkedHashMap<>();
        for (String s : ranking) {
            objectiveByStrategy.put(s, values(byStrategy.get(s), run -> run.value(obj.metric())));
            summaries.stream().filter(x -> x.name().equals(s) && x.experiment() != null).findFirst()
                    .ifPresent(x -> experiments.put(s, x.experiment()));
        }
        Decision decision = Decisions.decide(ranking, objectiveByStrategy, experiments, level);
        return new Comparison(obj, level, replications, days, holdout == null ? Comparison.TWIN : holdout, holdout == null,
                oracle, summaries, best, runnerUp, test, notes, SegmentIncrementals.of(byStrategy), decision);
    }

    /**
     * Holm-adjusts, metric by metric, the p-values of the candidates' uplift against the holdout: the
     * family is every strategy but the holdout (whose uplift is 0 by definition) and the oracles (yardsticks,
     * not candidates).
     */
    private static void adjustAgainstHoldout(Map<String, Map<CompareMetric, Uplift>> uplifts,
            Map<String, List<StrategyRun>> byStrategy, String holdout) {
        List<String> family = byStrategy.entrySet().stream()
                .filter(e -> Role.of(e.getValue().get(0).type()) == Role.CONTENDER && !e.getKey().equals(holdout))
                .map(Map.Entry::getKey).toList();
        for (CompareMetric m : CompareMetric.values()) {
            double[] adjusted = Holm.adjust(family.stream().mapToDouble(s -> uplifts.get(s).get(m).pValue()).toArray());
            for (int i = 0; i < family.size(); i++) {
                uplifts.get(family.get(i)).put(m, uplifts.get(family.get(i)).get(m).withAdjusted(adjusted[i]));
            }
        }
    }

    private static String firstOfRole(Map<String, List<StrategyRun>> byStrategy, Role role, List<String> notes) {
        List<String> names = byStrategy.entrySet().stream()
                .filter(e -> Role.of(e.getValue().get(0).type()) == role).map(Map.Entry::getKey).toList();
        if (names.size() > 1) {
            notes.add("Several strategies have type " + role.type() + " (" + String.join(", ", names) + "); "
                    + names.get(0) + " serves as the " + role.type() + ".");
        }
        return names.isEmpty() ? null : names.get(0);
    }

    private static Map<CompareMetric, Estimate> metrics(List<StrategyRun> rs, double level) {
        Map<CompareMetric, Estimate> m = new EnumMap<>(CompareMetric.class);
        for (CompareMetric cm : CompareMetric.values()) {
            m.put(cm, PairedStats.estimate(values(rs, r -> r.value(cm)), level));
        }
        return m;
    }

    // Without a holdout strategy each run is paired with its own twin (identical across strategies under CRN).
    private static Map<CompareMetric, Uplift> uplift(List<StrategyRun> rs, List<StrategyRun> holdoutRuns, double level) {
        Map<CompareMetric, Uplift> m = new EnumMap<>(CompareMetric.class);
        for (CompareMetric cm : CompareMetric.values()) {
            double[] x = values(rs, r -> r.value(cm));
            double[] base = holdoutRuns == null ? values(rs, r -> r.twinValue(cm)) : values(holdoutRuns, r -> r.value(cm));
            double[] diff = PairedStats.minus(x, base);
            m.put(cm, new Uplift(PairedStats.estimate(diff, level), PairedStats.ratio(diff, base, level),
                    PairedStats.pValue(x, base)));
        }
        return m;
    }

    private static Map<CompareMetric, Estimate> incremental(List<StrategyRun> rs, double level) {
        Map<CompareMetric, Estimate> m = new EnumMap<>(CompareMetric.class);
        for (CompareMetric cm : CompareMetric.values()) {
            double[] x = values(rs, run -> run.incremental(cm));
            m.put(cm, allNaN(x) ? Estimate.unavailable(x.length) : PairedStats.estimate(x, level));
        }
        return m;
    }

    private static Estimate regret(List<StrategyRun> rs, List<StrategyRun> oracleRuns, Objective obj, double level) {
        if (oracleRuns == null) {
            return null;
        }
        return PairedStats.difference(values(oracleRuns, run -> run.value(obj.metric())), values(rs, run -> run.value(obj.metric())), level);
    }

    /**
     * Per replication, the best objective among the strategy's arms played alone minus the
     * strategy's; null when it has fewer than two arms or an arm was not played alone.
     */
    static ArmRegret armRegret(List<StrategyRun> rs, List<StrategyRun> fixedArms, Objective obj, double level) {
        List<String> arms = rs.get(0).arms();
        if (arms.size() < 2 || fixedArms.isEmpty()) {
            return null;
        }
        int n = rs.size();
        double[][] armValue = new double[arms.size()][n];
        for (int a = 0; a < arms.size(); a++) {
            String name = "arm:" + arms.get(a);
            for (int i = 0; i < n; i++) {
                int rep = rs.get(i).replication();
                StrategyRun fixed = fixedArms.stream().filter(f -> f.strategy().equals(name) && f.replication() == rep)
                        .findFirst().orElse(null);
                if (fixed == null) {
                    return null;
                }
                armValue[a][i] = fixed.value(obj.metric());
            }
        }
        double[] gap = new double[n];
        for (int i = 0; i < n; i++) {
            double best = Double.NEGATIVE_INFINITY;
            for (int a = 0; a < arms.size(); a++) {
                best = Math.max(best, armValue[a][i]);
            }
            gap[i] = best - rs.get(i).value(obj.metric());
        }
        int bestArm = 0;
        for (int a = 1; a < arms.size(); a++) {
            if (PairedStats.mean(armValue[a]) > PairedStats.mean(armValue[bestArm])) {
                bestArm = a;
            }
        }
        return new ArmRegret(arms.get(bestArm), PairedStats.estimate(gap, level));
    }

    private static List<Series> series(List<StrategyRun> rs, List<StrategyRun> oracleRuns, Objective obj, int days,
            double level) {
        int n = rs.size();
        double[][] cumulative = cumulative(rs, obj.dailyMetric(), days);
        double[][] oracleCumulative = oracleRuns == null ? null : cumulative(oracleRuns, obj.dailyMetric(), days);
        List<Estimate> cum = new ArrayList<>();
        List<Estimate> conversions = new ArrayList<>();
        List<Estimate> contacts = new ArrayList<>();
        List<Estimate> active = new ArrayList<>();
        List<Estimate> regret = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            int day = d;
            double[] c = new double[n];
            for (int i = 0; i < n; i++) {
                c[i] = cumulative[i][day];
            }
            cum.add(PairedStats.estimate(c, level));
            conversions.add(PairedStats.estimate(values(rs, r -> r.result().daily().get(day).get(Metric.CONVERSIONS)), level));
            contacts.add(PairedStats.estimate(values(rs, r -> r.result().daily().get(day).get(Metric.CONTACTS)), level));
            active.add(PairedStats.estimate(values(rs, r -> r.result().daily().get(day).get(Metric.ACTIVE)), level));
            if (oracleCumulative != null) {
                double[] o = new double[n];
                for (int i = 0; i < n; i++) {
                    o[i] = oracleCumulative[i][day];
                }
                regret.add(PairedStats.difference(o, c, level));
            }
        }
        List<Series> out = new ArrayList<>(List.of(new Series(obj.cumulativeSeries(), cum),
                new Series("conversions", conversions), new Series("contacts", contacts), new Series(Series.ACTIVE, active)));
        if (oracleCumulative != null) {
            out.add(new Series("cumulative_regret", regret));
        }
        return out;
    }

    /** [replication][day] running sum of a daily metric. */
    private static double[][] cumulative(List<StrategyRun> rs, Metric m, int days) {
        double[][] c = new double[rs.size()][days];
        for (int i = 0; i < rs.size(); i++) {
            double sum = 0;
            for (int d = 0; d < days; d++) {
                sum += rs.get(i).result().daily().get(d).get(m);
                c[i][d] = sum;
            }
        }
        return c;
    }

    private static ArmShares arms(List<StrategyRun> rs, int days) {
        List<String> arms = rs.get(0).arms();
        if (arms.isEmpty()) {
            return null;
        }
        double[][] share = new double[days][arms.size()];
        for (int d = 0; d < days; d++) {
            double[] sum = new double[arms.size()];
            int counted = 0;
            for (StrategyRun r : rs) {
                if (d >= r.days()) {
                    continue;
                }
                double total = 0;
                for (int a = 0; a < arms.size(); a++) {
                    total += r.pulls(d, a);
                }
                if (total > 0) {
                    counted++;
                    for (int a = 0; a < arms.size(); a++) {
                        sum[a] += r.pulls(d, a) / total;
                    }
                }
            }
            for (int a = 0; a < arms.size(); a++) {
                share[d][a] = counted == 0 ? Double.NaN : sum[a] / counted;
            }
        }
        return new ArmShares(arms, share);
    }

    private static ModelSummary model(List<StrategyRun> rs) {
        List<ModelQuality> q = rs.stream().map(StrategyRun::model).filter(Objects::nonNull).toList();
        if (q.isEmpty()) {
            return null;
        }
        return new ModelSummary(q.get(0).model(), meanOfFinite(q, ModelQuality::auc), meanOfFinite(q, ModelQuality::qini),
                meanOfFinite(q, ModelQuality::auuc), meanOfFinite(q, ModelQuality::calibrationError), q.size(),
                ModelCurves.meanUplift(q.stream().map(ModelQuality::upliftCurves).filter(Objects::nonNull).toList()),
                ModelCurves.meanCalibration(q.stream().map(ModelQuality::calibration).filter(Objects::nonNull).toList()));
    }

    private static ExperimentSummary experiment(List<StrategyRun> rs) {
        List<ExperimentTrace> traces = rs.stream().map(StrategyRun::experiment).filter(Objects::nonNull).toList();
        return traces.isEmpty() ? null : ExperimentSummary.of(traces);
    }

    private static double meanOfFinite(List<ModelQuality> q, ToDoubleFunction<ModelQuality> f) {
        return q.stream().mapToDouble(f).filter(Double::isFinite).average().orElse(Double.NaN);
    }

    static double[] values(List<StrategyRun> rs, ToDoubleFunction<StrategyRun> f) {
        return rs.stream().mapToDouble(f).toArray();
    }

    private static boolean allNaN(double[] x) {
        for (double v : x) {
            if (!Double.isNaN(v)) {
                return false;
            }
        }
        return true;
    }
}
