package io.campaignsim.report.compare;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.campaignsim.compare.ArmShares;
import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.Decision;
import io.campaignsim.compare.ExperimentSummary;
import io.campaignsim.compare.ModelSummary;
import io.campaignsim.compare.PairedTest;
import io.campaignsim.compare.PredictionFigures;
import io.campaignsim.compare.Series;
import io.campaignsim.compare.StrategySummary;
import io.campaignsim.compare.Uplift;
import io.campaignsim.compare.UpliftCurves;
import io.campaignsim.core.CompareMetric;
import io.campaignsim.core.Version;
import io.campaignsim.report.Numbers;
import io.campaignsim.stats.Calibration;
import io.campaignsim.stats.CalibrationBin;
import io.campaignsim.stats.DecileLift;
import io.campaignsim.stats.Estimate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code comparison.json}: the whole {@link Comparison}. Keys are written in a fixed order, numbers
 * are rounded (metrics to 4 decimals; relative changes, p-values, shares and model figures to 6),
 * undefined values are null, and there is no time of day in it, so the same comparison always gives
 * the same bytes. See docs/compare.md.
 */
public final class ComparisonJson {

    public static final String FILE = "comparison.json";

    private ComparisonJson() {}

    /** Writes {@link #FILE} into {@code dir}; returns its path. */
    public static Path write(Comparison c, Path dir) throws IOException {
        return write(c, java.util.Map.of(), dir);
    }

    /**
     * As {@link #write(Comparison, Path)}, with each strategy's journey and rule counts (mean per
     * replication) under its {@code journeys} and {@code rules} keys.
     */
    public static Path write(Comparison c, java.util.Map<String, io.campaignsim.report.JourneysJson.Totals> journeys,
            Path dir) throws IOException {
        return write(c, journeys, null, dir);
    }

    /**
     * As {@link #write(Comparison, java.util.Map, Path)}, with the engine's {@code stepping} ({@code daily} or
     * {@code next-event}, as {@code compare --stepping} ran) under the {@code stepping} key; null leaves the key out.
     */
    public static Path write(Comparison c, java.util.Map<String, io.campaignsim.report.JourneysJson.Totals> journeys,
            String stepping, Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        Files.writeString(file, render(c, journeys, stepping), StandardCharsets.UTF_8);
        return file;
    }

    /** The JSON text, ending with a newline. */
    public static String render(Comparison c) {
        return render(c, java.util.Map.of());
    }

    /** The JSON text with the strategies' journey and rule counts where given, ending with a newline. */
    public static String render(Comparison c, java.util.Map<String, io.campaignsim.report.JourneysJson.Totals> journeys) {
        return render(c, journeys, null);
    }

