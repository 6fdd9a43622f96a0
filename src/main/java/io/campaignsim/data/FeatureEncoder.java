package io.campaignsim.data;

import io.campaignsim.ml.FeatureMatrix;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns log columns into model features: a numeric column is one feature as it is (the models
 * standardise), a categorical column with L values becomes L − 1 indicator features (the first
 * value in sorted order is the baseline). Constant columns carry no information and are dropped,
 * and so are categorical columns with more than {@value #MAX_LEVELS} values (ids, timestamps),
 * which would add a feature per row group rather than a pattern.
 */
public final class FeatureEncoder {

    public static final int MAX_LEVELS = 50;

    private final LogTable table;
    private final List<Integer> columns = new ArrayList<>();
    private final List<List<String>> dummies = new ArrayList<>(); // null entry = numeric
    private final List<String> names = new ArrayList<>();
    private final List<String> dropped = new ArrayList<>();

    /** Plans the encoding of {@code featureColumns} of {@code t}. */
    public FeatureEncoder(LogTable t, List<Integer> featureColumns) {
        this.table = t;
        for (int c : featureColumns) {
            String name = t.names().get(c);
            List<String> levels = t.levels(c);
            if (levels.size() < 2) {
                dropped.add(name + " (constant)");
            } else if (t.isNumeric(c)) {
                columns.add(c);
                dummies.add(null);
                names.add(name);
            } else if (levels.size() > MAX_LEVELS) {
                dropped.add(name + " (" + levels.size() + " categories)");
            } else {
                List<String> rest = levels.subList(1, levels.size());
                columns.add(c);
                dummies.add(List.copyOf(rest));
                for (String level : rest) {
                    names.add(name + "=" + level);
                }
            }
        }
    }

    /** Feature names, one per matrix column. */
    public List<String> names() {
        return List.copyOf(names);
    }

    /** Columns left out, each with the reason. */
    public List<String> dropped() {
        return List.copyOf(dropped);
    }

    /** The feature matrix of the given table rows, in that order; null when no feature is left. */
    public FeatureMatrix matrix(int[] rows) {
        int d = names.size();
        if (d == 0) {
            return null;
        }
        double[] values = new double[Math.multiplyExact(rows.length, d)];
        for (int i = 0; i < rows.length; i++) {
            int j = i * d;
            for (int k = 0; k < columns.size(); k++) {
                int c = columns.get(k);
                List<String> levels = dummies.get(k);
                if (levels == null) {
                    values[j++] = table.number(c, rows[i]);
                } else {
                    String v = table.text(c, rows[i]);
                    for (String level : levels) {
                        values[j++] = v.equals(level) ? 1 : 0;
                    }
                }
            }
        }
        return new FeatureMatrix(rows.length, d, values);
    }
}
