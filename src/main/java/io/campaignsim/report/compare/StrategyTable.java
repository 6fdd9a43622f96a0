package io.campaignsim.report.compare;

import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.StrategySummary;
import io.campaignsim.compare.Uplift;
import io.campaignsim.core.CompareMetric;
import io.campaignsim.report.Numbers;
import io.campaignsim.stats.Estimate;
import java.util.ArrayList;
import java.util.List;

/**
 * The strategy table shared by index.html and summary.md: one row per strategy, best first and the
 * oracle last, each cell with its display text and the number it sorts by (NaN when undefined).
 */
final class StrategyTable {

    /** One cell: what is shown and what it sorts by. */
    record Cell(String text, double sortKey) {}

    private final List<String> header;
    private final List<List<Cell>> rows;
    private final List<String> names;

    private StrategyTable(List<String> header, List<List<Cell>> rows, List<String> names) {
        this.header = List.copyOf(header);
        this.rows = rows.stream().map(List::copyOf).toList();
        this.names = List.copyOf(names);
    }

    static StrategyTable of(Comparison c) {
        CompareMetric objective = c.objective().metric();
        String baseline = c.holdoutIsTwin() ? Comparison.TWIN : "holdout";
        boolean oracle = c.oracle() != null;
        List<String> header = new ArrayList<>(List.of("rank", "strategy", objective.key() + " [95 % CI]",
                "uplift vs " + baseline + " [95 % CI]", "relative uplift [95 % CI, Fieller]", "p vs " + baseline, "p (Holm)"));
        List<CompareMetric> extra = new ArrayList<>();
        // short-term profit next to CLV, whichever is the objective, then volume and customers kept
        for (CompareMetric m : List.of(CompareMetric.PROFIT, CompareMetric.CLV, CompareMetric.CONVERSIONS,
                CompareMetric.CONTACTS, CompareMetric.ACTIVE)) {
            if (m != objective) {
                extra.add(m);
                header.add(m == CompareMetric.ACTIVE ? "active at the end" : m.key());
            }
        }
        if (oracle) {
            header.add("regret vs oracle [95 % CI]");
        }
        boolean armRegret = c.ranked().stream().anyMatch(s -> s.armRegret() != null);
        if (armRegret) {
            header.add("regret vs best arm [95 % CI]");
        }
        List<List<Cell>> rows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (StrategySummary s : c.ranked()) {
            Uplift u = s.uplift(objective);
            List<Cell> row = new ArrayList<>();
            row.add(new Cell(s.rank() == 0 ? "-" : Integer.toString(s.rank()), s.rank() == 0 ? Double.NaN : s.rank()));
            row.add(new Cell(s.role().display(s.name()), Double.NaN));
            row.add(ci(s.metric(objective), false));
            row.add(ci(u.absolute(), true));
            row.add(new Cell(Numbers.relativeWithCi(u.relative()), u.relative().mean()));
            row.add(new Cell(Numbers.pValueClause(u.pValue()).substring(2).replace("= ", ""), u.pValue()));
            row.add(new Cell(Numbers.pValueClause(u.pAdjusted()).substring(2).replace("= ", ""), u.pAdjusted()));
            for (CompareMetric m : extra) {
                row.add(new Cell(Numbers.grouped(s.metric(m).mean(), 1), s.metric(m).mean()));
            }
            if (oracle) {
                row.add(s.regret() == null ? new Cell("n/a", Double.NaN) : ci(s.regret(), false));
            }
            if (armRegret) {
                row.add(s.armRegret() == null ? new Cell("n/a", Double.NaN)
                        : new Cell(Numbers.withCi(s.armRegret().regret(), true) + " (best: " + s.armRegret().bestArm() + ")",
                                s.armRegret().regret().mean()));
            }
            rows.add(row);
            names.add(s.name());
        }
        return new StrategyTable(header, rows, names);
    }

    List<String> header() {
        return header;
    }

    List<List<Cell>> rows() {
        return rows;
    }

    /** Strategy names, one per row. */
    List<String> names() {
        return names;
    }

    private static Cell ci(Estimate e, boolean signed) {
        return new Cell(Numbers.withCi(e, signed), e.mean());
    }
}
