package io.campaignsim.population;

import java.util.ArrayList;
import java.util.List;

/**
 * A per-segment description of a population: size, share, observed means and reach rates, and,
 * in columns prefixed {@code true_} (as in the population CSV), the means of the ground truth that
 * no strategy can see. The means are accumulated in one pass over the primitive arrays, so
 * describing 50 million customers costs no extra memory; the small result is rendered by
 * {@code report.generate}.
 */
public final class PopulationSummary {

    /** How a column's values read: a share (percent), or a mean with this many decimals. */
    public enum Format { COUNT, PERCENT, DECIMALS_1, DECIMALS_2, DECIMALS_5 }

    /** One column: its name, how to print it, and one value per row (NaN when a row has no members). */
    public record Column(String name, Format format, double[] values) {}

    /**
     * The summary: one row per segment and a final {@code all} row.
     *
     * @param rows row labels (segment names, then {@code all})
     * @param columns the numeric columns, in print order
     */
    public record Summary(List<String> rows, List<Column> columns) {

        public Summary {
            rows = List.copyOf(rows);
            columns = List.copyOf(columns);
        }

        public Column column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        }
    }

    /** Prefix of the ground-truth columns, the same as in the population CSV. */
    public static final String TRUE_PREFIX = "true_";

    private PopulationSummary() {}

    public static Summary summarize(Population population) {
        ObservedPopulation o = population.observed();
        GroundTruth t = population.truth();
        int segments = o.segmentNames().size();
        int rows = segments + 1;
        int channels = o.channelNames().size();
        long[] n = new long[rows];
        long[] buyers = new long[rows];
        double[] tenure = new double[rows];
        double[] recency = new double[rows];
        double[] frequency = new double[rows];
        double[] monetary = new double[rows];
        double[] purchase = new double[rows];
        double[] churn = new double[rows];
        double[][] reach = new double[channels][rows];
        for (int i = 0; i < o.size(); i++) {
            int r = o.segment[i];
            n[r]++;
            tenure[r] += o.tenureDays[i];
            recency[r] += o.recencyDays[i];
            frequency[r] += o.frequency[i];
            if (o.frequency[i] > 0) {
                buyers[r]++;
                monetary[r] += o.monetary[i];
            }
            purchase[r] += t.purchaseRate[i];
            churn[r] += t.churnHazard[i];
            for (int c = 0; c < channels; c++) {
                reach[c][r] += (o.reachMask[i] >>> c) & 1;
            }
        }
        // The last row is the whole population: the sum of the segment rows.
        for (int r = 0; r < segments; r++) {
            n[segments] += n[r];
            buyers[segments] += buyers[r];
            tenure[segments] += tenure[r];
            recency[segments] += recency[r];
            frequency[segments] += frequency[r];
            monetary[segments] += monetary[r];
            purchase[segments] += purchase[r];
            churn[segments] += churn[r];
            for (int c = 0; c < channels; c++) {
                reach[c][segments] += reach[c][r];
            }
        }
        List<String> names = new ArrayList<>();
        double[] counts = new double[rows];
        double[] share = new double[rows];
        for (int r = 0; r < rows; r++) {
            names.add(r < segments ? o.segmentNames().get(r) : "all");
            counts[r] = n[r];
            share[r] = (double) n[r] / o.size();
        }
        List<Column> columns = new ArrayList<>(List.of(new Column("n", Format.COUNT, counts),
                new Column("share", Format.PERCENT, share),
                mean("tenure_days", tenure, n, Format.DECIMALS_1),
                mean("recency_days", recency, n, Format.DECIMALS_1),
                mean("frequency", frequency, n, Format.DECIMALS_2),
                mean("monetary_buyers", monetary, buyers, Format.DECIMALS_2)));
        List<String> channelNames = o.channelNames();
        for (int c = 0; c < channels; c++) {
            columns.add(mean("reach_" + channelNames.get(c), reach[c], n, Format.PERCENT));
        }
        columns.add(mean(CsvColumns.PURCHASE_RATE, purchase, n, Format.DECIMALS_5));
        columns.add(mean(CsvColumns.CHURN_HAZARD, churn, n, Format.DECIMALS_5));
        return new Summary(names, columns);
    }

    /** A column of sums divided by counts. */
    private static Column mean(String name, double[] sums, long[] counts, Format format) {
        double[] v = new double[sums.length];
        for (int r = 0; r < v.length; r++) {
            v[r] = counts[r] == 0 ? Double.NaN : sums[r] / counts[r];
        }
        return new Column(name, format, v);
    }
}
