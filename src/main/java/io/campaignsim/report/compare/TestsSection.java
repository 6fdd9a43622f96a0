package io.campaignsim.report.compare;

import static io.campaignsim.report.compare.PageContext.esc;

import io.campaignsim.compare.Decision;
import io.campaignsim.compare.ExperimentSummary;
import io.campaignsim.core.ChartName;
import io.campaignsim.report.Numbers;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The A/B and multivariate strategies' own tests: the power each achieved with the sample it
 * reached, flagged below {@link ExperimentSummary#ADEQUATE_POWER}, then their p-value and power charts
 * (collapsed).
 */
final class TestsSection implements PageSection {

    @Override
    public String id() {
        return "tests";
    }

    @Override
    public String title() {
        return "A/B tests";
    }

    @Override
    public Set<ChartName> chartKinds() {
        return Set.of(ChartName.AB_PVALUE, ChartName.POWER);
    }

    @Override
    public Optional<String> body(PageContext page) {
        List<Decision.TestPower> power = page.comparison().decision().power();
        List<PageContext.ChartFile> charts = page.charts(ChartName.AB_PVALUE, ChartName.POWER);
        if (power.isEmpty() && charts.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder h = new StringBuilder();
        if (!power.isEmpty()) {
            h.append("<p>Power of each strategy's own two-sided z-test at its per-comparison alpha, with the customers "
                    + "per arm it reached (smallest arm, mean over replications), for the configured MDE or else the "
                    + "difference its arms really had, pooled over the replications. Below ")
                    .append(Numbers.fixed(ExperimentSummary.ADEQUATE_POWER, 1))
                    .append(" a test usually misses that effect, so the arm it rolls out is close to a coin flip.</p>\n")
                    .append("<table class=\"compact\">\n<thead><tr><th scope=\"col\">strategy</th><th scope=\"col\">"
                            + "customers per arm</th><th scope=\"col\">effect (rate)</th><th scope=\"col\">alpha</th>"
                            + "<th scope=\"col\">power</th></tr></thead>\n<tbody>\n");
            for (Decision.TestPower t : power) {
                h.append(t.underpowered() ? "<tr class=\"weak\">" : "<tr>")
                        .append("<td data-label=\"strategy\">").append(esc(t.strategy())).append("</td>")
                        .append("<td class=\"n\" data-label=\"customers per arm\">")
                        .append(esc(Numbers.grouped(t.perArm(), 0))).append("</td>")
                        .append("<td class=\"n\" data-label=\"effect (rate)\">").append(esc(Numbers.points(t.effect())))
                        .append(t.effectIsMde() ? " (MDE)" : " (observed)").append("</td>")
                        .append("<td class=\"n\" data-label=\"alpha\">").append(esc(Numbers.significant(t.alpha(), 3)))
                        .append("</td><td class=\"n\" data-label=\"power\">").append(esc(Numbers.fixed(t.power(), 2)))
                        .append(t.underpowered() ? " (underpowered)" : "").append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }
        if (!charts.isEmpty()) {
            h.append("<details><summary>p-value and power charts</summary>\n").append(PageContext.figures(charts))
                    .append("</details>\n");
        }
        return Optional.of(h.toString());
    }
}
