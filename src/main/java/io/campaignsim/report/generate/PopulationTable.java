package io.campaignsim.report.generate;

import io.campaignsim.population.PopulationSummary;
import io.campaignsim.population.PopulationSummary.Column;
import io.campaignsim.population.PopulationSummary.Summary;
import io.campaignsim.report.analyze.TextTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The terminal table of {@code generate --describe}: one row per segment and a final {@code all} row. */
public final class PopulationTable {

    private PopulationTable() {}

    public static String render(Summary summary) {
        List<Column> columns = summary.columns();
        String[] header = new String[columns.size() + 1];
        header[0] = "segment";
        for (int c = 0; c < columns.size(); c++) {
            header[c + 1] = columns.get(c).name();
        }
        List<String[]> rows = new ArrayList<>();
        for (int r = 0; r < summary.rows().size(); r++) {
            String[] row = new String[header.length];
            row[0] = summary.rows().get(r);
            for (int c = 0; c < columns.size(); c++) {
                row[c + 1] = cell(columns.get(c), r);
            }
            rows.add(row);
        }
        return "Population by segment (means; " + PopulationSummary.TRUE_PREFIX
                + "* columns are ground truth that strategies never see)\n" + TextTable.render(header, rows, 1);
    }

    private static String cell(Column column, int row) {
        double v = column.values()[row];
        if (!Double.isFinite(v)) {
            return "-";
        }
        return switch (column.format()) {
            case COUNT -> String.format(Locale.ROOT, "%d", Math.round(v));
            case PERCENT -> String.format(Locale.ROOT, "%.1f%%", 100 * v);
            case DECIMALS_1 -> String.format(Locale.ROOT, "%.1f", v);
            case DECIMALS_2 -> String.format(Locale.ROOT, "%.2f", v);
            case DECIMALS_5 -> String.format(Locale.ROOT, "%.5f", v);
        };
    }
}
