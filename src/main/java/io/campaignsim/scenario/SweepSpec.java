package io.campaignsim.scenario;

import io.campaignsim.scenario.yaml.Loc;
import io.campaignsim.scenario.yaml.YamlNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenario's {@code sweep:} block: which parameters {@code campaignsim sweep} varies and how the
 * points are chosen. Command-line {@code --set}, {@code --design} and {@code --points} take precedence.
 *
 * <pre>{@code
 * sweep:
 *   design: grid            # grid (default), random or lhs (Latin hypercube)
 *   points: 20              # random and lhs only
 *   parameters:
 *     policy.frequency_cap.per_week: [1, 2, 3, 4]
 *     offers.ten_off.discount: { from: 0.05, to: 0.25, step: 0.05 }   # without step: an interval (random, lhs)
 * }</pre>
 *
 * @param parameters the swept parameters in file order
 * @param design grid, random or lhs
 * @param points number of points of a random or lhs design; 0 for a grid
 * @param keyLocs where each parameter's path is written, by path (values are checked there)
 */
public record SweepSpec(List<SweepParameter> parameters, String design, int points, Map<String, Loc> keyLocs) {

    public static final List<String> DESIGNS = List.of("grid", "random", "lhs");

    /** Most points of one sweep (each runs every strategy in every replication). */
    public static final int MAX_POINTS = 10_000;

    public SweepSpec {
        parameters = List.copyOf(parameters);
        keyLocs = Map.copyOf(keyLocs);
    }

    /** The block, or null when the scenario has none (problems are added to {@code problems}). */
    static SweepSpec read(YamlNode node, Problems problems) {
        if (node == null) {
            return null;
        }
        MapReader m = MapReader.of(node, "sweep", problems);
        if (m == null) {
            return null;
        }
        String design = m.choice("design", "grid", DESIGNS);
        int points = (int) m.integer("points", 0, 1, MAX_POINTS);
        if (m.has("points") && "grid".equals(design)) {
            problems.add(m.locOf("points"), "sweep.points is set but the design is grid, which runs every combination",
                    "design: random or design: lhs with points, or no points");
        } else if (!m.has("points") && !"grid".equals(design)) {
            problems.add(m.locOf("design"), "sweep.design " + design + " needs sweep.points", "points: N (1 to "
                    + MAX_POINTS + ")");
        }
        YamlNode params = m.required("parameters", "a mapping of parameter paths to values, e.g. "
                + "policy.frequency_cap.per_week: [1, 2, 3]");
        List<SweepParameter> out = new ArrayList<>();
        Map<String, Loc> locs = new LinkedHashMap<>();
        if (params != null) {
            MapReader p = MapReader.of(params, "sweep.parameters", problems);
            if (p != null && p.entries().isEmpty()) {
                problems.add(params.loc(), "sweep.parameters is empty", "at least one parameter path with its values, "
                        + "e.g. policy.frequency_cap.per_week: [1, 2, 3]");
            }
            if (p != null) {
                for (Map.Entry<String, YamlNode> e : p.entries().entrySet()) {
                    Loc at = p.keyLoc(e.getKey());
                    SweepParameter parameter = parameter(e.getKey(), e.getValue(), at, problems);
                    if (parameter != null) {
                        if (parameter.continuous() && "grid".equals(design)) {
                            problems.add(e.getValue().loc(), "sweep.parameters '" + e.getKey() + "' is an interval without "
                                    + "a step, which a grid cannot enumerate", "a step (from, to, step) or a list of values, "
                                    + "or design: random or lhs");
                        }
                        out.add(parameter);
                        locs.put(parameter.path(), at);
                    }
                }
            }
        }
        m.done();
        return new SweepSpec(out, design, "grid".equals(design) ? 0 : points, locs);
    }

    private static SweepParameter parameter(String path, YamlNode value, Loc at, Problems problems) {
        String source = "sweep.parameters '" + path + "'";
        try {
            ScenarioTree.segments(path);
            if (value instanceof YamlNode.ListNode list) {
                if (list.items().isEmpty()) {
                    problems.add(list.loc(), source + " has an empty list of values", "at least one value, e.g. [1, 2, 3]");
                    return null;
                }
                List<String> items = new ArrayList<>();
                for (YamlNode item : list.items()) {
                    if (!(item instanceof YamlNode.ScalarNode s)) {
                        problems.add(item.loc(), source + " lists " + item.kind(), "single values, e.g. [1, 2, 3]");
                        return null;
                    }
                    if (s.type() == YamlNode.ScalarType.STRING && s.text().contains(":")) {
                        problems.add(item.loc(), source + " lists the text '" + s.text() + "'",
                                "plain values; write a range as { from: 0.05, to: 0.25, step: 0.05 }");
                        return null;
                    }
                    items.add(s.text());
                }
                return SweepParameter.of(path, items, source);
            }
            if (value instanceof YamlNode.MapNode) {
                int before = problems.size();
                MapReader r = MapReader.of(value, "sweep.parameters." + path, problems);
                double from = r.requiredNumber("from", -Double.MAX_VALUE, Double.MAX_VALUE);
                double to = r.requiredNumber("to", -Double.MAX_VALUE, Double.MAX_VALUE);
                boolean stepped = r.has("step");
                double step = r.number("step", 1, 0, Double.MAX_VALUE);
                r.done();
                if (!r.has("from") || !r.has("to") || problems.size() != before) {
                    return null;
                }
                BigDecimal f = decimal(r.node("from"));
                BigDecimal t = decimal(r.node("to"));
                if (Double.isNaN(from + to + step)) {
                    return null;
                }
                return stepped ? SweepParameter.of(path, List.of(SweepParameter.plain(f) + ":" + SweepParameter.plain(t)
                        + ":" + SweepParameter.plain(decimal(r.node("step")))), source)
                        : SweepParameter.interval(path, f, t, source);
            }
            problems.add(value.loc(), source + " is " + value.kind(), "a list of values [1, 2, 3] or a range "
                    + "{ from: 0.05, to: 0.25, step: 0.05 }");
            return null;
        } catch (ScenarioTree.PathException | IllegalArgumentException e) {
            String msg = e.getMessage();
            int cut = msg.lastIndexOf("; expected ");
            problems.add(at, cut < 0 ? msg : msg.substring(0, cut), cut < 0 ? "" : msg.substring(cut + 11));
            return null;
        }
    }

    private static BigDecimal decimal(YamlNode n) {
        return new BigDecimal(((YamlNode.ScalarNode) n).text());
    }
}
