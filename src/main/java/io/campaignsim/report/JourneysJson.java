package io.campaignsim.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.campaignsim.engine.JourneyCounts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Journey and rule counts of a run (or the mean over a strategy's replications) for
 * {@code summary.json}, {@code comparison.json} and the terminal: per journey, the customers who
 * entered it and who left it opted out, finished, bought (with {@code exit_on: purchase}) or by
 * another exit (an exit condition or an unsubscribe); per rule, the times it fired. The same
 * counts per journey stage are in {@code breakdown.csv}. See docs/outputs.md.
 */
public final class JourneysJson {

    private static final String JOURNEY = "journey:";
    private static final String RULE = "rule:";

    private JourneysJson() {}

    /** Counts as doubles (a mean over replications), one array per column, touchpoint order. */
    public record Totals(List<String> touchpoints, double[] entries, double[] optedOut, double[] finished,
            double[] bought, double[] otherExits) {

        public static Totals of(JourneyCounts j) {
            return mean(List.of(j));
        }

        /** The mean over runs of the same policy (same touchpoints). */
        public static Totals mean(List<JourneyCounts> runs) {
            List<String> names = runs.isEmpty() ? List.of() : runs.get(0).touchpoints();
            int n = names.size();
            double[][] c = new double[5][n];
            for (JourneyCounts j : runs) {
                for (int t = 0; t < n && t < j.size(); t++) {
                    c[0][t] += j.entries()[t];
                    c[1][t] += j.optedOut()[t];
                    c[2][t] += j.finished()[t];
                    c[3][t] += j.bought()[t];
                    c[4][t] += j.otherExits()[t];
                }
            }
            for (double[] col : c) {
                for (int t = 0; t < n; t++) {
                    col[t] /= Math.max(1, runs.size());
                }
            }
            return new Totals(names, c[0], c[1], c[2], c[3], c[4]);
        }

        /** Journeys by name: entered (entries of the first stage) and exits by reason summed over stages. */
        public Map<String, double[]> byJourney() {
            Map<String, double[]> out = new LinkedHashMap<>();
            for (int t = 0; t < touchpoints.size(); t++) {
                String name = touchpoints.get(t);
                if (!name.startsWith(JOURNEY)) {
                    continue;
                }
                String journey = name.substring(JOURNEY.length(), name.lastIndexOf('/'));
                double[] v = out.get(journey);
                if (v == null) {
                    v = new double[] {entries[t], 0, 0, 0, 0};
                    out.put(journey, v);
                }
                v[1] += optedOut[t];
                v[2] += finished[t];
                v[3] += bought[t];
                v[4] += otherExits[t];
            }
            return out;
        }

        /** Rules by name and the times each fired. */
        public Map<String, Double> rulesFired() {
            Map<String, Double> out = new LinkedHashMap<>();
            for (int t = 0; t < touchpoints.size(); t++) {
                if (touchpoints.get(t).startsWith(RULE)) {
                    out.put(touchpoints.get(t).substring(RULE.length()), entries[t]);
                }
            }
            return out;
        }
    }

    /** Adds {@code "journeys"} and {@code "rules"} to {@code node}. */
    public static void put(ObjectNode node, Totals t) {
        ObjectNode journeys = node.putObject("journeys");
        for (Map.Entry<String, double[]> e : t.byJourney().entrySet()) {
            double[] v = e.getValue();
            ObjectNode j = journeys.putObject(e.getKey());
            j.put("entered", Numbers.decimal(v[0], Numbers.METRIC_SCALE));
            j.put("opted_out", Numbers.decimal(v[1], Numbers.METRIC_SCALE));
            j.put("finished", Numbers.decimal(v[2], Numbers.METRIC_SCALE));
            j.put("bought", Numbers.decimal(v[3], Numbers.METRIC_SCALE));
            j.put("other_exits", Numbers.decimal(v[4], Numbers.METRIC_SCALE));
            ArrayNode stages = j.putArray("stages");
            for (int k = 0; k < t.touchpoints().size(); k++) {
                String name = t.touchpoints().get(k);
                if (name.startsWith(JOURNEY + e.getKey() + "/")) {
                    ObjectNode s = stages.addObject();
                    s.put("stage", name.substring(name.lastIndexOf('/') + 1));
                    s.put("entries", Numbers.decimal(t.entries()[k], Numbers.METRIC_SCALE));
                    s.put("opted_out", Numbers.decimal(t.optedOut()[k], Numbers.METRIC_SCALE));
                    s.put("finished", Numbers.decimal(t.finished()[k], Numbers.METRIC_SCALE));
                    s.put("bought", Numbers.decimal(t.bought()[k], Numbers.METRIC_SCALE));
                    s.put("other_exits", Numbers.decimal(t.otherExits()[k], Numbers.METRIC_SCALE));
                }
            }
        }
        ObjectNode rules = node.putObject("rules");
        for (Map.Entry<String, Double> e : t.rulesFired().entrySet()) {
            rules.putObject(e.getKey()).put("fired", Numbers.decimal(e.getValue(), Numbers.METRIC_SCALE));
        }
    }

    /** Terminal lines, one per journey and one for the rules; empty without journeys and rules. */
    public static List<String> lines(Totals t) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, double[]> e : t.byJourney().entrySet()) {
            double[] v = e.getValue();
            out.add(String.format(Locale.ROOT, "journey %s: %s entered, %s opted out, %s finished, %s bought, %s other exits",
                    e.getKey(), Numbers.grouped(v[0], 0), Numbers.grouped(v[1], 0), Numbers.grouped(v[2], 0),
                    Numbers.grouped(v[3], 0), Numbers.grouped(v[4], 0)));
        }
        List<String> rules = new ArrayList<>();
        t.rulesFired().forEach((name, fired) -> rules.add(name + " " + Numbers.grouped(fired, 0)));
        if (!rules.isEmpty()) {
            out.add("rules fired: " + String.join(", ", rules));
        }
        return out;
    }
}
