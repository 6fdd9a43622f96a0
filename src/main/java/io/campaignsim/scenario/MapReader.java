package io.campaignsim.scenario;

import io.campaignsim.scenario.yaml.Loc;
import io.campaignsim.scenario.yaml.YamlNode;
import io.campaignsim.scenario.yaml.YamlNode.ListNode;
import io.campaignsim.scenario.yaml.YamlNode.MapNode;
import io.campaignsim.scenario.yaml.YamlNode.NullNode;
import io.campaignsim.scenario.yaml.YamlNode.ScalarNode;
import io.campaignsim.scenario.yaml.YamlNode.ScalarType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Typed, checked access to one YAML mapping. Every accessor records the key as known and
 * reports a wrong type or an out-of-range value to {@link Problems} (returning the default so
 * that reading goes on and all problems are found in one pass). {@link #done()} then reports
 * the keys nobody asked for, with a "did you mean" suggestion.
 */
public final class MapReader {

    /** Longest name: scenario names become folder and file names ({@code reports/<name>-compare}, {@code <name>.json}). */
    public static final int MAX_NAME_LENGTH = 100;

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(3);
    private static final Set<String> TRUE_WORDS = Set.of("true", "yes", "y", "on");

    private final MapNode map;
    private final Problems problems;
    private final Set<String> known = new LinkedHashSet<>();

    private MapReader(MapNode map, Problems problems) {
        this.map = map;
        this.problems = problems;
    }

    /**
     * A reader for {@code node}, or {@code null} (after reporting) when it is not a mapping.
     *
     * @param what the name of the section, used in the message (e.g. "population")
     */
    public static MapReader of(YamlNode node, String what, Problems problems) {
        if (node instanceof MapNode m) {
            return new MapReader(m, problems);
        }
        problems.add(node.loc(), what + " is " + node.kind(), "a mapping of keys to values");
        return null;
    }

    /**
     * Like {@link #of}, but when {@code node} is not a mapping it reads an empty one instead
     * (after reporting), so every key takes its default and a named section (a channel) still
     * exists for the references to it: one mistake, one message.
     */
    public static MapReader orEmpty(YamlNode node, String what, Problems problems) {
        MapReader m = of(node, what, problems);
        return m != null ? m : new MapReader(new MapNode(Map.of(), Map.of(), node.loc(), node.path()), problems);
    }

    public Problems problems() {
        return problems;
    }

    public Loc loc() {
        return map.loc();
    }

    /** Where the value of {@code key} is, or the mapping's own position when it is absent. */
    public Loc locOf(String key) {
        YamlNode n = map.entries().get(key);
        return n == null ? map.loc() : n.loc();
    }

    public String path(String key) {
        return map.path().isEmpty() ? key : map.path() + "." + key;
    }

    public boolean has(String key) {
        known.add(key);
        YamlNode n = map.entries().get(key);
        return n != null && !(n instanceof NullNode);
    }

    /** The raw node of an optional key, or {@code null}. */
    public YamlNode node(String key) {
        known.add(key);
        YamlNode n = map.entries().get(key);
        return n instanceof NullNode ? null : n;
    }

    /** The raw node of a required key; reports and returns {@code null} when missing. */
    public YamlNode required(String key, String expected) {
        YamlNode n = node(key);
        if (n == null && map.entries().containsKey(key)) {
            problems.add(keyLoc(key), path(key) + " has no value", expected);
        } else if (n == null) {
            problems.add(map.loc(), "missing key '" + path(key) + "'", expected);
        }
        return n;
    }

    /** All keys of the mapping, in file order (for mappings keyed by user names). */
    public Map<String, YamlNode> entries() {
        known.addAll(map.entries().keySet());
        return map.entries();
    }

    public Loc keyLoc(String key) {
        return map.keyLocs().getOrDefault(key, map.loc());
    }

    public String string(String key, String fallback) {
        YamlNode n = node(key);
        if (n == null) {
            return fallback;
        }
        if (n instanceof ScalarNode s) {
            return s.text();
        }
        problems.add(n.loc(), path(key) + " is " + n.kind(), "a single value");
        return fallback;
    }

    public String requiredString(String key, String expected) {
        YamlNode n = required(key, expected);
        if (n == null) {
            return "";
        }
        if (n instanceof ScalarNode s && !s.text().isBlank()) {
            return s.text();
        }
        problems.add(n.loc(), path(key) + " is " + n.kind(), expected);
        return "";
    }

    /** A name: lower-case letters, digits, '_' and '-', starting with a letter. */
    /** A name's text cut to 40 characters for messages. */
    static String shorten(String v) {
        return v.length() <= 40 ? v : v.substring(0, 37) + "...";
    }

    public String name(String key, String fallback, boolean required) {
        String v = required ? requiredString(key, "a name such as 'email_winback'") : string(key, fallback);
        if (v != null && !v.isEmpty() && !v.matches("[A-Za-z][A-Za-z0-9_\\-]*")) {
            problems.add(locOf(key), path(key) + " '" + shorten(v) + "' is not a valid name",
                    "letters, digits, '_' or '-', starting with a letter");
        } else if (v != null && v.length() > MAX_NAME_LENGTH) {
            problems.add(locOf(key), path(key) + " '" + shorten(v) + "' is " + v.length() + " characters long",
                    "a name of at most " + MAX_NAME_LENGTH + " characters (names become file and folder names)");
        }
        return v;
    }

    /** A number in {@code [min, max]}. */
    public double number(String key, double fallback, double min, double max) {
        YamlNode n = node(key);
        if (n == null) {
            return fallback;
        }
        return toNumber(n, path(key), min, max, fallback);
    }

    /** A number in [min, max), or {@code fallback} when absent or invalid (after reporting). */
    public double numberBelow(String key, double fallback, double min, double max) {
        YamlNode n = node(key);
        if (n == null) {
            return fallback;
        }
        if (n instanceof ScalarNode s && s.type() == ScalarType.NUMBER && decimal(s.text()) != null) {
            double v = decimal(s.text()).doubleValue();
            if (!(v >= min && v < max)) {
                problems.add(n.loc(), path(key) + " is " + s.text() + ", out of range",
                        "a number from " + fmt(min) + " up to but not including " + fmt(max));
                return fallback;
            }
            return v;
        }
        return toNumber(n, path(key), min, max, fallback); // reports the wrong type
    }

    /** A number strictly between min and max, or {@code fallback} when absent or invalid (after reporting). */
    public double numberBetween(String key, double fallback, double min, double max, String example) {
        YamlNode n = node(key);
        if (n == null) {
            return fallback;
        }
        if (n instanceof ScalarNode s && s.type() == ScalarType.NUMBER && decimal(s.text()) != null) {
            double v = decimal(s.text()).doubleValue();
            if (!(v > min && v < max)) {
                problems.add(n.loc(), path(key) + " is " + s.text() + ", out of range",
                        "a number strictly between " + fmt(min) + " and " + fmt(max) + ", e.g. " + example);
                return fallback;
            }
            return v;
        }
        return toNumber(n, path(key), min, max, fallback); // reports the wrong type
    }

    public double requiredNumber(String key, double min, double max) {
        YamlNode n = required(key, "a number between " + fmt(min) + " and " + fmt(max));
        return n == null ? Double.NaN : toNumber(n, path(key), min, max, Double.NaN);
    }

    /** A probability, in [0, 1]. */
    public double probability(String key, double fallback) {
        return number(key, fallback, 0.0, 1.0);
    }

    public long integer(String key, long fallback, long min, long max) {
        YamlNode n = node(key);
        if (n == null) {
            return fallback;
        }
        return toInteger(n, path(key), min, max, fallback);
    }

    public long requiredInteger(String key, long min, long max) {
        YamlNode n = required(key, "a whole number between " + min + " and " + max);
        return n == null ? min : toInteger(n, path(key), min, max, min);
    }

    public boolean bool(String key, boolean fallback) {
        YamlNode n = node(key);
        if (n == null) {
            return fallback;
        }
        if (n instanceof ScalarNode s && s.type() == ScalarType.BOOLEAN) {
            // YAML 1.1 booleans: yes/no, on/off, y/n as well as true/false, in any case.
            return TRUE_WORDS.contains(s.text().toLowerCase(Locale.ROOT));
        }
        problems.add(n.loc(), path(key) + " is " + n.kind(), "true or false");
        return fallback;
    }

    /** One of a fixed set of words (case-insensitive), returned in lower case. */
    public String choice(String key, String fallback, Collection<String> allowed) {
        String v = string(key, fallback);
        if (v == null) {
            return null;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (!allowed.contains(lower)) {
            problems.add(locOf(key), path(key) + " is '" + v + "'" + suggestion(v, allowed),
                    "one of " + String.join(", ", allowed));
            return fallback;
        }
        return lower;
    }

    /** A list; each item is read by {@code item}; a single value is not accepted as a list. */
    public <T> List<T> list(String key, boolean required, Function<YamlNode, T> item) {
        YamlNode n = required ? required(key, "a list") : node(key);
        if (n == null) {
            return List.of();
        }
        if (!(n instanceof ListNode l)) {
            problems.add(n.loc(), path(key) + " is " + n.kind(), "a list (items starting with '- ' or [a, b])");
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (YamlNode i : l.items()) {
            T v = item.apply(i);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    /**
     * Reports, at the list's position, a list under {@code key} that is written but empty or
     * longer than {@code max} (items are stored in byte-sized codes, hence limits).
     */
    public void checkCount(String key, int max, String expected) {
        YamlNode n = map.entries().get(key);
        if (n instanceof ListNode l) {
            if (l.items().isEmpty()) {
                problems.add(n.loc(), path(key) + " is empty", expected);
            } else if (l.items().size() > max) {
                problems.add(n.loc(), path(key) + " has " + l.items().size() + " items, more than the " + max + " supported",
                        "at most " + max);
            }
        }
    }

    /** A list of plain names. */
    public List<String> names(String key, boolean required) {
        return list(key, required, n -> {
            if (n instanceof ScalarNode s && s.type() == ScalarType.STRING) {
                return s.text();
            }
            problems.add(n.loc(), n.path() + " is " + n.kind(), "a name");
            return null;
        });
    }

    /** A mapping from user-chosen names to sections (e.g. channels), in file order. */
    public <T> Map<String, T> namedSections(String key, boolean required, String what,
            SectionReader<T> section) {
        YamlNode n = required ? required(key, "a mapping of " + what) : node(key);
        Map<String, T> out = new LinkedHashMap<>();
        if (n == null) {
            return out;
        }
        MapReader inner = of(n, path(key), problems);
        if (inner == null) {
            return out;
        }
        for (Map.Entry<String, YamlNode> e : inner.entries().entrySet()) {
            T v = section.read(e.getKey(), inner.keyLoc(e.getKey()), e.getValue());
            if (v != null) {
                out.put(e.getKey(), v);
            }
        }
        return out;
    }

    /** Reads one named section of {@link #namedSections}. */
    @FunctionalInterface
    public interface SectionReader<T> {
        T read(String name, Loc keyLoc, YamlNode value);
    }

    /** Reports every key that no accessor asked for. Call after reading all keys. */
    public void done() {
        for (Map.Entry<String, Loc> e : map.keyLocs().entrySet()) {
            if (!known.contains(e.getKey())) {
                problems.add(e.getValue(), "unknown key '" + path(e.getKey()) + "'" + suggestion(e.getKey(), known),
                        "one of " + String.join(", ", known));
            }
        }
    }

    /**
     * " (did you mean 'x'?)" when a known word is within a small edit distance or starts with
     * {@code word}, else "". The distance allowed grows with the word (2 for short words, up to 3)
     * so that 'arm' does not suggest 'name' and 'push' does not suggest 'sms'.
     */
    public static String suggestion(String word, Collection<String> candidates) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        int allowed = Math.max(2, word.length() / 3);
        for (String c : candidates) {
            int d = DISTANCE.apply(word.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d >= 0 && d <= allowed && d < word.length() && d < bestD) {
                bestD = d;
                best = c;
            }
        }
        if (best == null && word.length() >= 4) {
            // A shortened key ('fatigue' for 'fatigue_per_send') is too far by edits but obvious by prefix.
            best = candidates.stream().filter(c -> c.toLowerCase(Locale.ROOT).startsWith(word.toLowerCase(Locale.ROOT)))
                    .findFirst().orElse(null);
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    private double toNumber(YamlNode n, String path, double min, double max, double fallback) {
        if (!(n instanceof ScalarNode s) || s.type() != ScalarType.NUMBER) {
            problems.add(n.loc(), path + " is " + n.kind(), "a number between " + fmt(min) + " and " + fmt(max));
            return fallback;
        }
        BigDecimal exact = decimal(s.text());
        if (exact == null) {
            problems.add(n.loc(), path + " is " + s.text() + ", not a finite number",
                    "a number between " + fmt(min) + " and " + fmt(max));
            return fallback;
        }
        double v = exact.doubleValue();
        if (!(v >= min && v <= max)) {
            problems.add(n.loc(), path + " is " + s.text() + ", out of range",
                    "a number between " + fmt(min) + " and " + fmt(max));
            return fallback;
        }
        return v;
    }

    private long toInteger(YamlNode n, String path, long min, long max, long fallback) {
        if (n instanceof ScalarNode s && s.type() == ScalarType.NUMBER) {
            BigDecimal exact = wholeNumber(s.text());
            if (exact == null) {
                problems.add(n.loc(), path + " is " + s.text() + ", not a whole number",
                        "a whole number between " + min + " and " + max);
                return fallback;
            }
            long v = exact.longValue();
            if (v < min || v > max) {
                problems.add(n.loc(), path + " is " + v + ", out of range",
                        "a whole number between " + min + " and " + max);
                return fallback;
            }
            return v;
        }
        problems.add(n.loc(), path + " is " + n.kind(), "a whole number between " + min + " and " + max);
        return fallback;
    }

    /** The exact value of a YAML number ("1_000", "+5", ".5", "2e5"), or null for .inf/.nan. */
    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text.replace("_", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The value when it is a whole number that fits a long (2e5 and 10.0 do; 10.5 and 1e40 do not), else null. */
    private static BigDecimal wholeNumber(String text) {
        BigDecimal d = decimal(text);
        if (d == null || d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
            return null;
        }
        return d.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0 && d.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
                ? d : null;
    }

    static String fmt(double d) {
        if (d == Double.MAX_VALUE || d == Double.POSITIVE_INFINITY) {
            return "infinity";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString(); // 0.000001, not 1.0E-6
    }
}
