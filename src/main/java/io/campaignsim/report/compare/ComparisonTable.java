package io.campaignsim.report.compare;

import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.StrategySummary;
import io.campaignsim.compare.Uplift;
import io.campaignsim.core.CompareMetric;
import io.campaignsim.report.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * The comparison as a compact table for the terminal: strategies best first (the oracle last), the
 * objective with its interval, the uplift against the holdout with its interval, relative uplift and
 * p-value (raw and Holm-adjusted across the strategies), short-term profit and CLV, conversions, contacts and customers active at the end, and the
 * regret against the oracle when there is one; then the
 * headline and any notes. With {@code color}, ANSI codes make the winner's row bold green and the
 * headline bold; without it the text is plain.
 */
public final class ComparisonTable {

    private static final String BOLD = "\u001B[1m";
    private static final String GREEN = "\u001B[32m";
    private static final String RESET = "\u001B[0m";

    /** Means shown besides the objective: short-term profit next to CLV, then volume and the customers kept. */
    private static final List<CompareMetric> EXTRA = List.of(CompareMetric.PROFIT, CompareMetric.CLV,
            CompareMetric.CONVERSIONS, CompareMetric.CONTACTS, CompareMetric.ACTIVE);

    private ComparisonTable() {}

    /** The table, lines ending in "\n". */
    public static String render(Comparison c, boolean color) {
        CompareMetric objective = c.objective().metric();
        boolean oracle = c.oracle() != null;
        List<String> header = new ArrayList<>(List.of("#", "strategy", objective.key(), "vs " + baseline(c), "relative",
                "p vs " + baseline(c), "Holm p"));
        for (CompareMetric m : EXTRA) {
            if (m != objective) {
                header.add(m.key());
            }
        }
        if (oracle) {
            header.add("regret vs oracle");
        }
        boolean armRegret = c.ranked().stream().anyMatch(s -> s.armRegret() != null);
        if (armRegret) {
            header.add("regret vs best arm");
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(header.toArray(String[]::new));
        List<StrategySummary> ranked = c.ranked();
        for (StrategySummary s : ranked) {
            Uplift u = s.uplift(objective);
            List<String> row = new ArrayList<>(List.of(s.rank() == 0 ? "-" : Integer.toString(s.rank()), name(s),
                    Numbers.withCi(s.metric(objective), false), Numbers.withCi(u.absolute(), true),
                    Numbers.relativeWithCi(u.relative()), pOnly(u.pValue()), pOnly(u.pAdjusted())));
            for (CompareMetric m : EXTRA) {
                if (m != objective) {
                    row.add(Numbers.grouped(s.metric(m).mean(), 1));
                }
            }
            if (oracle) {
                row.add(Numbers.withCi(s.regret(), false));
            }
            if (armRegret) {
                row.add(s.armRegret() == null ? "-" : Numbers.withCi(s.armRegret().regret(), true));
            }
            rows.add(row.toArray(String[]::new));
        }
        int[] width = new int[header.size()];
        for (String[] row : rows) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("compare: ").append(c.strategies().size()).append(" strategies, ").append(c.replications())
                .append(c.replications() == 1 ? " replication, " : " replications, ").append(c.days())
                .append(c.days() == 1 ? " day" : " days").append(", objective ").append(c.objective().key()).append("; ")
                .append(Numbers.percentLabel(c.level(), 4)).append(" confidence intervals, paired by replication\n");
        for (int r = 0; r < rows.size(); r++) {
            String line = line(rows.get(r), width);
            boolean winner = r > 0 && ranked.get(r - 1).name().equals(c.winner());
            out.append(color && winner ? BOLD + GREEN + line + RESET : line).append('\n');
        }
        String headline = headline(c);
        out.append(color ? BOLD + headline + RESET : headline).append('\n');
        for (String note : c.notes()) {
            out.append("note: ").append(note).append('\n');
        }
        return out.toString();
    }

    /** The decision in one line (see {@link DecisionText#headline}). */
    public static String headline(Comparison c) {
        return DecisionText.headline(c);
    }

    private static String baseline(Comparison c) {
        return c.holdoutIsTwin() ? Comparison.TWIN : "holdout";
    }

    private static String name(StrategySummary s) {
        return s.role().display(s.name());
    }

    private static String pOnly(double p) {
        return Numbers.pValueClause(p).substring("p ".length()).replace("= ", "");
    }

    // Strategy name left-aligned, numbers right-aligned.
    private static String line(String[] cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String fill = " ".repeat(width[i] - cells[i].length());
            if (i > 0) {
                b.append("  ");
            }
            b.append(i == 1 ? cells[i] + fill : fill + cells[i]);
        }
        return b.toString().stripTrailing();
    }
}
