package io.campaignsim.report.compare;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import io.campaignsim.compare.Comparison;
import io.campaignsim.core.ChartName;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What a {@link PageSection} renders from: the comparison, the run's facts, the saved scenario, the
 * charts drawn (those {@code report.charts} selected and the data allowed), and which chart kinds no
 * section claims.
 *
 * @param comparison the comparison
 * @param facts what the run was, or null when run.json was not saved
 * @param scenarioYaml the scenario text, or null when not saved
 * @param charts every chart drawn, in registry order
 * @param wanted the chart kinds the scenario's {@code report.charts} selects
 * @param unclaimed chart kinds drawn that no section shows
 * @param breakdownCsv the text of breakdown.csv (the micro review), or null when it was not saved
 */
public record PageContext(Comparison comparison, RunFacts facts, String scenarioYaml, List<ChartFile> charts,
        Set<ChartName> wanted, Set<ChartName> unclaimed, String breakdownCsv) {

    /** A page without the micro review. */
    public PageContext(Comparison comparison, RunFacts facts, String scenarioYaml, List<ChartFile> charts,
            Set<ChartName> wanted, Set<ChartName> unclaimed) {
        this(comparison, facts, scenarioYaml, charts, wanted, unclaimed, null);
    }

    /** A chart file beside the page: its kind, file name, caption and pixel size. */
    public record ChartFile(ChartName kind, String file, String caption, int width, int height) {}

    public PageContext {
        charts = List.copyOf(charts);
        wanted = Set.copyOf(wanted);
        unclaimed = Set.copyOf(unclaimed);
    }

    /** The charts of the given kinds, in registry order. */
    public List<ChartFile> charts(ChartName... kinds) {
        List<ChartName> k = Arrays.asList(kinds);
        return charts.stream().filter(f -> k.contains(f.kind())).toList();
    }

    /** Whether the scenario's {@code report.charts} asks for {@code kind}. */
    public boolean wants(ChartName kind) {
        return wanted.contains(kind);
    }

    /** Each chart as a {@code <figure>} with its caption. */
    public static String figures(List<ChartFile> charts) {
        StringBuilder h = new StringBuilder();
        for (ChartFile f : charts) {
            h.append(figure(f));
        }
        return h.toString();
    }

    /** One chart as a {@code <figure>}: the image scales down to the page width, never up. */
    public static String figure(ChartFile f) {
        return "<figure><img src=\"" + esc(f.file()) + "\" alt=\"" + esc(f.caption()) + "\" width=\"" + f.width()
                + "\" height=\"" + f.height() + "\" loading=\"lazy\"><figcaption>" + esc(f.caption())
                + "</figcaption></figure>\n";
    }

    /** HTML-escaped text. */
    public static String esc(String s) {
        return escapeHtml4(s == null ? "" : s);
    }
}
