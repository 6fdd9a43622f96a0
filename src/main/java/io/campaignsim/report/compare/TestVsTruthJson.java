package io.campaignsim.report.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.campaignsim.compare.HoldoutReading;
import io.campaignsim.compare.StrategySummary;
import io.campaignsim.compare.TestVsTruth;
import io.campaignsim.core.CompareMetric;
import io.campaignsim.report.Numbers;
import io.campaignsim.stats.Estimate;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The {@code holdout_test} block of a strategy in comparison.json: what a randomised holdout test of
 * the strategy would have shown against the truth (see docs/compare.md). Only the summary over
 * replications and the first replication's test are kept; {@code holdout_test.csv} has every
 * replication. Null when the runs were not read so.
 */
final class TestVsTruthJson {

    static final String KEY = "holdout_test";

    private TestVsTruthJson() {}

    static void write(ObjectNode strategy, StrategySummary s) {
        Map<CompareMetric, TestVsTruth> all = s.testVsTruth();
        if (all.isEmpty()) {
            strategy.putNull(KEY);
            return;
        }
        TestVsTruth any = all.values().iterator().next();
        ObjectNode node = strategy.putObject(KEY);
        node.put("holdout_share", Numbers.decimal(any.holdoutShare(), Numbers.RATE_SCALE));
        node.put("customers", any.customers());
        ObjectNode metrics = node.putObject("metrics");
        for (Map.Entry<CompareMetric, TestVsTruth> e : all.entrySet()) {
            TestVsTruth t = e.getValue();
            ObjectNode m = metrics.putObject(e.getKey().key());
            estimate(m.putObject("true_effect"), t.truth());
            estimate(m.putObject("estimate"), t.estimate());
            estimate(m.putObject("bias"), t.bias());
            m.put("coverage", Numbers.decimal(t.coverage(), Numbers.RATE_SCALE));
            m.put("coverage_se", Numbers.decimal(t.coverageSe(), Numbers.RATE_SCALE));
            m.put("tests", t.tests());
            m.put("mean_half_width", Numbers.decimal(t.meanHalfWidth(), Numbers.METRIC_SCALE));
            HoldoutReading f = t.first();
            ObjectNode first = m.putObject("first_replication");
            first.put("treated", f.treated());
            first.put("held_out", f.heldOut());
            first.put("estimate", Numbers.decimal(f.estimate(), Numbers.METRIC_SCALE));
            first.put("ci_low", Numbers.decimal(f.ciLow(), Numbers.METRIC_SCALE));
            first.put("ci_high", Numbers.decimal(f.ciHigh(), Numbers.METRIC_SCALE));
            first.put("se", Numbers.decimal(f.standardError(), Numbers.METRIC_SCALE));
            first.put("true_effect", Numbers.decimal(f.truth(), Numbers.METRIC_SCALE));
            first.put("covered", f.covers());
        }
    }

    /** The block as written; empty when absent or null (files written before it was kept). */
    static Map<CompareMetric, TestVsTruth> read(JsonNode node, int replications) {
        Map<CompareMetric, TestVsTruth> out = new EnumMap<>(CompareMetric.class);
        if (node == null || node.isNull()) {
            return out;
        }
        double share = number(node.get("holdout_share"));
        int customers = node.path("customers").asInt();
        JsonNode metrics = node.get("metrics");
        if (metrics == null) {
            throw new IllegalArgumentException("missing key 'metrics' in " + KEY);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = metrics.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            CompareMetric metric = CompareMetric.valueOf(e.getKey().toUpperCase(java.util.Locale.ROOT));
            JsonNode m = e.getValue();
            JsonNode f = m.path("first_replication");
            HoldoutReading first = new HoldoutReading(customers, f.path("treated").asInt(), f.path("held_out").asInt(),
                    number(f.get("estimate")), number(f.get("ci_low")), number(f.get("ci_high")), number(f.get("se")),
                    number(f.get("true_effect")));
            out.put(metric, new TestVsTruth(share, customers, estimate(m.get("true_effect"), replications),
                    estimate(m.get("estimate"), replications), estimate(m.get("bias"), replications),
                    number(m.get("coverage")), number(m.get("coverage_se")), m.path("tests").asInt(),
                    number(m.get("mean_half_width")), first, List.of()));
        }
        return out;
    }

    private static void estimate(ObjectNode node, Estimate e) {
        node.put("mean", Numbers.decimal(e.mean(), Numbers.METRIC_SCALE));
        node.put("ci_low", Numbers.decimal(e.ciLow(), Numbers.METRIC_SCALE));
        node.put("ci_high", Numbers.decimal(e.ciHigh(), Numbers.METRIC_SCALE));
        node.put("se", Numbers.decimal(e.standardError(), Numbers.METRIC_SCALE));
        node.put("n", e.n());
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
}
