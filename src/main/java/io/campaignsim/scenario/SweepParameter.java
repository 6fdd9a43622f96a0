package io.campaignsim.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One swept scenario parameter: a path ({@link ScenarioTree}) and the values it takes, either a list
 * of levels (written {@code 1,2,3,4}, or a range {@code 0.05:0.25:0.05} expanded in exact decimal
 * arithmetic, so 0.15 is 0.15 and the end is included when the steps reach it) or, for the random and
 * Latin-hypercube designs only, a continuous interval {@code 0.05:0.25} (integers when both ends are
 * whole numbers).
 *
 * @param path the dotted path of the value in the scenario
 * @param levels the values in order, as the YAML text they are set to; empty for an interval
 * @param from lower end of an interval (null for levels)
 * @param to upper end of an interval (null for levels)
 * @param source where the parameter was given, for messages: {@code --set path=...} or {@code file:line:col}
 */
public record SweepParameter(String path, List<String> levels, BigDecimal from, BigDecimal to, String source) {

    /** Most levels one parameter may expand to (a range with a tiny step is a typo, not a sweep). */
    public static final int MAX_LEVELS = 10_000;

    /** Significant digits of a value drawn from an interval: enough for any scenario key, short to print. */
    static final MathContext DRAWN_DIGITS = new MathContext(6, RoundingMode.HALF_EVEN);

    private static final String NUM = "[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?";
    private static final Pattern RANGE = Pattern.compile("(" + NUM + "):(" + NUM + ")(?::(" + NUM + "))?");

    public SweepParameter {
        levels = List.copyOf(levels);
    }

    /** Whether the parameter is an interval to draw from, not a list of levels. */
    public boolean continuous() {
        return levels.isEmpty();
    }

    /** Whether an interval is drawn as whole numbers (both ends are whole). */
    public boolean integral() {
        return continuous() && whole(from) && whole(to);
    }

    /**
     * The value at position {@code u} in [0, 1): level {@code floor(u·k)} of k levels, or the point
     * {@code from + u·(to − from)} of an interval (6 significant digits; whole numbers drawn uniformly
     * from from..to for an integral interval). A uniform u gives every level the same chance.
     */
    public String valueAt(double u) {
        if (!(u >= 0 && u < 1)) {
            throw new IllegalArgumentException("u must be in [0, 1), was " + u);
        }
        if (!continuous()) {
            return levels.get(Math.min(levels.size() - 1, (int) Math.floor(u * levels.size())));
        }
        if (integral()) {
            BigDecimal width = to.subtract(from).add(BigDecimal.ONE);
            BigDecimal k = new BigDecimal(u).multiply(width).setScale(0, RoundingMode.FLOOR);
            return plain(from.add(k.min(width.subtract(BigDecimal.ONE))));
        }
        BigDecimal v = from.add(new BigDecimal(u).multiply(to.subtract(from))).round(DRAWN_DIGITS);
        return plain(v.max(from).min(to));
    }

    /** The values to check against the scenario's ranges: every level, or both ends of an interval. */
    public List<String> checkedValues() {
        return continuous() ? List.of(plain(from), plain(to)) : levels;
    }

    /** How the values read in messages and reports: {@code 1,2,3} or {@code 0.05..0.25}. */
    public String describe() {
        if (continuous()) {
            return plain(from) + ".." + plain(to);
        }
        return levels.size() <= 8 ? String.join(",", levels)
                : String.join(",", levels.subList(0, 3)) + ",...," + levels.get(levels.size() - 1) + " (" + levels.size() + " values)";
    }

