package io.campaignsim.scenario;

import io.campaignsim.scenario.yaml.Loc;
import io.campaignsim.scenario.yaml.YamlNode;
import io.campaignsim.scenario.yaml.YamlNode.ListNode;
import io.campaignsim.scenario.yaml.YamlNode.MapNode;
import io.campaignsim.scenario.yaml.YamlNode.ScalarNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sets one value of a parsed scenario by its path, as {@code sweep --set} and a {@code sweep:} block
 * do, returning a new tree that the loader then binds and validates like any file. Setting the tree,
 * not the bound {@link Scenario}, means every key can be swept and every value is checked by the
 * same code, with the same ranges and cross-checks, as if it had been written in the file.
 *
 * <p>A path is dot-separated: mapping keys ({@code policy.frequency_cap.per_week}), and in lists
 * either the {@code name} of an item ({@code offers.ten_off.discount}, {@code strategies.ts.epsilon})
 * or its 0-based index ({@code population.segments[1].share} or {@code population.segments.1.share}).
 * A missing last key (or missing mappings on the way) is added, so that an optional key the file
 * leaves at its default can be swept; a misspelt key is then reported by the loader as an unknown
 * key with its "did you mean". A list item must exist.
 */
public final class ScenarioTree {

    /** Keys that are not scenario parameters: they name, seed, size the run or its outputs. */
    static final Set<String> NOT_SWEPT = Set.of("name", "description", "seed", "replications", "report", "check", "sweep");

    private ScenarioTree() {}

