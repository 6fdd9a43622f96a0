package io.campaignsim.report.compare;

import static io.campaignsim.report.compare.PageContext.esc;

import io.campaignsim.compare.Decision;
import io.campaignsim.report.Numbers;
import java.util.Optional;

/** Every pair of candidates on the objective, paired by replication, with raw and Holm-adjusted p-values. */
final class PairwiseSection implements PageSection {

    @Override
    public String id() {
        return "pairwise";
    }

    @Override
    public String title() {
        return "Pairwise tests";
    }

    @Override
    public boolean collapsed() {
        return true;
    }

    @Override
    public Optional<String> body(PageContext page) {
        Decision d = page.comparison().decision();
        if (d.pairwise().isEmpty()) {
            return Optional.empty();
        }
        String key = page.comparison().objective().key();
        StringBuilder h = new StringBuilder("<p>Every pair of candidates (all strategies but the oracle), tested on ")
                .append(esc(key)).append(" with a paired t-test over replications; the p-values of all ")
                .append(d.pairwise().size()).append(" pairs are Holm-adjusted together, so picking the best from the "
                        + "same data does not inflate the chance of a false winner. Significant: adjusted p below ")
                .append(esc(Numbers.significant(d.alpha(), 2))).append(".</p>\n<div class=\"scroll\"><table class=\"sortable\">\n"
                        + "<thead><tr><th scope=\"col\">better by mean</th><th scope=\"col\">than</th><th scope=\"col\">"
                        + "difference [95 % CI]</th><th scope=\"col\">p</th><th scope=\"col\">p (Holm)</th>"
                        + "<th scope=\"col\">significant</th></tr></thead>\n<tbody>\n");
        for (Decision.Pairwise p : d.pairwise()) {
            h.append("<tr><td>").append(esc(p.first())).append("</td><td>").append(esc(p.second()))
                    .append("</td><td class=\"n\" data-v=\"").append(num(p.difference().mean())).append("\">")
                    .append(esc(Numbers.withCi(p.difference(), true))).append("</td><td class=\"n\" data-v=\"")
                    .append(num(p.pValue())).append("\">").append(esc(Numbers.pValue(p.pValue())))
                    .append("</td><td class=\"n\" data-v=\"").append(num(p.pAdjusted())).append("\">")
                    .append(esc(Numbers.pValue(p.pAdjusted()))).append("</td><td>")
                    .append(p.significant(d.alpha()) ? "yes" : "no").append("</td></tr>\n");
        }
        return Optional.of(h.append("</tbody>\n</table></div>\n").toString());
    }

    private static String num(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "NaN";
    }
}
