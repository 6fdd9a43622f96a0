package io.campaignsim.report.compare;

import io.campaignsim.compare.Comparison;
import io.campaignsim.report.Numbers;
import java.util.List;

/**
 * {@code summary.md}: the headline and the strategy table in GitHub-flavoured Markdown, to paste into
 * a pull-request comment. Pipes and backslashes in names are escaped so the table keeps its columns.
 */
public final class ComparisonMarkdown {

    public static final String FILE = "summary.md";

    private ComparisonMarkdown() {}

    /** The Markdown text, lines ending in "\n". */
    public static String render(Comparison c, RunFacts facts) {
        StringBuilder m = new StringBuilder();
        m.append("### campaignsim compare").append(facts == null ? "" : ": " + cell(facts.scenario())).append("\n\n");
        m.append("**").append(cell(ComparisonTable.headline(c))).append("**\n\n");
        m.append(c.replications()).append(c.replications() == 1 ? " replication" : " replications").append(" of ")
                .append(c.days()).append(c.days() == 1 ? " day" : " days").append(", objective ")
                .append(c.objective().key()).append(", ").append(Numbers.percentLabel(c.level(), 4))
                .append(" confidence intervals paired by replication");
        if (facts != null) {
            m.append(", seed ").append(facts.seed()).append(", ").append(facts.customers()).append(" customers, ")
                    .append(cell(facts.stepping())).append(" stepping");
        }
        m.append(".\n\n");
        StrategyTable t = StrategyTable.of(c);
        row(m, t.header());
        m.append('|');
        for (int i = 0; i < t.header().size(); i++) {
            m.append(i == 1 ? " --- |" : " ---: |");
        }
        m.append('\n');
        for (List<StrategyTable.Cell> r : t.rows()) {
            row(m, r.stream().map(StrategyTable.Cell::text).toList());
        }
        m.append(TestVsTruthSection.markdown(c));
        m.append(PredictionTable.markdown(c));
        if (!c.notes().isEmpty()) {
            m.append('\n');
            c.notes().forEach(n -> m.append("- ").append(cell(n)).append('\n'));
        }
        return m.toString();
    }

    private static void row(StringBuilder m, List<String> cells) {
        m.append('|');
        cells.forEach(c -> m.append(' ').append(cell(c)).append(" |"));
        m.append('\n');
    }

    private static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
    }
}
