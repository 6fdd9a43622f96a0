package io.campaignsim.population;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * A per-segment description of a population as a printed table: size, share, observed means
 * and reach rates, and, in columns prefixed {@code hidden_}, the means of the ground truth that
 * no strategy can see. The means are accumulated in one pass over the primitive arrays and only
 * the small result goes into a Tablesaw table, so describing 50 million customers costs no
 * extra memory.
 */
public final class PopulationSummary {

    private PopulationSummary() {}

    /** The summary table, one row per segment and a final {@code all} row, as text. */
    public static String describe(Population population) {
        return table(population).printAll();
    }

    static Table table(Population population) {
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
        String[] names = new String[rows];
        int[] counts = new int[rows];
        double[] share = new double[rows];
        for (int r = 0; r < rows; r++) {
            names[r] = r < segments ? o.segmentNames().get(r) : "all";
            counts[r] = (int) n[r];
            share[r] = (double) n[r] / o.size();
        }
        Table table = Table.create("Population by segment (means; hidden_* columns are ground truth that strategies never see)",
                StringColumn.create("segment", names), IntColumn.create("n", counts));
        table.addColumns(column("share", share, null, "0.0%"),
                column("tenure_days", tenure, n, "0.0"),
                column("recency_days", recency, n, "0.0"),
                column("frequency", frequency, n, "0.00"),
                column("monetary_buyers", monetary, buyers, "0.00"));
        List<String> channelNames = o.channelNames();
        for (int c = 0; c < channels; c++) {
            table.addColumns(column("reach_" + channelNames.get(c), reach[c], n, "0.0%"));
        }
        table.addColumns(column("hidden_purchase_rate", purchase, n, "0.00000"),
                column("hidden_churn_hazard", churn, n, "0.00000"));
        return table;
    }

    /** A column of sums divided by counts (or the values as they are when counts is null). */
    private static DoubleColumn column(String name, double[] sums, long[] counts, String pattern) {
        double[] v = new double[sums.length];
        for (int r = 0; r < v.length; r++) {
            v[r] = counts == null ? sums[r] : counts[r] == 0 ? Double.NaN : sums[r] / counts[r];
        }
        DoubleColumn col = DoubleColumn.create(name, v);
        col.setPrintFormatter(new NumberColumnFormatter(
                new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)), "-"));
        return col;
    }
}