    /** As {@link #render(Comparison, java.util.Map)}, with the stepping the runs used (null: no key). */
    public static String render(Comparison c, java.util.Map<String, io.campaignsim.report.JourneysJson.Totals> journeys,
            String stepping) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("campaignsim_version", Version.current());
        root.put("objective", c.objective().key());
        root.put("level", Numbers.decimal(c.level(), Numbers.RATE_SCALE));
        root.put("replications", c.replications());
        root.put("days", c.days());
        if (stepping != null) {
            root.put("stepping", stepping);
        }
        root.put("holdout", c.holdout());
        root.put("holdout_is_twin", c.holdoutIsTwin());
        root.put("oracle", c.oracle());
        root.put("best", c.best());
        root.put("winner", c.winner());
        root.put("runner_up", c.runnerUp());
        PairedTest t = c.winnerVsRunnerUp();
        if (t == null) {
            root.putNull("winner_vs_runner_up");
        } else {
            ObjectNode test = root.putObject("winner_vs_runner_up");
            test.put("first", t.first());
            test.put("second", t.second());
            estimate(test.putObject("difference"), t.difference(), Numbers.METRIC_SCALE);
            test.put("p_value", Numbers.decimal(t.pValue(), Numbers.RATE_SCALE));
            test.put("significant", t.significant());
        }
        decision(root.putObject("decision"), c.decision());
        ArrayNode ranking = root.putArray("ranking");
        c.ranked().stream().filter(s -> s.rank() > 0).forEach(s -> ranking.add(s.name()));
        ArrayNode notes = root.putArray("notes");
        c.notes().forEach(notes::add);
        ArrayNode strategies = root.putArray("strategies");
        for (StrategySummary s : c.ranked()) {
            ObjectNode node = strategies.addObject();
            strategy(node, s);
            SegmentsJson.write(node, c.segments(), s.name());
            if (journeys.containsKey(s.name())) {
                io.campaignsim.report.JourneysJson.put(node, journeys.get(s.name()));
            }
        }
        try {
            return writer().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a tree of plain values always serialises
        }
    }

    private static void strategy(ObjectNode node, StrategySummary s) {
        node.put("name", s.name());
        node.put("type", s.type());
        node.put("role", s.role().name().toLowerCase(Locale.ROOT));
        node.put("label", s.role().label());
        if (s.rank() == 0) {
            node.putNull("rank");
        } else {
            node.put("rank", s.rank());
        }
        ObjectNode metrics = node.putObject("metrics");
        for (CompareMetric m : CompareMetric.values()) {
            estimate(metrics.putObject(m.key()), s.metric(m), Numbers.METRIC_SCALE);
        }
        ObjectNode uplift = node.putObject("uplift_vs_holdout");
        for (CompareMetric m : CompareMetric.values()) {
            Uplift u = s.uplift(m);
            ObjectNode one = uplift.putObject(m.key());
            estimate(one.putObject("absolute"), u.absolute(), Numbers.METRIC_SCALE);
            relative(one.putObject("relative"), u.relative());
            one.put("p_value", Numbers.decimal(u.pValue(), Numbers.RATE_SCALE));
            one.put("p_value_holm", Numbers.decimal(u.pAdjusted(), Numbers.RATE_SCALE));
        }
        ObjectNode incremental = node.putObject("true_incremental");
        for (CompareMetric m : CompareMetric.values()) {
            estimate(incremental.putObject(m.key()), s.incremental(m), Numbers.METRIC_SCALE);
        }
        if (s.regret() == null) {
            node.putNull("regret_vs_oracle");
        } else {
            estimate(node.putObject("regret_vs_oracle"), s.regret(), Numbers.METRIC_SCALE);
        }
        if (s.armRegret() == null) {
            node.putNull("regret_vs_best_arm");
        } else {
            ObjectNode arm = node.putObject("regret_vs_best_arm");
            estimate(arm, s.armRegret().regret(), Numbers.METRIC_SCALE);
            arm.put("best_arm", s.armRegret().bestArm());
        }
        model(node, s.model());
        ObjectNode series = node.putObject("series");
        for (Series one : s.series()) {
            ObjectNode n = series.putObject(one.metric());
            ArrayNode mean = n.putArray("mean");
            ArrayNode low = n.putArray("low");
            ArrayNode high = n.putArray("high");
            for (Estimate e : one.byDay()) {
                mean.add(Numbers.decimal(e.mean(), Numbers.METRIC_SCALE));
                low.add(Numbers.decimal(e.ciLow(), Numbers.METRIC_SCALE));
                high.add(Numbers.decimal(e.ciHigh(), Numbers.METRIC_SCALE));
            }
        }
        arms(node, s.arms());
        experiment(node, s.experiment());
        TestVsTruthJson.write(node, s);
    }

    private static void decision(ObjectNode node, Decision d) {
        node.put("kind", d.kind().name().toLowerCase(Locale.ROOT));
        node.put("best", d.best());
        node.put("winner", d.winner());
        ArrayNode contenders = node.putArray("contenders");
        d.contenders().forEach(contenders::add);
        node.put("reason", d.reason());
        node.put("alpha", Numbers.decimal(d.alpha(), Numbers.RATE_SCALE));
        node.put("correction", "holm");
        ArrayNode pairs = node.putArray("pairwise");
        for (Decision.Pairwise p : d.pairwise()) {
            ObjectNode one = pairs.addObject();
            one.put("first", p.first());
            one.put("second", p.second());
            estimate(one.putObject("difference"), p.difference(), Numbers.METRIC_SCALE);
            one.put("p_value", Numbers.decimal(p.pValue(), Numbers.RATE_SCALE));
            one.put("p_value_holm", Numbers.decimal(p.pAdjusted(), Numbers.RATE_SCALE));
            one.put("significant", p.significant(d.alpha()));
        }
        ArrayNode power = node.putArray("power");
        for (Decision.TestPower t : d.power()) {
            ObjectNode one = power.addObject();
            one.put("strategy", t.strategy());
            one.put("power", Numbers.decimal(t.power(), Numbers.RATE_SCALE));
            one.put("per_arm", Numbers.decimal(t.perArm(), Numbers.METRIC_SCALE));
            one.put("effect", Numbers.decimal(t.effect(), Numbers.RATE_SCALE));
            one.put("effect_source", t.effectIsMde() ? "mde" : "observed");
            one.put("alpha", Numbers.decimal(t.alpha(), Numbers.RATE_SCALE));
            one.put("underpowered", t.underpowered());
        }
    }

    private static void model(ObjectNode node, ModelSummary q) {
        if (q == null) {
            node.putNull("model");
            return;
        }
        ObjectNode m = node.putObject("model");
        m.put("model", q.model());
        m.put("auc", Numbers.decimal(q.auc(), Numbers.RATE_SCALE));
        // the normalised Qini (1 = the ideal ranking by true uplift), not an area per customer
        m.put("qini_normalised", Numbers.decimal(q.qini(), Numbers.RATE_SCALE));
        m.put("auuc", Numbers.decimal(q.auuc(), Numbers.RATE_SCALE));
        m.put("calibration_error", Numbers.decimal(q.calibrationError(), Numbers.RATE_SCALE));
        m.put("replications", q.replications());
        UpliftCurves u = q.upliftCurves();
        if (u != null) {
            ObjectNode curves = m.putObject("uplift_curves");
            numbers(curves.putArray("fraction"), u.fraction());
            numbers(curves.putArray("model"), u.model().value());
            numbers(curves.putArray("ideal"), u.ideal().value());
            numbers(curves.putArray("random"), u.random().value());
        }
        Calibration cal = q.calibration();
        if (cal != null) {
            ObjectNode table = m.putObject("calibration");
            ArrayNode predicted = table.putArray("mean_predicted");
            ArrayNode truth = table.putArray("mean_true");
            ArrayNode count = table.putArray("count");
            for (CalibrationBin b : cal.bins()) {
                predicted.add(Numbers.decimal(b.meanPredicted(), Numbers.RATE_SCALE));
                truth.add(Numbers.decimal(b.meanTruth(), Numbers.RATE_SCALE));
                count.add(b.count());
            }
        }
        prediction(m, q.prediction());
    }

    // Only customer-level predictions have the block, so files of other comparisons are unchanged.
    private static void prediction(ObjectNode m, PredictionFigures f) {
        if (f == null) {
            return;
        }
        ObjectNode p = m.putObject("prediction");
        p.put("prediction", f.prediction());
        p.put("within_days", f.withinDays());
        p.put("probability", f.probability());
        p.put("customers", f.customers());
        p.put("auc_se", Numbers.decimal(f.aucSe(), Numbers.RATE_SCALE));
        p.put("brier", Numbers.decimal(f.brier(), Numbers.RATE_SCALE));
        p.put("baseline_brier", Numbers.decimal(f.baselineBrier(), Numbers.RATE_SCALE));
        p.put("mae", Numbers.decimal(f.mae(), Numbers.RATE_SCALE));
        p.put("rmse", Numbers.decimal(f.rmse(), Numbers.RATE_SCALE));
        p.put("baseline_mae", Numbers.decimal(f.baselineMae(), Numbers.RATE_SCALE));
        p.put("baseline_rmse", Numbers.decimal(f.baselineRmse(), Numbers.RATE_SCALE));
        p.put("mean_score", Numbers.decimal(f.meanScore(), Numbers.RATE_SCALE));
        p.put("mean_truth", Numbers.decimal(f.meanTruth(), Numbers.RATE_SCALE));
        ObjectNode d = p.putObject("deciles");
        ArrayNode count = d.putArray("count");
        ArrayNode score = d.putArray("mean_score");
        ArrayNode truth = d.putArray("mean_truth");
        ArrayNode lift = d.putArray("lift");
        for (DecileLift.Decile x : f.deciles()) {
            count.add(x.count());
            score.add(Numbers.decimal(x.meanScore(), Numbers.RATE_SCALE));
            truth.add(Numbers.decimal(x.meanTruth(), Numbers.RATE_SCALE));
            lift.add(Numbers.decimal(x.lift(), Numbers.RATE_SCALE));
        }
    }

    private static void numbers(ArrayNode array, double[] values) {
        for (double v : values) {
            array.add(Numbers.decimal(v, Numbers.RATE_SCALE));
        }
    }

    private static void arms(ObjectNode node, ArmShares a) {
        if (a == null) {
            node.putNull("arms");
            return;
        }
        ObjectNode arms = node.putObject("arms");
        ArrayNode names = arms.putArray("names");
        a.arms().forEach(names::add);
        ArrayNode days = arms.putArray("share_by_day");
        for (int d = 0; d < a.days(); d++) {
            ArrayNode day = days.addArray();
            for (int arm = 0; arm < a.arms().size(); arm++) {
                day.add(Numbers.decimal(a.share(d, arm), Numbers.RATE_SCALE));
            }
        }
    }

    // Only A/B and multivariate strategies have the block, so files of other comparisons are unchanged.
    private static void experiment(ObjectNode node, ExperimentSummary x) {
        if (x == null) {
            return;
        }
        ObjectNode e = node.putObject("experiment");
        ArrayNode names = e.putArray("arms");
        x.arms().forEach(names::add);
        e.put("alpha", Numbers.decimal(x.alpha(), Numbers.RATE_SCALE));
        e.put("mde", Numbers.decimal(x.mde(), Numbers.RATE_SCALE));
        e.put("replications", x.replications());
        e.put("baseline_rate", Numbers.decimal(x.baselineRate(), Numbers.RATE_SCALE));
        e.put("best_difference", Numbers.decimal(x.bestDifference(), Numbers.RATE_SCALE));
        ArrayNode reached = e.putArray("reached_trials");
        for (int a = 0; a < x.arms().size(); a++) {
            reached.add(Numbers.decimal(x.reachedTrials(a), Numbers.METRIC_SCALE));
        }
        numbers(e.putArray("decided_share_by_day"), x.decidedShare());
        ArrayNode p = e.putArray("median_p_value_by_day");
        for (int d = 0; d < x.days(); d++) {
            ArrayNode day = p.addArray();
            for (int a = 0; a < x.arms().size(); a++) {
                day.add(Numbers.decimal(x.medianPValue(d, a), Numbers.RATE_SCALE));
            }
        }
    }

    // Fieller's set may be unbounded: then the bounds are null and "unbounded" is true, never a number.
    private static void relative(ObjectNode node, Estimate e) {
        estimate(node, e, Numbers.RATE_SCALE);
        node.put("interval", "fieller");
        node.put("unbounded", Double.isInfinite(e.ciLow()) || Double.isInfinite(e.ciHigh()));
    }

    private static void estimate(ObjectNode node, Estimate e, int scale) {
        node.put("mean", Numbers.decimal(e.mean(), scale));
        node.put("ci_low", Numbers.decimal(e.ciLow(), scale));
        node.put("ci_high", Numbers.decimal(e.ciHigh(), scale));
        node.put("se", Numbers.decimal(e.standardError(), scale));
        node.put("n", e.n());
    }

    // "\n" line ends whatever the platform, so files compare byte for byte across machines.
    private static ObjectWriter writer() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).writer(printer);
    }
}
