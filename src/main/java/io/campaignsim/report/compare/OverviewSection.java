package io.campaignsim.report.compare;

import static io.campaignsim.report.compare.PageContext.esc;

import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.Role;
import io.campaignsim.compare.StrategySummary;
import io.campaignsim.compare.Uplift;
import io.campaignsim.core.ChartName;
import io.campaignsim.core.CompareMetric;
import io.campaignsim.report.ForestPlot;
import io.campaignsim.report.Numbers;
import io.campaignsim.stats.Estimate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The first screen after the banner: a compact table (each strategy's uplift of the objective with
 * its interval, relative uplift with its interval, the chance it beats the holdout, the p-value
 * Holm-adjusted across strategies, and the regret against the oracle) with, in its second column,
 * one chart of the uplifts with their intervals on a shared axis (a forest plot row by row, when
 * {@code report.charts} has {@code uplift}), so the first screen holds the answer however many
 * strategies there are. At phone width the table's rows become cards, so nothing scrolls sideways.
 */
final class OverviewSection implements PageSection {

    @Override
    public String id() {
        return "overview";
    }

    @Override
    public String title() {
        return "Overview";
    }

    @Override
    public Set<ChartName> chartKinds() {
        return Set.of(); // the uplift PNGs stay in "All figures": the forest plot here is their summary
    }

