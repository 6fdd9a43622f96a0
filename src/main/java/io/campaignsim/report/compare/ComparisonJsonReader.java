package io.campaignsim.report.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.campaignsim.compare.ArmShares;
import io.campaignsim.compare.ArmRegret;
import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.Decision;
import io.campaignsim.compare.ExperimentSummary;
import io.campaignsim.compare.ModelSummary;
import io.campaignsim.compare.Objective;
import io.campaignsim.compare.PairedTest;
import io.campaignsim.compare.Role;
import io.campaignsim.compare.Series;
import io.campaignsim.compare.StrategySummary;
import io.campaignsim.compare.Uplift;
import io.campaignsim.compare.UpliftCurves;
import io.campaignsim.core.CompareMetric;
import io.campaignsim.core.UserInputException;
import io.campaignsim.stats.Calibration;
import io.campaignsim.stats.CalibrationBin;
import io.campaignsim.stats.Curve;
import io.campaignsim.stats.Estimate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code comparison.json} (as {@link ComparisonJson} writes it) back into a {@link Comparison},
 * so reports can be rendered from saved results without simulating again. Nulls become NaN, as they
 * were before writing. What the file does not keep comes back as: the standard errors of the per-day
 * series (NaN; the series keep their mean and band), and the order of strategies (ranked, as written).
 */
public final class ComparisonJsonReader {

    private ComparisonJsonReader() {}

    /**
     * @throws UserInputException if the file is missing, is not JSON, or lacks a key the model needs
     */
    /** A comparison's JSON grows with strategies, replications and days, never near this. */
    static final long MAX_BYTES = 256L << 20;

