package io.campaignsim.report.compare;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.HoldoutReading;
import io.campaignsim.compare.StrategySummary;
import io.campaignsim.compare.TestVsTruth;
import io.campaignsim.core.CompareMetric;
import io.campaignsim.report.Numbers;
import io.campaignsim.report.compare.charts.TestVsTruthChart;
import io.campaignsim.core.ChartName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The "What a real test would have shown vs what was true" section of the compare page and of
 * summary.md: per strategy, the expected true effect, what one randomised holdout test read (its
 * estimate and 95 % interval over customers) against that replication's truth, and, over all
 * replications, how often such a test's interval contained the truth (coverage) and its bias. Empty
 * when no strategy's test was read.
 */
public final class TestVsTruthSection implements PageSection {

    static final String TITLE = "What a real test would have shown vs what was true";


    @Override
    public String id() {
        return "test-vs-truth";
    }

    @Override
    public String title() {
        return TITLE;
    }

    @Override
    public Set<ChartName> chartKinds() {
        return Set.of(ChartName.TEST_VS_TRUTH);
    }

    /** The section body: explanation, the chart when drawn, and the table; empty without tests. */
    @Override
    public Optional<String> body(PageContext page) {
        Comparison c = page.comparison();
        List<List<String>> rows = rows(c);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder h = new StringBuilder();
        h.append("<p>").append(esc(explanation(c))).append("</p>\n");
        h.append(PageContext.figures(page.charts(ChartName.TEST_VS_TRUTH)));
        h.append("<div class=\"scroll\">\n<table>\n<thead><tr>");
        header(c).forEach(col -> h.append("<th scope=\"col\">").append(esc(col)).append("</th>"));
        h.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            h.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                h.append(i == 0 ? "<td>" : "<td class=\"n\">").append(esc(row.get(i))).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n</div>\n");
        return Optional.of(h.toString());
    }

    /** The Markdown section, starting with a blank line; empty without tests. */
    public static String markdown(Comparison c) {
        List<List<String>> rows = rows(c);
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder m = new StringBuilder("\n#### ").append(TITLE).append("\n\n").append(explanation(c)).append("\n\n");
        List<String> header = header(c);
        m.append('|');
        header.forEach(col -> m.append(' ').append(cell(col)).append(" |"));
        m.append("\n|");
        for (int i = 0; i < header.size(); i++) {
            m.append(i == 0 ? " --- |" : " ---: |");
        }
        m.append('\n');
        for (List<String> row : rows) {
            m.append('|');
            row.forEach(x -> m.append(' ').append(cell(x)).append(" |"));
            m.append('\n');
        }
        return m.toString();
    }

    /**
     * One line for the terminal about the winner's test, ending in "\n"; empty without one: "real test:
     * a 10 % holdout test of ts (first replication) estimated profit +1,234 [-2,100, +4,568], truth +980;
     * over 20 replications its interval held the truth 19 of 20 times, bias -12.5 (± 40.1)".
     */
    public static String terminal(Comparison c) {
        CompareMetric metric = TestVsTruthChart.metric(c);
        TestVsTruth t = c.strategy(c.winner()).map(s -> s.testVsTruth(metric)).orElse(null);
        if (t == null) {
            return "";
        }
        HoldoutReading f = t.first();
        return "real test: a " + Numbers.percentLabel(t.holdoutShare(), 4) + " holdout test of " + c.winner()
                + " (first replication) estimated " + metric.key() + " " + Numbers.compactSigned(f.estimate())
                + (f.hasInterval() ? " [" + Numbers.compactSigned(f.ciLow()) + ", " + Numbers.compactSigned(f.ciHigh())
                        + "]" : "") + ", truth " + Numbers.compactSigned(f.truth()) + "; over " + c.replications()
                + (c.replications() == 1 ? " replication" : " replications") + " its interval held the truth "
                + coverage(t) + ", bias " + Numbers.compactSigned(t.bias().mean())
                + (Double.isFinite(t.bias().standardError()) ? " (± " + Numbers.compact(t.bias().standardError()) + ")"
                        : "") + "\n";
    }

    static String explanation(Comparison c) {
        CompareMetric metric = TestVsTruthChart.metric(c);
        TestVsTruth any = any(c);
        String n = Numbers.grouped(any.customers(), 0);
        return "In every replication each strategy is also read the way a real experiment would be: "
                + Numbers.percentLabel(any.holdoutShare(), 4) + " of the " + n + " customers, drawn at random, are held "
                + "out and never contacted, and the estimate is the difference in mean " + metric.key()
                + " per customer, treated minus held out, times " + n + ", with a 95 % Welch interval over customers. "
                + "The truth is that replication's exact effect on the same customers: the strategy's run minus its "
                + "no-contact twin. The expected effect is its mean over the " + c.replications() + " replications, "
                + "with a 95 % interval over replications: the effect on a freshly drawn population of " + n
                + " customers. Coverage is the share of replications whose test interval contained that "
                + "replication's truth (95 % if the test is honest); bias is the mean of estimate minus truth. "
                + "Every strategy of a replication holds out the same customers, so their tests' errors move together."
                + (c.objective() == io.campaignsim.compare.Objective.CLV ? " The objective is CLV, whose residual "
                        + "value no test observes, so the test is read on profit." : "");
    }

    private static List<String> header(Comparison c) {
        return List.of("strategy", "expected true effect [95 % CI over replications]",
                "one real test (first replication): estimate [95 % CI over customers]",
                "true effect in the first replication", "coverage: tests whose CI held the truth (± se)", "bias (± se)",
                "typical ± of one test");
    }

    private static List<List<String>> rows(Comparison c) {
        CompareMetric metric = TestVsTruthChart.metric(c);
        List<List<String>> rows = new ArrayList<>();
        for (StrategySummary s : c.ranked()) {
            TestVsTruth t = s.testVsTruth(metric);
            if (t == null) {
                continue;
            }
            HoldoutReading f = t.first();
            String test = Numbers.compactSigned(f.estimate()) + (f.hasInterval() ? " [" + Numbers.compactSigned(f.ciLow())
                    + ", " + Numbers.compactSigned(f.ciHigh()) + "]" : " [" + Numbers.NA + "]");
            rows.add(List.of(s.role().display(s.name()), Numbers.withCi(t.truth(), true), test,
                    Numbers.compactSigned(f.truth()) + (f.hasInterval() ? f.covers() ? " (inside)" : " (outside)" : ""),
                    coverage(t),
                    Numbers.compactSigned(t.bias().mean()) + (Double.isFinite(t.bias().standardError())
                            ? " (± " + Numbers.compact(t.bias().standardError()) + ")" : ""),
                    "± " + Numbers.compact(t.meanHalfWidth())));
        }
        return rows;
    }

    // "4 of 5 (80.0 % ± 17.9 %)": the count says how little a few replications can tell
    private static String coverage(TestVsTruth t) {
        if (t.tests() == 0) {
            return Numbers.NA;
        }
        long covered = Math.round(t.coverage() * t.tests());
        return covered + " of " + t.tests() + " (" + Numbers.percent(t.coverage(), 1) + " ± "
                + Numbers.percent(t.coverageSe(), 1) + ")";
    }

    private static TestVsTruth any(Comparison c) {
        return c.strategies().stream().flatMap(s -> s.testVsTruth().values().stream()).findFirst().orElseThrow();
    }

    private static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
    }

    private static String esc(String s) {
        return escapeHtml4(s);
    }
}
