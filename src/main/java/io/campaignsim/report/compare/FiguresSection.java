package io.campaignsim.report.compare;

import static io.campaignsim.report.compare.PageContext.esc;

import io.campaignsim.compare.Comparison;
import io.campaignsim.core.ChartName;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every figure of every strategy: the full sortable table (objective, uplift, p raw and Holm-adjusted,
 * profit, CLV, volume, customers kept, regret) and the uplift and profit-versus-CLV charts. Wide, so
 * it scrolls sideways in its own box and is collapsed below the first screen.
 */
final class FiguresSection implements PageSection {

    @Override
    public String id() {
        return "figures";
    }

    @Override
    public String title() {
        return "All figures";
    }

    @Override
    public boolean collapsed() {
        return true;
    }

    @Override
    public Set<ChartName> chartKinds() {
        return Set.of(ChartName.UPLIFT, ChartName.PROFIT_VS_CLV);
    }

    @Override
    public Optional<String> body(PageContext page) {
        Comparison c = page.comparison();
        StrategyTable t = StrategyTable.of(c);
        StringBuilder h = new StringBuilder("<div class=\"scroll\">\n<table class=\"sortable full\">\n<thead><tr>");
        for (String col : t.header()) {
            h.append("<th scope=\"col\">").append(esc(col)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < t.rows().size(); r++) {
            h.append(t.names().get(r).equals(c.winner()) ? "<tr class=\"winner\">" : "<tr>");
            List<StrategyTable.Cell> row = t.rows().get(r);
            for (int i = 0; i < row.size(); i++) {
                StrategyTable.Cell cell = row.get(i);
                if (i == 1) {
                    h.append("<td>").append(esc(cell.text())).append("</td>");
                } else {
                    h.append("<td class=\"n\" data-v=\"").append(sortKey(cell.sortKey())).append("\">")
                            .append(esc(cell.text())).append("</td>");
                }
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n</div>\n");
        h.append(PageContext.figures(page.charts(ChartName.UPLIFT, ChartName.PROFIT_VS_CLV)));
        return Optional.of(h.toString());
    }

    // Plain decimal text, "NaN" for undefined (parseFloat gives NaN, which sorts last).
    private static String sortKey(double v) {
        return Double.isFinite(v) ? BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() : "NaN";
    }
}
