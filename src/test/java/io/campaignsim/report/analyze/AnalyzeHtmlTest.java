package io.campaignsim.report.analyze;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.data.AnalyzeResult;
import io.campaignsim.data.ArmAnalysis;
import io.campaignsim.data.Effect;
import io.campaignsim.data.OutcomeShape;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The analyze page: the headline first, then a forest plot of the effects with their intervals. */
class AnalyzeHtmlTest {

    private static Effect effect(String scope, double effect, double low, double high, double p) {
        return new Effect(scope, "visit", "Mail", "No Mail", 1000, 1000, 0.1 + effect, 0.1, effect, low, high,
                effect / 0.1, low / 0.1, high / 0.1, p, "z");
    }

    private static AnalyzeResult result() {
        return new AnalyzeResult("log.csv", 2000, "arm", "No Mail", List.of("No Mail", "Mail"),
                List.of(new OutcomeShape("visit", true, 0.9, 1.0)), "city", List.of(), 5, 42, List.of(),
                List.of(effect(ArmAnalysis.ALL, 0.05, 0.03, 0.07, 0.0001), effect("city=Lyon", 0.06, 0.02, 0.10, 0.03),
                        effect("city=Nice", 0.02, -0.02, 0.06, 0.04)),
                List.of(), List.of());
    }

    /** Holm over Lyon and Nice (raw 0.03, 0.04): 2·0.03 = 0.06, max(0.04, 0.06) = 0.06: neither survives at 0.05. */
    @Test
    void theHeadlineNamesTheArmAndCountsTheSegmentEffectsThatSurviveHolm() {
        AnalyzeResult r = result();
        assertTrue(AnalyzeHeadline.title(r).equals("Mail raised visit most: +5.00 pp [+3.00 pp, +7.00 pp] versus No Mail"),
                AnalyzeHeadline.title(r));
        List<String> details = AnalyzeHeadline.details(r);
        assertTrue(details.get(details.size() - 1).endsWith("; 2 before it."), details.toString());
        assertTrue(details.get(details.size() - 1).startsWith("Per city: 0 of 2 segment effects significant after Holm"),
                details.toString());
    }

    @Test
    void thePageStartsWithTheHeadlineThenTheForestPlot() {
        String html = AnalyzeHtml.render(result(), List.of("qini-visit-mail.png"));
        int headline = html.indexOf("<div id=\"headline\" class=\"banner\"");
        int forest = html.indexOf("<figure class=\"forest\"");
        int tables = html.indexOf("<table>");
        assertTrue(headline > 0 && headline < forest && forest < tables, "headline, forest plot, then tables");
        assertTrue(html.contains("data-first-screen=\"#headline|figure.forest\""));
        assertTrue(html.contains("<span class=\"fp-label\">Mail</span>"), "the whole-log row");
        assertTrue(html.contains("<div class=\"fp-row fp-segment\"><span class=\"fp-label\">city=Nice</span>"));
        assertTrue(html.contains("Holm p = 0.06"), "segment rows carry the adjusted p-value");
        assertTrue(html.contains("<th>p</th><th>p (Holm)</th>"), "the table shows both");
    }
}
