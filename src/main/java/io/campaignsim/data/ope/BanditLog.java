package io.campaignsim.data.ope;

import io.campaignsim.core.UserInputException;
import io.campaignsim.data.FeatureEncoder;
import io.campaignsim.data.LogTable;
import io.campaignsim.ml.FeatureMatrix;
import io.campaignsim.scenario.Problems;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A logged bandit feedback file in the Open Bandit Dataset format: one row per impression, with
 * the action {@code item_id} (integer ≥ 0), the slot {@code position} (integer ≥ 1), the reward
 * {@code click} (0/1) and {@code propensity_score}, the behaviour policy's probability of showing
 * that item at that position, in (0, 1]. The other columns are the context the reward model of DM,
 * DR, switch-DR and DR-OS may use (see {@link #contextNames()}): user features (numeric as they
 * are, categorical as indicators, through {@link FeatureEncoder}) and, when present, the Open Bandit
 * Dataset's per-item affinities {@code user-item_affinity_<item>}, which describe the pair of this
 * row's user and each item. Left out of the context: a blank-named column (a saved data-frame index),
 * {@code timestamp}, constant columns and categorical columns with more than
 * {@value FeatureEncoder#MAX_LEVELS} values (ids).
 *
 * @implNote Immutable; arrays are never handed out.
 */
public final class BanditLog {

    public static final String ITEM = "item_id";
    public static final String POSITION = "position";
    public static final String REWARD = "click";
    public static final String PROPENSITY = "propensity_score";
    /** Open Bandit Dataset columns {@code user-item_affinity_<item>}: one number per (row, item). */
    public static final Pattern AFFINITY = Pattern.compile("user-item_affinity_(\\d+)");
    /** Most (row, item) affinities kept (8 bytes each); a larger log's reward model goes without them. */
    public static final long MAX_AFFINITY_CELLS = 16_000_000;
    /** Columns that are never context: bookkeeping of the log, not facts about the user. */
    private static final List<String> NOT_CONTEXT = List.of("", "timestamp");

    /** Largest item id: ids index per-item tables, so they must be dense small integers. */
    public static final int MAX_ITEM_ID = 1_000_000;
    /** Largest position (slot) number. */
    public static final int MAX_POSITION = 10_000;
    /** Largest (item, position) table the estimators allocate (several of them, 8 bytes a cell: 32 MB each). */
    public static final long MAX_CELLS = 4_000_000;
    /**
     * Smallest propensity: the effective sample size sums squared weights (1/p)^2 over up to 10^8
     * rows, which stays finite only while p is above sqrt(1e8 / Double.MAX_VALUE), about 7.5e-151.
     */
    public static final double MIN_PROPENSITY = 1e-150;

    private final String file;
    private final int[] item;
    private final int[] position;
    private final double[] reward;
    private final double[] propensity;
    private final int items;
    private final int positions;
    private final FeatureMatrix context; // null: no user features
    private final List<String> contextNames;
    private final double[] affinity; // [row * items + item], null when the log has none

    private BanditLog(String file, int[] item, int[] position, double[] reward, double[] propensity,
                      FeatureMatrix context, List<String> contextNames, double[] affinity) {
        this.file = file;
        this.item = item;
        this.position = position;
        this.reward = reward;
        this.propensity = propensity;
        this.context = context;
        this.contextNames = List.copyOf(contextNames);
        int maxItem = 0;
        int maxPosition = 0;
        for (int i = 0; i < item.length; i++) {
            maxItem = Math.max(maxItem, item[i]);
            maxPosition = Math.max(maxPosition, position[i]);
        }
        this.items = maxItem + 1;
        this.positions = maxPosition;
        if (affinity != null && affinity.length != (long) item.length * items) {
            throw new IllegalArgumentException("expected " + item.length + " x " + items + " affinities, but got "
                    + affinity.length);
        }
        this.affinity = affinity;
    }

    /** Reads and checks the four columns; a bad value is reported at its file:line:col. */
    public static BanditLog read(Path path) throws IOException {
        LogTable t = LogTable.read(path);
        int ci = t.column(ITEM, "action");
        int cp = t.column(POSITION, "position");
        int cr = t.column(REWARD, "reward");
        int cq = t.column(PROPENSITY, "propensity");
        double[] itemValues = t.requireNumeric(ci, "action");
        double[] positionValues = t.requireNumeric(cp, "position");
        double[] reward = t.requireBinary(cr, "reward");
        double[] propensity = t.requireNumeric(cq, "propensity");
        int n = t.rows();
        int[] item = new int[n];
        int[] position = new int[n];
        Problems tiny = new Problems();
        for (int i = 0; i < n; i++) {
            item[i] = integer(t, ci, i, itemValues[i], 0, MAX_ITEM_ID, "an integer item id between 0 and " + MAX_ITEM_ID);
            position[i] = integer(t, cp, i, positionValues[i], 1, MAX_POSITION,
                    "an integer position between 1 and " + MAX_POSITION);
            if (!(propensity[i] > 0 && propensity[i] <= 1)) {
                throw t.error(cq, i, "propensity column '" + PROPENSITY + "' has value '" + t.text(cq, i) + "'",
                        "a probability in (0, 1]");
            }
            if (propensity[i] < MIN_PROPENSITY) {
                tiny.add(t.loc(cq, i), "propensity column '" + PROPENSITY
                        + "' has value '" + t.text(cq, i) + "', so small that its importance weight 1/p squared "
                        + "overflows and IPS, SNIPS, DR and the effective sample size are undefined",
                        "a propensity of at least 1e-150 (fix or drop these rows)");
            }
        }
        tiny.throwIfAny(t.file());
        long maxItem = 0;
        long maxPosition = 0;
        for (int i = 0; i < n; i++) {
            maxItem = Math.max(maxItem, item[i]);
            maxPosition = Math.max(maxPosition, position[i]);
        }
        long cells = (maxItem + 1) * (maxPosition + 1);
        if (cells > MAX_CELLS) {
            throw new UserInputException(t.file() + ": item ids up to " + maxItem + " at positions up to " + maxPosition
                    + " need a table of " + cells + " (item, position) cells per estimate; expected item ids and "
                    + "positions numbered from 0 and 1 with (largest item id + 1) x (largest position + 1) at most "
                    + MAX_CELLS + " (renumber the items densely)");
        }
        int items = (int) maxItem + 1;
        List<Integer> contextColumns = new ArrayList<>();
        int[] affinityColumn = new int[items];
        java.util.Arrays.fill(affinityColumn, -1);
        boolean anyAffinity = false;
        List<String> names = t.names();
        for (int c = 0; c < names.size(); c++) {
            String name = names.get(c);
            if (c == ci || c == cp || c == cr || c == cq || NOT_CONTEXT.contains(name.trim())) {
                continue;
            }
            Matcher m = AFFINITY.matcher(name);
            if (m.matches() && t.isNumeric(c)) {
                int a = parseItem(m.group(1));
                if (a >= 0 && a < items) {
                    affinityColumn[a] = c;
                    anyAffinity = true;
                }
                continue; // an affinity of an item the log never shows describes no action here
            }
            contextColumns.add(c);
        }
        FeatureEncoder encoder = new FeatureEncoder(t, contextColumns);
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        FeatureMatrix context = encoder.matrix(all);
        double[] affinity = null;
        if (anyAffinity && (long) n * items <= MAX_AFFINITY_CELLS) {
            affinity = new double[Math.multiplyExact(n, items)];
            for (int a = 0; a < items; a++) {
                if (affinityColumn[a] >= 0) {
                    for (int i = 0; i < n; i++) {
                        affinity[i * items + a] = t.number(affinityColumn[a], i);
                    }
                }
            }
        }
        return new BanditLog(t.file(), item, position, reward, propensity, context,
                context == null ? List.of() : encoder.names(), affinity);
    }

    private static int parseItem(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return -1; // more digits than an int: no item of this log
        }
    }

    private static int integer(LogTable t, int column, int row, double v, int min, int max, String expected) {
        if (v != Math.rint(v) || v < min || v > max) {
            throw t.error(column, row, "column '" + t.names().get(column) + "' has value '" + t.text(column, row) + "'",
                    expected);
        }
        return (int) v;
    }

    /** For tests and callers that build logs in memory. */
    static BanditLog of(String file, int[] item, int[] position, double[] reward, double[] propensity) {
        return new BanditLog(file, item.clone(), position.clone(), reward.clone(), propensity.clone(), null, List.of(),
                null);
    }

    /** A log with user features {@code context} (one row per impression, taken over, not copied). */
    static BanditLog of(String file, int[] item, int[] position, double[] reward, double[] propensity,
                        FeatureMatrix context, List<String> contextNames) {
        return new BanditLog(file, item.clone(), position.clone(), reward.clone(), propensity.clone(), context,
                contextNames, null);
    }

    /** User features of every row (no intercept column), or null when the log has none. */
    public FeatureMatrix context() {
        return context;
    }

    /** Names of the {@link #context()} columns (a categorical value as {@code column=value}). */
    public List<String> contextNames() {
        return contextNames;
    }

    /** Whether the log has {@code user-item_affinity_<item>} columns. */
    public boolean hasAffinity() {
        return affinity != null;
    }

    /** The affinity of this row's user to {@code item} (0 for an item without a column); needs {@link #hasAffinity()}. */
    public double affinity(int row, int item) {
        return affinity[row * items + item];
    }

    public String file() {
        return file;
    }

    public int size() {
        return item.length;
    }

    /** Number of actions: the largest item id + 1. */
    public int items() {
        return items;
    }

    /** Number of positions: the largest position (positions are 1-based). */
    public int positions() {
        return positions;
    }

    public int item(int row) {
        return item[row];
    }

    public int position(int row) {
        return position[row];
    }

    public double reward(int row) {
        return reward[row];
    }

    public double propensity(int row) {
        return propensity[row];
    }
}