    public static Comparison read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException(file + " does not exist; expected the comparison.json that 'compare' writes");
        }
        return parse(new String(io.campaignsim.core.InputFiles.readAll(file, MAX_BYTES, "the comparison.json that "
                + "'compare' writes"), StandardCharsets.UTF_8), file.toString());
    }

    /** Parses the JSON text; {@code source} names it in error messages. */
    public static Comparison parse(String json, String source) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":"
                    + e.getLocation().getColumnNr();
            throw new UserInputException(source + where + ": not valid JSON; expected comparison.json as 'compare' writes it");
        }
        try {
            return comparison(root);
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
            throw new UserInputException(source + ": " + e.getMessage()
                    + "; expected comparison.json as 'compare' writes it (re-run compare to refresh it)");
        }
    }

    private static Comparison comparison(JsonNode root) {
        int replications = required(root, "replications").asInt();
        List<StrategySummary> strategies = new ArrayList<>();
        for (JsonNode s : required(root, "strategies")) {
            strategies.add(strategy(s, replications));
        }
        if (strategies.isEmpty()) {
            throw new IllegalArgumentException("no strategies");
        }
        PairedTest test = null;
        JsonNode t = root.get("winner_vs_runner_up");
        if (t != null && !t.isNull()) {
            test = new PairedTest(text(t, "first"), text(t, "second"), estimate(t.get("difference"), replications),
                    number(t.get("p_value")));
        }
        List<String> notes = new ArrayList<>();
        JsonNode n = root.get("notes");
        if (n != null) {
            n.forEach(x -> notes.add(x.asText()));
        }
        // files written before the decision was kept call the best "winner"
        String best = root.has("best") ? text(root, "best") : text(root, "winner");
        double level = number(required(root, "level"));
        return new Comparison(Objective.parse(text(root, "objective")), level, replications,
                required(root, "days").asInt(), text(root, "holdout"), root.path("holdout_is_twin").asBoolean(),
                text(root, "oracle"), strategies, best, text(root, "runner_up"), test, notes,
                SegmentsJson.read(root.get("strategies")), decision(root.get("decision"), best, replications, level));
    }

    private static StrategySummary strategy(JsonNode s, int replications) {
        String name = text(s, "name");
        Role role = Role.valueOf(text(s, "role").toUpperCase(Locale.ROOT));
        JsonNode rank = s.get("rank");
        Map<CompareMetric, Estimate> metrics = new EnumMap<>(CompareMetric.class);
        Map<CompareMetric, Uplift> uplift = new EnumMap<>(CompareMetric.class);
        Map<CompareMetric, Estimate> incremental = new EnumMap<>(CompareMetric.class);
        for (CompareMetric m : CompareMetric.values()) {
            metrics.put(m, estimate(s.path("metrics").get(m.key()), replications));
            JsonNode u = s.path("uplift_vs_holdout").get(m.key());
            uplift.put(m, u == null ? new Uplift(Estimate.unavailable(replications), Estimate.unavailable(replications),
                    Double.NaN) : new Uplift(estimate(u.get("absolute"), replications),
                    relative(u.get("relative"), replications), number(u.get("p_value")), number(u.get("p_value_holm"))));
            incremental.put(m, estimate(s.path("true_incremental").get(m.key()), replications));
        }
        JsonNode regret = s.get("regret_vs_oracle");
        JsonNode armRegret = s.get("regret_vs_best_arm"); // absent in files written before it was kept
        return new StrategySummary(name, text(s, "type"), role, rank == null || rank.isNull() ? 0 : rank.asInt(), metrics,
                uplift, incremental, regret == null || regret.isNull() ? null : estimate(regret, replications),
                series(s.get("series"), replications), arms(s.get("arms")), model(s.get("model")),
                experiment(s.get("experiment")), armRegret == null || armRegret.isNull() ? null
                        : new ArmRegret(text(armRegret, "best_arm"), estimate(armRegret, replications)));
    }

    /**
     * The decision block; a file written before decisions were kept gets an inconclusive decision that
     * says so (its pairwise tests were not saved, so none can be made now).
     */
    private static Decision decision(JsonNode node, String best, int replications, double level) {
        if (node == null || node.isNull()) {
            return new Decision(Decision.Kind.INCONCLUSIVE, best, null, List.of(best), "this comparison.json was "
                    + "written before decisions were kept; re-run compare to get one", 1 - level, List.of(), List.of());
        }
        List<String> contenders = new ArrayList<>();
        required(node, "contenders").forEach(x -> contenders.add(x.asText()));
        List<Decision.Pairwise> pairwise = new ArrayList<>();
        for (JsonNode p : required(node, "pairwise")) {
            pairwise.add(new Decision.Pairwise(text(p, "first"), text(p, "second"), estimate(p.get("difference"),
                    replications), number(p.get("p_value")), number(p.get("p_value_holm"))));
        }
        List<Decision.TestPower> power = new ArrayList<>();
        for (JsonNode p : required(node, "power")) {
            power.add(new Decision.TestPower(text(p, "strategy"), number(p.get("power")), number(p.get("per_arm")),
                    number(p.get("effect")), "mde".equals(text(p, "effect_source")), number(p.get("alpha"))));
        }
        return new Decision(Decision.Kind.valueOf(text(node, "kind").toUpperCase(Locale.ROOT)), text(node, "best"),
                text(node, "winner"), contenders, text(node, "reason"), number(node.get("alpha")), pairwise, power);
    }

    private static List<Series> series(JsonNode node, int replications) {
        List<Series> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode mean = required(e.getValue(), "mean");
            JsonNode low = required(e.getValue(), "low");
            JsonNode high = required(e.getValue(), "high");
            List<Estimate> byDay = new ArrayList<>();
            for (int d = 0; d < mean.size(); d++) {
                byDay.add(new Estimate(number(mean.get(d)), number(low.get(d)), number(high.get(d)), Double.NaN,
                        replications));
            }
            out.add(new Series(e.getKey(), byDay));
        }
        return out;
    }

    private static ArmShares arms(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        required(node, "names").forEach(x -> names.add(x.asText()));
        JsonNode days = required(node, "share_by_day");
        double[][] share = new double[days.size()][names.size()];
        for (int d = 0; d < days.size(); d++) {
            for (int a = 0; a < names.size(); a++) {
                share[d][a] = number(days.get(d).get(a));
            }
        }
        return new ArmShares(names, share);
    }

    // Optional: only A/B and multivariate strategies have it, and files written before it was kept lack it.
    private static ExperimentSummary experiment(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        required(node, "arms").forEach(x -> names.add(x.asText()));
        JsonNode byDay = required(node, "median_p_value_by_day");
        double[][] median = new double[byDay.size()][];
        for (int d = 0; d < median.length; d++) {
            median[d] = numbers(byDay.get(d));
            if (median[d].length != names.size()) {
                throw new IllegalArgumentException("median_p_value_by_day has a day with " + median[d].length
                        + " arms, but there are " + names.size());
            }
        }
        double[] decided = numbers(required(node, "decided_share_by_day"));
        double[] reached = numbers(required(node, "reached_trials"));
        if (decided.length != median.length || reached.length != names.size()) {
            throw new IllegalArgumentException("experiment arrays differ in length");
        }
        return new ExperimentSummary(names, number(node.get("alpha")), number(node.get("mde")),
                node.path("replications").asInt(), median, decided, reached, number(node.get("baseline_rate")),
                number(node.get("best_difference")));
    }

    private static ModelSummary model(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return new ModelSummary(text(node, "model"), number(node.get("auc")), number(node.has("qini_normalised") ? node.get("qini_normalised") : node.get("qini")), // "qini" before it was named
                number(node.get("auuc")), number(node.get("calibration_error")), node.path("replications").asInt(),
                upliftCurves(node.get("uplift_curves")), calibration(node.get("calibration"), node));
    }

    // Optional: files written before the curves were kept have neither key.
    private static UpliftCurves upliftCurves(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        double[] fraction = numbers(required(node, "fraction"));
        return new UpliftCurves(new Curve(fraction, numbers(required(node, "model"))),
                new Curve(fraction, numbers(required(node, "ideal"))), new Curve(fraction, numbers(required(node, "random"))));
    }

    private static Calibration calibration(JsonNode node, JsonNode model) {
        if (node == null || node.isNull()) {
            return null;
        }
        double[] predicted = numbers(required(node, "mean_predicted"));
        double[] truth = numbers(required(node, "mean_true"));
        JsonNode count = required(node, "count");
        if (truth.length != predicted.length || count.size() != predicted.length) {
            throw new IllegalArgumentException("calibration arrays differ in length");
        }
        List<CalibrationBin> bins = new ArrayList<>();
        for (int b = 0; b < predicted.length; b++) {
            bins.add(new CalibrationBin(predicted[b], truth[b], count.get(b).asLong()));
        }
        return new Calibration(bins, number(model.get("calibration_error")));
    }

    private static double[] numbers(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(array.get(i));
        }
        return out;
    }

    private static Estimate relative(JsonNode node, int replications) {
        Estimate e = estimate(node, replications);
        return node != null && node.path("unbounded").asBoolean()
                ? new Estimate(e.mean(), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, e.standardError(), e.n())
                : e;
    }

    private static Estimate estimate(JsonNode node, int replications) {
        if (node == null || node.isNull()) {
            return Estimate.unavailable(replications);
        }
        return new Estimate(number(node.get("mean")), number(node.get("ci_low")), number(node.get("ci_high")),
                number(node.get("se")), node.has("n") ? node.get("n").asInt() : replications);
    }

    private static double number(JsonNode node) {
        return node == null || node.isNull() ? Double.NaN : node.asDouble();
    }

    private static String text(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static JsonNode required(JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing key '" + key + "'");
        }
        return v;
    }
}
