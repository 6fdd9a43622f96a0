package io.campaignsim.report.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.campaignsim.compare.sweep.Candidate;
import io.campaignsim.compare.sweep.SweepAnalysis;
import io.campaignsim.compare.sweep.SweepPlan;
import io.campaignsim.compare.sweep.SweepPoint;
import io.campaignsim.compare.sweep.SweepResult;
import io.campaignsim.report.Numbers;
import io.campaignsim.scenario.SweepParameter;
import io.campaignsim.stats.Estimate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code sweep.json}: what was swept and how, the best configuration with its 95 % CI, and every
 * configuration's paired comparison with it (Holm-adjusted), flagged when not significantly worse.
 * Holds no timings, so a resumed sweep writes the same bytes as an uninterrupted one.
 */
public final class SweepJson {

    public static final String FILE = "sweep.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SweepJson() {}

    public static Path write(SweepResult r, Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        Files.writeString(file, render(r), StandardCharsets.UTF_8);
        return file;
    }

    static String render(SweepResult r) throws IOException {
        SweepPlan plan = r.plan();
        SweepAnalysis.Result a = r.analysis();
        ObjectNode root = JSON.createObjectNode();
        root.put("scenario", r.scenario());
        root.put("objective", a.objective().key());
        root.put("design", plan.design().key());
        root.put("requested_points", plan.requestedPoints());
        root.put("points", plan.points().size());
        root.put("replications", plan.replications());
        root.put("stepping", plan.stepping().key());
        ArrayNode seeds = root.putArray("replication_seeds");
        for (long s : plan.replicationSeeds()) {
            seeds.add(s);
        }
        root.put("common_random_numbers", "every point runs replication r on replication_seeds[r]");
        ArrayNode params = root.putArray("parameters");
        for (SweepParameter p : plan.parameters()) {
            ObjectNode o = params.addObject();
            o.put("path", p.path());
            if (p.continuous()) {
                o.put("from", p.from());
                o.put("to", p.to());
                o.put("integers", p.integral());
            } else {
                ArrayNode v = o.putArray("values");
                p.levels().forEach(v::add);
            }
        }
        ArrayNode strategies = root.putArray("strategies");
        for (int s = 0; s < plan.strategies().size(); s++) {
            ObjectNode o = strategies.addObject();
            o.put("name", plan.strategies().get(s));
            o.put("oracle", r.oracles().contains(s));
        }
        ObjectNode selection = root.putObject("selection");
        selection.put("configurations", "(point, strategy) pairs; the oracle is a yardstick and never chosen");
        selection.put("best", "highest mean " + a.objective().key() + " over the replications");
        selection.put("test", "one-sided paired t-test of best minus each other configuration, replication by "
                + "replication (paired on the shared seeds)");
        selection.put("correction", "holm");
        selection.put("alpha", a.alpha());
        selection.put("compared", a.candidates().size() - 1);
        selection.put("caveat", "the best is chosen from the same data, so its mean is optimistic; the set is the "
                + "configurations the data cannot tell apart from the observed best, not a confidence set for the "
                + "true best");
        root.set("best", candidate(r, a.best()));
        ArrayNode notWorse = root.putArray("not_significantly_worse");
        a.notWorse().forEach(c -> notWorse.add(candidate(r, c)));
        ArrayNode all = root.putArray("configurations");
        a.candidates().forEach(c -> all.add(candidate(r, c)));
        return JSON.writeValueAsString(root) + "\n";
    }

    private static ObjectNode candidate(SweepResult r, Candidate c) {
        ObjectNode o = JSON.createObjectNode();
        SweepPoint point = r.plan().points().get(c.point());
        o.put("point", c.point());
        ObjectNode values = o.putObject("values");
        for (int j = 0; j < r.plan().parameters().size(); j++) {
            values.put(r.plan().parameters().get(j).path(), point.values().get(j));
        }
        o.put("strategy", r.plan().strategies().get(c.strategy()));
        estimate(o, "", c.objective());
        estimate(o, "shortfall_", c.shortfall());
        o.put("p_value", Numbers.decimal(c.pValue(), 6));
        o.put("p_holm", Numbers.decimal(c.adjustedP(), 6));
        o.put("not_significantly_worse", c.notWorse());
        return o;
    }

    private static void estimate(ObjectNode o, String prefix, Estimate e) {
        o.put(prefix + "mean", Numbers.decimal(e.mean(), Numbers.METRIC_SCALE));
        o.put(prefix + "ci_low", Numbers.decimal(e.ciLow(), Numbers.METRIC_SCALE));
        o.put(prefix + "ci_high", Numbers.decimal(e.ciHigh(), Numbers.METRIC_SCALE));
    }
}
