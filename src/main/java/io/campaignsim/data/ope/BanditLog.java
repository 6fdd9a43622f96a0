package io.campaignsim.data.ope;

import io.campaignsim.core.UserInputException;
import io.campaignsim.data.LogTable;
import io.campaignsim.scenario.Problems;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A logged bandit feedback file in the Open Bandit Dataset format: one row per impression, with
 * the action {@code item_id} (integer ≥ 0), the slot {@code position} (integer ≥ 1), the reward
 * {@code click} (0/1) and {@code propensity_score}, the behaviour policy's probability of showing
 * that item at that position, in (0, 1]. Other columns are ignored.
 *
 * @implNote Immutable; arrays are never handed out.
 */
public final class BanditLog {

    public static final String ITEM = "item_id";
    public static final String POSITION = "position";
    public static final String REWARD = "click";
    public static final String PROPENSITY = "propensity_score";

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

    private BanditLog(String file, int[] item, int[] position, double[] reward, double[] propensity) {
        this.file = file;
        this.item = item;
        this.position = position;
        this.reward = reward;
        this.propensity = propensity;
        int maxItem = 0;
        int maxPosition = 0;
        for (int i = 0; i < item.length; i++) {
            maxItem = Math.max(maxItem, item[i]);
            maxPosition = Math.max(maxPosition, position[i]);
        }
        this.items = maxItem + 1;
        this.positions = maxPosition;
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
        return new BanditLog(t.file(), item, position, reward, propensity);
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
        return new BanditLog(file, item.clone(), position.clone(), reward.clone(), propensity.clone());
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
