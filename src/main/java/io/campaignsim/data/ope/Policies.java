package io.campaignsim.data.ope;

import io.campaignsim.core.UserInputException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The evaluation policies {@code ope} knows, parsed from {@code --policy}:
 * <ul>
 *   <li>{@code uniform}: every item equally likely at every position, 1 / items;</li>
 *   <li>{@code item:ID}: always item ID;</li>
 *   <li>{@code empirical:OTHER.csv}: the action distribution of another log, π(a | p) = the share
 *       of that log's position-p rows that showed item a (its empirical frequencies, not its
 *       averaged propensity scores: frequencies are what the policy actually did over the period,
 *       while a time-varying policy's per-row propensities describe single moments).</li>
 * </ul>
 */
public final class Policies {

    public static final String EXPECTED = "uniform, item:ID or empirical:OTHER_LOG.csv";

    private Policies() {}

    /** The policy named by {@code spec}, over the items of {@code log}. */
    public static EvaluationPolicy parse(String spec, BanditLog log) throws IOException {
        if (spec.equals("uniform")) {
            return uniform(log.items());
        }
        if (spec.startsWith("item:")) {
            String id = spec.substring("item:".length());
            int item;
            try {
                item = Integer.parseInt(id);
            } catch (NumberFormatException e) {
                throw new UserInputException("--policy '" + spec + "' has item id '" + id + "'; expected an integer");
            }
            if (item < 0 || item >= log.items()) {
                throw new UserInputException("--policy '" + spec + "' names item " + item + "; expected an item id in [0, "
                        + (log.items() - 1) + "] as in " + log.file());
            }
            return fixed(item);
        }
        if (spec.startsWith("empirical:")) {
            return empirical(BanditLog.read(Path.of(spec.substring("empirical:".length()))));
        }
        throw new UserInputException("--policy '" + spec + "' is unknown; expected " + EXPECTED);
    }

    public static EvaluationPolicy uniform(int items) {
        return new EvaluationPolicy() {
            @Override
            public double probability(int item, int position) {
                return item < items ? 1.0 / items : 0;
            }

            @Override
            public String describe() {
                return "uniform over " + items + " items";
            }
        };
    }

    public static EvaluationPolicy fixed(int id) {
        return new EvaluationPolicy() {
            @Override
            public double probability(int item, int position) {
                return item == id ? 1 : 0;
            }

            @Override
            public String describe() {
                return "always item " + id;
            }
        };
    }

    /** π(a | p) = count(a, p) / count(p) in {@code other}; a position it never filled gets uniform over its items. */
    public static EvaluationPolicy empirical(BanditLog other) {
        int items = other.items();
        double[][] share = new double[other.positions() + 1][items];
        int[] perPosition = new int[other.positions() + 1];
        for (int i = 0; i < other.size(); i++) {
            share[other.position(i)][other.item(i)]++;
            perPosition[other.position(i)]++;
        }
        for (int p = 1; p < share.length; p++) {
            for (int a = 0; a < items; a++) {
                share[p][a] = perPosition[p] > 0 ? share[p][a] / perPosition[p] : 1.0 / items;
            }
        }
        return new EvaluationPolicy() {
            @Override
            public double probability(int item, int position) {
                if (item >= items) {
                    return 0;
                }
                return position < share.length ? share[position][item] : 1.0 / items;
            }

            @Override
            public String describe() {
                return "empirical action frequencies per position of " + other.file() + " (" + other.size() + " rows)";
            }
        };
    }
}