    /** A path that does not lead to a single value of the scenario; the message says why. */
    public static final class PathException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PathException(String message) {
            super(message, null, false, false);
        }
    }

    /** The path split into segments ({@code a.b[1].c} gives a, b, 1, c). */
    public static List<String> segments(String path) {
        if (path == null || path.isBlank()) {
            throw new PathException("the path is empty; expected a dotted path such as policy.frequency_cap.per_week");
        }
        String p = path.replace("[", ".").replace("]", "");
        List<String> out = new ArrayList<>();
        for (String s : p.split("\\.", -1)) {
            if (s.isEmpty()) {
                throw new PathException("path '" + path + "' has an empty part; expected a dotted path such as "
                        + "policy.frequency_cap.per_week");
            }
            out.add(s);
        }
        if (NOT_SWEPT.contains(out.get(0))) {
            throw new PathException("path '" + path + "' names '" + out.get(0) + "', which is not a scenario parameter "
                    + "(it names, seeds or sizes the run, or its outputs: the sweep keeps it fixed so that every point "
                    + "runs on the same replication seeds); expected a path into population, channels, offers, catalog, "
                    + "economics, policy, strategies or horizon_days");
        }
        return List.copyOf(out);
    }

    /** Checks that {@code path} leads to a single value (or a key that can be added) of {@code root}. */
    public static void check(YamlNode root, String path) {
        with(root, path, "0");
    }

    /**
     * A copy of {@code root} with the value at {@code path} set to {@code value} (typed as YAML would type
     * the plain scalar: a number, true/false, or text).
     *
     * @throws PathException when the path does not lead to a single value
     */
    public static YamlNode with(YamlNode root, String path, String value) {
        List<String> parts = segments(path);
        return set(root, parts, 0, value, path);
    }

    /**
     * Where the value set at {@code path} sits in a tree returned by {@link #with}: its own position in the
     * file, or, for an added key, the position of the mapping it was added to. Problems the loader reports
     * there are about the value itself (its type or range); problems elsewhere are about how it combines
     * with the rest of the scenario.
     */
    public static Loc locOf(YamlNode edited, String path) {
        YamlNode node = edited;
        for (String key : segments(path)) {
            if (node instanceof MapNode m) {
                node = m.entries().get(key);
            } else if (node instanceof ListNode l) {
                node = l.items().get(itemIndex(l, key, "", path));
            }
        }
        return node.loc();
    }

    private static YamlNode set(YamlNode node, List<String> parts, int i, String value, String path) {
        String key = parts.get(i);
        String here = String.join(".", parts.subList(0, i));
        boolean last = i == parts.size() - 1;
        if (node instanceof MapNode m) {
            YamlNode child = m.entries().get(key);
            String childPath = m.path().isEmpty() ? key : m.path() + "." + key;
            YamlNode replaced;
            if (child == null || child instanceof YamlNode.NullNode) {
                Loc at = child != null ? child.loc() : m.loc();
                replaced = last ? scalar(value, at, childPath)
                        : set(new MapNode(Map.of(), Map.of(), at, childPath), parts, i + 1, value, path);
            } else if (last) {
                if (!(child instanceof ScalarNode)) {
                    throw new PathException("path '" + path + "' leads to " + child.kind() + " (at " + child.loc()
                            + "), not a single value; expected a path to one value, e.g. " + example(child, path));
                }
                replaced = scalar(value, child.loc(), childPath);
            } else {
                replaced = set(child, parts, i + 1, value, path);
            }
            Map<String, YamlNode> entries = new LinkedHashMap<>(m.entries());
            Map<String, Loc> keyLocs = new LinkedHashMap<>(m.keyLocs());
            entries.put(key, replaced);
            keyLocs.putIfAbsent(key, replaced.loc());
            return new MapNode(entries, keyLocs, m.loc(), m.path());
        }
        if (node instanceof ListNode l) {
            int index = itemIndex(l, key, here, path);
            YamlNode item = l.items().get(index);
            if (last) {
                if (!(item instanceof ScalarNode)) {
                    throw new PathException("path '" + path + "' leads to " + item.kind() + " (at " + item.loc()
                            + "), not a single value; expected a path to one value inside it");
                }
            }
            List<YamlNode> items = new ArrayList<>(l.items());
            items.set(index, last ? scalar(value, item.loc(), item.path()) : set(item, parts, i + 1, value, path));
            return new ListNode(items, l.loc(), l.path());
        }
        throw new PathException("path '" + path + "': '" + here + "' is " + node.kind() + " (at " + node.loc()
                + "), which has no '" + key + "'; expected a path to a key of a mapping or an item of a list");
    }

    private static int itemIndex(ListNode l, String key, String here, String path) {
        List<String> names = new ArrayList<>();
        for (int k = 0; k < l.items().size(); k++) {
            if (l.items().get(k) instanceof MapNode item && item.entries().get("name") instanceof ScalarNode n) {
                names.add(n.text());
                if (n.text().equals(key)) {
                    return k;
                }
            }
        }
        if (key.chars().allMatch(Character::isDigit) && key.length() < 9) {
            int k = Integer.parseInt(key);
            if (k < l.items().size()) {
                return k;
            }
            throw new PathException("path '" + path + "': " + here + " has " + l.items().size() + " items (at " + l.loc()
                    + "), no item " + k + "; expected an index from 0 to " + (l.items().size() - 1) + " or an item's name");
        }
        throw new PathException("path '" + path + "': " + here + " (at " + l.loc() + ") has no item named '" + key + "'"
                + MapReader.suggestion(key, names) + "; expected " + (names.isEmpty() ? "an index from 0 to "
                        + (l.items().size() - 1) : "one of " + String.join(", ", names)));
    }

    private static String example(YamlNode child, String path) {
        if (child instanceof MapNode m && !m.keyLocs().isEmpty()) {
            return path + "." + m.keyLocs().keySet().iterator().next();
        }
        return path + ".<key>";
    }

    /** A plain scalar typed as YAML types it: a number, a boolean, or text. */
    static ScalarNode scalar(String text, Loc at, String path) {
        YamlNode.ScalarType type = YamlNode.ScalarType.STRING;
        if (isNumber(text)) {
            type = YamlNode.ScalarType.NUMBER;
        } else if (text.equals("true") || text.equals("false")) {
            type = YamlNode.ScalarType.BOOLEAN;
        }
        return new ScalarNode(text, type, false, at, path);
    }

    /** Whether {@code text} is a plain decimal number (what the sweep writes and parses). */
    public static boolean isNumber(String text) {
        if (text.isEmpty() || text.length() > 100 || !(Character.isDigit(text.charAt(text.length() - 1)))) {
            return false;
        }
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