    /**
     * Parses a {@code --set PATH=VALUES} argument.
     *
     * @throws IllegalArgumentException with a message that says what is wrong and what is expected
     */
    public static SweepParameter parseSet(String argument) {
        String source = "--set " + argument;
        int eq = argument.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException(source + ": expected PATH=VALUES, e.g. --set "
                    + "policy.frequency_cap.per_week=1,2,3,4 or --set offers.ten_off.discount=0.05:0.25:0.05");
        }
        String path = argument.substring(0, eq).trim();
        String values = argument.substring(eq + 1).trim();
        if (values.isEmpty()) {
            throw new IllegalArgumentException(source + ": no values after '='; expected values such as 1,2,3 or a "
                    + "range from:to:step such as 0.05:0.25:0.05");
        }
        List<String> items = new ArrayList<>();
        for (String s : values.split(",", -1)) {
            items.add(s.trim());
        }
        return of(path, items, source);
    }

    /**
     * A parameter from written items: each is a value, or a range {@code from:to:step}; a single item
     * {@code from:to} is an interval.
     */
    static SweepParameter of(String path, List<String> items, String source) {
        if (items.size() == 1) {
            Matcher m = RANGE.matcher(items.get(0));
            if (m.matches() && m.group(3) == null) {
                return interval(path, new BigDecimal(m.group(1)), new BigDecimal(m.group(2)), source);
            }
        }
        LinkedHashSet<String> levels = new LinkedHashSet<>();
        for (String item : items) {
            if (item.isEmpty()) {
                throw new IllegalArgumentException(source + ": an empty value in the list; expected values separated by "
                        + "single commas, e.g. 1,2,3");
            }
            Matcher m = RANGE.matcher(item);
            List<String> expanded;
            if (m.matches() && m.group(3) != null) {
                expanded = range(new BigDecimal(m.group(1)), new BigDecimal(m.group(2)), new BigDecimal(m.group(3)), source);
            } else if (m.matches()) {
                throw new IllegalArgumentException(source + ": '" + item + "' is an interval without a step inside a "
                        + "list; expected from:to:step in a list, or from:to alone (for --design random or lhs)");
            } else {
                expanded = List.of(ScenarioTree.isNumber(item) ? plain(new BigDecimal(item)) : item);
            }
            for (String v : expanded) {
                if (!levels.add(v)) {
                    throw new IllegalArgumentException(source + ": the value " + v + " is listed twice; expected each "
                            + "value once");
                }
                if (levels.size() > MAX_LEVELS) {
                    throw new IllegalArgumentException(source + ": more than " + MAX_LEVELS + " values; expected a "
                            + "coarser step or --design random/lhs with an interval from:to");
                }
            }
        }
        return new SweepParameter(path, new ArrayList<>(levels), null, null, source);
    }

    static SweepParameter interval(String path, BigDecimal from, BigDecimal to, String source) {
        if (from.compareTo(to) >= 0) {
            throw new IllegalArgumentException(source + ": the interval " + plain(from) + ":" + plain(to)
                    + " is empty; expected from < to");
        }
        return new SweepParameter(path, List.of(), from, to, source);
    }

    /**
     * from, from + step, ... up to and including {@code to} when a whole number of steps reaches it,
     * computed exactly in decimal (no 0.15000000000000002).
     */
    static List<String> range(BigDecimal from, BigDecimal to, BigDecimal step, String source) {
        if (step.signum() <= 0) {
            throw new IllegalArgumentException(source + ": the step " + plain(step) + " is not positive; expected "
                    + "from:to:step with step > 0, e.g. 0.05:0.25:0.05");
        }
        if (from.compareTo(to) > 0) {
            throw new IllegalArgumentException(source + ": the range " + plain(from) + ":" + plain(to) + ":" + plain(step)
                    + " goes down; expected from <= to");
        }
        BigDecimal count = to.subtract(from).divide(step, 0, RoundingMode.FLOOR).add(BigDecimal.ONE);
        if (count.compareTo(BigDecimal.valueOf(MAX_LEVELS)) > 0) {
            throw new IllegalArgumentException(source + ": the range has " + count + " values, more than " + MAX_LEVELS
                    + "; expected a coarser step");
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k < count.intValue(); k++) {
            out.add(plain(from.add(step.multiply(BigDecimal.valueOf(k)))));
        }
        return out;
    }

    /** A number as plain decimal text without trailing zeros ({@code 0.10} gives 0.1, {@code 2.0} gives 2). */
    static String plain(BigDecimal d) {
        String s = d.stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    private static boolean whole(BigDecimal d) {
        return d.stripTrailingZeros().scale() <= 0;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s=%s", path, describe());
    }
}