    @Override
    public Optional<String> body(PageContext page) {
        Comparison c = page.comparison();
        CompareMetric objective = c.objective().metric();
        String baseline = DecisionText.baseline(c);
        boolean oracle = c.oracle() != null;
        Optional<ForestPlot.Scale> scale = page.wants(ChartName.UPLIFT) ? scale(c, objective) : Optional.empty();
        List<String> header = new ArrayList<>(List.of("strategy", objective.key() + " uplift [95 % CI]",
                "relative [95 % CI]", "chance to beat " + baseline, "p (Holm)"));
        if (oracle) {
            header.add("regret vs oracle");
        }
        StringBuilder h = new StringBuilder("<table class=\"compact sortable overview\"" + (scale.isPresent() ? " data-chart=\"uplift\"" : "") + ">\n<thead><tr>");
        for (int i = 0; i < header.size(); i++) {
            h.append("<th scope=\"col\">").append(esc(header.get(i))).append("</th>");
            if (i == 0 && scale.isPresent()) {
                h.append("<th scope=\"col\" class=\"bar\">uplift, 95 % CI</th>");
            }
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (StrategySummary s : c.ranked()) {
            Uplift u = s.uplift(objective);
            String cls = s.name().equals(c.winner()) ? "winner"
                    : c.decision().contenders().contains(s.name()) ? "contender" : s.isOracle() ? "yardstick" : "";
            h.append(cls.isEmpty() ? "<tr>" : "<tr class=\"" + cls + "\">");
            h.append("<td data-label=\"").append(esc(header.get(0))).append("\">")
                    .append(s.rank() == 0 ? "" : s.rank() + ". ").append(esc(s.role().display(s.name()))).append("</td>");
            boolean holdout = s.role() == Role.HOLDOUT;
            if (scale.isPresent()) {
                Estimate a = u.absolute();
                h.append("<td class=\"bar\" data-label=\"uplift, 95 % CI\" data-v=\"").append(key(a.mean()))
                        .append("\"><span class=\"").append(ForestPlot.rowClass(emphasis(c, s))).append("\"><span class=\"fp-track\">")
                        .append(holdout ? ForestPlot.track(scale.get(), Double.NaN, Double.NaN, Double.NaN)
                                : ForestPlot.track(scale.get(), a.mean(), a.ciLow(), a.ciHigh()))
                        .append("</span></span></td>");
            }
            cell(h, header.get(1), holdout ? "baseline" : Numbers.withCi(u.absolute(), true), u.absolute().mean());
            cell(h, header.get(2), holdout ? "" : relative(u.relative()), u.relative().mean());
            double chance = u.absolute().chanceAboveZero();
            cell(h, header.get(3), holdout ? "" : chance(chance), holdout ? Double.NaN : chance);
            cell(h, header.get(4), holdout ? "" : Numbers.pValue(Double.isFinite(u.pAdjusted()) ? u.pAdjusted() : u.pValue()),
                    u.pAdjusted());
            if (oracle) {
                Estimate r = s.regret();
                cell(h, header.get(5), r == null ? Numbers.NA : Numbers.withCi(r, false), r == null ? Double.NaN : r.mean());
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n");
        if (scale.isPresent()) {
            h.append("<tfoot><tr class=\"axis\" aria-hidden=\"true\"><td></td><td class=\"bar\"><span class=\"fp-row fp-axis\">"
                    + "<span class=\"fp-track\">").append(ForestPlot.axis(scale.get(), ForestPlot::signedCompact))
                    .append("</span></span></td><td colspan=\"").append(header.size() - 1).append("\"></td></tr></tfoot>\n");
        }
        h.append("</table>\n");
        h.append("<p class=\"small\">");
        if (scale.isPresent()) {
            h.append(esc("Chart: " + objective.key() + " uplift versus " + baseline + " over " + c.days() + " days, mean "
                    + "over replications (dot) with its 95 % confidence interval (line); dashed line at 0. "));
        }
        h.append(esc(sample(page))).append("</p>\n");
        return Optional.of(h.toString());
    }

    /** "n per arm: 20,000 customers × 5 replications, the same customers for every strategy (paired)". */
    private static String sample(PageContext page) {
        Comparison c = page.comparison();
        String customers = page.facts() == null ? "every customer of the population"
                : Numbers.grouped(page.facts().customers(), 0) + " customers";
        return "Sample per strategy: " + customers + " × " + c.replications()
                + (c.replications() == 1 ? " replication" : " replications") + ", the same customers and random draws "
                + "for every strategy, so differences are paired by replication. Chance to beat " + DecisionText.baseline(c)
                + ": the probability that the true uplift is above 0 (flat prior, t posterior over replications). "
                + "p (Holm): paired t-test against " + DecisionText.baseline(c) + ", Holm-adjusted across the "
                + "strategies (the oracle's is raw; raw values of all are under All figures).";
    }

    /** One scale for every strategy's uplift interval but the holdout's (0 by definition). */
    private static Optional<ForestPlot.Scale> scale(Comparison c, CompareMetric objective) {
        List<Double> v = new ArrayList<>();
        for (StrategySummary s : c.ranked()) {
            if (s.role() != Role.HOLDOUT) {
                Estimate u = s.uplift(objective).absolute();
                v.addAll(List.of(u.mean(), u.ciLow(), u.ciHigh()));
            }
        }
        return ForestPlot.Scale.of(v.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static ForestPlot.Emphasis emphasis(Comparison c, StrategySummary s) {
        return s.name().equals(c.winner()) ? ForestPlot.Emphasis.STRONG
                : s.isOracle() ? ForestPlot.Emphasis.MUTED : ForestPlot.Emphasis.NORMAL;
    }

    private static String key(double v) {
        return Double.isFinite(v) ? BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() : "NaN";
    }

    private static String relative(Estimate r) {
        String mean = Numbers.relativeChange(r.mean());
        if (Double.isInfinite(r.ciLow()) || Double.isInfinite(r.ciHigh())) {
            return mean + " [unbounded]"; // Fieller: the holdout's mean cannot be told from zero
        }
        if (!Double.isFinite(r.ciLow()) || !Double.isFinite(r.ciHigh())) {
            return mean;
        }
        return mean + " [" + Numbers.relativeChange(r.ciLow()).replace(" %", "") + ", "
                + Numbers.relativeChange(r.ciHigh()) + "]";
    }

    private static String chance(double p) {
        if (!Double.isFinite(p)) {
            return Numbers.NA;
        }
        return p > 0.999 ? "> 99.9 %" : p < 0.001 ? "< 0.1 %" : Numbers.percent(p, 1);
    }

    private static void cell(StringBuilder h, String label, String text, double sortKey) {
        h.append("<td class=\"n\" data-label=\"").append(esc(label)).append("\" data-v=\"").append(key(sortKey))
                .append("\">").append(esc(text)).append("</td>");
    }
}
