package io.campaignsim.compare;

import io.campaignsim.core.Metric;
import io.campaignsim.engine.Kpis;
import io.campaignsim.engine.SendTimeTally;
import io.campaignsim.engine.SimulationResult;
import io.campaignsim.stats.Calibration;
import io.campaignsim.stats.CalibrationBin;
import io.campaignsim.stats.Curve;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-made {@link StrategyRun}s over {@value #DAYS} days and one channel. A run is given its total
 * profit and conversions over the horizon; each day carries a third of them, revenue is 10 a
 * conversion, contacts 5 a day for contacting strategies. The no-contact twin has the replication's
 * own profit and conversions (the same for every strategy of a replication, as common random numbers
 * make it). CLV = profit + 100.
 */
public final class CompareFixtures {

    public static final int DAYS = 3;
    public static final int CUSTOMERS = 100;

    private CompareFixtures() {}

    /** A strategy's run; {@code twinProfit}/{@code twinConversions} are the replication's no-contact figures. */
    public static StrategyRun run(String strategy, String type, int replication, double profit, double conversions,
            double twinProfit, double twinConversions) {
        return run(strategy, type, replication, profit, conversions, twinProfit, twinConversions, List.of(),
                new double[DAYS][0], null);
    }

    public static StrategyRun run(String strategy, String type, int replication, double profit, double conversions,
            double twinProfit, double twinConversions, List<String> arms, double[][] pulls, ModelQuality model) {
        boolean contacts = !type.equals("holdout");
        List<Kpis> daily = new ArrayList<>();
        List<Kpis> twinDaily = new ArrayList<>();
        for (int d = 0; d < DAYS; d++) {
            daily.add(day(profit / DAYS, conversions / DAYS, contacts ? 5 : 0, d));
            twinDaily.add(day(twinProfit / DAYS, twinConversions / DAYS, 0, d));
        }
        Kpis total = total(profit, conversions, contacts ? 5 * DAYS : 0);
        Kpis twin = total(twinProfit, twinConversions, 0);
        SimulationResult r = new SimulationResult("fixture", 42, replication, CUSTOMERS, DAYS, List.of("email"),
                List.of("all"), total, daily, List.of(total), List.of(List.of(total)), twin, twinDaily, List.of(twin), 5,
                SendTimeTally.EMPTY);
        return new StrategyRun(strategy, type, replication, r, profit + 100, arms, pulls, model, null);
    }

    private static Kpis day(double profit, double conversions, double contacts, int d) {
        double[] v = new double[Metric.COUNT];
        v[Metric.PROFIT.ordinal()] = profit;
        v[Metric.CONVERSIONS.ordinal()] = conversions;
        v[Metric.REVENUE.ordinal()] = 10 * conversions;
        v[Metric.CONTACTS.ordinal()] = contacts;
        v[Metric.ACTIVE.ordinal()] = CUSTOMERS - d;
        return new Kpis(v, new double[] {contacts});
    }

    private static Kpis total(double profit, double conversions, double contacts) {
        double[] v = new double[Metric.COUNT];
        v[Metric.PROFIT.ordinal()] = profit;
        v[Metric.CONVERSIONS.ordinal()] = conversions;
        v[Metric.REVENUE.ordinal()] = 10 * conversions;
        v[Metric.CONTACTS.ordinal()] = contacts;
        v[Metric.ACTIVE.ordinal()] = CUSTOMERS - (DAYS - 1);
        return new Kpis(v, new double[] {contacts});
    }

    /**
     * Three replications of control (holdout), ab, ts and oracle. Profit by replication: twin/control
     * {100, 110, 120}; ab {150, 150, 150}; ts {151, 152, 156} (ts - ab = {1, 2, 6}); oracle {200, 210, 220}.
     * Conversions: control {10, 11, 12}, ab {14, 15, 16}, ts {15, 15, 18}, oracle {20, 21, 22}.
     * ab has arms x, y; ts has a model.
     */
    public static List<StrategyRun> standard() {
        double[] twinProfit = {100, 110, 120};
        double[] twinConv = {10, 11, 12};
        double[] ab = {150, 150, 150};
        double[] abConv = {14, 15, 16};
        double[] ts = {151, 152, 156};
        double[] tsConv = {15, 15, 18};
        List<StrategyRun> runs = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            runs.add(run("control", "holdout", r, twinProfit[r], twinConv[r], twinProfit[r], twinConv[r]));
            runs.add(run("ab", "ab_test", r, ab[r], abConv[r], twinProfit[r], twinConv[r], List.of("x", "y"),
                    new double[][] {{3, 1}, {r, 1}, {0, 0}}, null));
            runs.add(run("ts", "thompson", r, ts[r], tsConv[r], twinProfit[r], twinConv[r], List.of(), new double[DAYS][0],
                    new ModelQuality("logistic propensity", r == 2 ? Double.NaN : 0.7 + 0.1 * r, Double.NaN, 0.2, 0.05, 50)));
            runs.add(run("oracle", "oracle", r, 200 + 10 * r, 20 + r, twinProfit[r], twinConv[r]));
        }
        return runs;
    }
    /**
     * Two replications of control (holdout), up (an uplift model with uplift curves) and prop (a
     * propensity model with a calibration table). The curves, at fractions {0, 0.5, 1}: model
     * {0, 0.02 + 0.01 r, 0.04}, ideal {0, 0.035, 0.04}, random {0, 0.02, 0.04}, so their means are
     * model {0, 0.025, 0.04}. Calibration, two bins: predicted {0.1, 0.3}, true {0.1 + 0.02 r, 0.2},
     * counts {50, 50 + 2 r}, error 0.05 + 0.02 r; means: true {0.11, 0.2}, count {50, 51}, error 0.06.
     */
    public static List<StrategyRun> withModelCurves() {
        double[] x = {0, 0.5, 1};
        List<StrategyRun> runs = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            UpliftCurves curves = new UpliftCurves(new Curve(x, new double[] {0, 0.02 + 0.01 * r, 0.04}),
                    new Curve(x, new double[] {0, 0.035, 0.04}), new Curve(x, new double[] {0, 0.02, 0.04}));
            Calibration calibration = new Calibration(List.of(new CalibrationBin(0.1, 0.1 + 0.02 * r, 50),
                    new CalibrationBin(0.3, 0.2, 50 + 2 * r)), 0.05 + 0.02 * r);
            runs.add(run("control", "holdout", r, 100 + r, 10, 100 + r, 10));
            runs.add(run("up", "uplift", r, 130 + r, 13, 100 + r, 10, List.of(), new double[DAYS][0],
                    new ModelQuality("T-learner uplift", Double.NaN, 0.4 + 0.2 * r, 0.025 + 0.001 * r, Double.NaN, 50,
                            curves, null)));
            runs.add(run("prop", "propensity", r, 120 + r, 12, 100 + r, 10, List.of(), new double[DAYS][0],
                    new ModelQuality("logistic propensity", 0.7, Double.NaN, Double.NaN, 0.05 + 0.02 * r, 50, null,
                            calibration)));
        }
        return runs;
    }

    /**
     * Two replications of control (holdout) and ab (an A/B test, arms x and y, alpha 0.05, no MDE)
     * with test histories. Replication 0 decides on day 1: p-values of y {0.3, 0.01}, cumulative
     * trials 100 then 200 per arm, successes x {10, 20}, y {12, 30}. Replication 1 decides on day 2:
     * p-values {0.5, 0.2, 0.04}, trials 100, 200, 300 per arm, successes x {10, 20, 30}, y {10, 24, 39}.
     * So the medians by day are {0.4, 0.105, 0.025}, the shares decided {0, 0.5, 1}, 250 contacts per
     * arm were reached on average, the pooled baseline is 50 / 500 = 0.1 and y's difference 0.038.
     */
    public static List<StrategyRun> withExperiment() {
        List<String> arms = List.of("x", "y");
        ExperimentTrace[] traces = {
            new ExperimentTrace(arms, new int[] {0, 1}, new double[][] {{1, 0.3}, {1, 0.01}},
                    new long[][] {{100, 100}, {200, 200}}, new long[][] {{10, 12}, {20, 30}}, 0.05, 1, Double.NaN),
            new ExperimentTrace(arms, new int[] {0, 1, 2}, new double[][] {{1, 0.5}, {1, 0.2}, {1, 0.04}},
                    new long[][] {{100, 100}, {200, 200}, {300, 300}}, new long[][] {{10, 10}, {20, 24}, {30, 39}}, 0.05,
                    2, Double.NaN)};
        List<StrategyRun> runs = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            runs.add(run("control", "holdout", r, 100 + r, 10, 100 + r, 10));
            StrategyRun ab = run("ab", "ab_test", r, 130 + r, 13, 100 + r, 10, arms, new double[][] {{1, 1}, {1, 1}, {1, 1}},
                    null);
            runs.add(new StrategyRun(ab.strategy(), ab.type(), r, ab.result(), ab.clv(), arms, ab.armPullsByDay(), null,
                    traces[r]));
        }
        return runs;
    }
}
