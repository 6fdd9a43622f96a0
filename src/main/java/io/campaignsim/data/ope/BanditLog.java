package io.campaignsim.data.ope;

import io.campaignsim.data.LogTable;
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
        for (int i = 0; i < n; i++) {
            item[i] = integer(t, ci, i, itemValues[i], 0, "an integer item id >= 0");
            position[i] = integer(t, cp, i, positionValues[i], 1, "an integer position >= 1");
            if (!(propensity[i] > 0 && propensity[i] <= 1)) {
                throw t.error(cq, i, "propensity column '" + PROPENSITY + "' has value '" + t.text(cq, i) + "'",
                        "a probability in (0, 1]");
            }
        }
        return new BanditLog(t.file(), item, position, reward, propensity);
    }

    private static int integer(LogTable t, int column, int row, double v, int min, String expected) {
        if (v != Math.rint(v) || v < min || v > Integer.MAX_VALUE) {
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
