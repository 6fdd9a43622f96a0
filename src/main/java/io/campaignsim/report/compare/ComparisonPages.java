package io.campaignsim.report.compare;

import io.campaignsim.compare.Comparison;
import io.campaignsim.core.ChartName;
import io.campaignsim.core.UserInputException;
import io.campaignsim.scenario.ReportSpec;
import io.campaignsim.scenario.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The charted report of a comparison (charts, {@code index.html}, {@code summary.md}), rendered only
 * from saved files: comparison.json, plus run.json and scenario.yaml when present. {@code compare}
 * saves those and renders them in the same way {@code report} does later, so both give the same bytes.
 * Not atomic on its own: write into a staging folder.
 */
public final class ComparisonPages {

    /** The copy of the scenario saved beside the results. */
    public static final String SCENARIO_FILE = "scenario.yaml";

    /** What to render. */
    public enum Format {
        HTML, MD, PNG, SVG;

        /** Default of {@code report}: the page, the Markdown summary and its PNG charts. */
        public static final Set<Format> DEFAULT = Set.copyOf(EnumSet.of(HTML, MD, PNG));

        /** @throws UserInputException for a name other than html, md, png or svg */
        public static Format parse(String name) {
            return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name.trim())).findFirst()
                    .orElseThrow(() -> new UserInputException("--format '" + name + "' is unknown; expected some of "
                            + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT))
                                    .collect(Collectors.joining(","))));
        }
    }

    /**
     * The sections of index.html, in page order: the first screen (decision banner, overview), views
     * one click away, then details (collapsed). Add a section with one line here.
     */
    public static final List<PageSection> SECTIONS = List.of(
            new DecisionBannerSection(),
            new OverviewSection(),
            new SegmentsSection(),
            new MicroReviewSection(),
            new TestsSection(),
            new PairwiseSection(),
            new TestVsTruthSection(),
            new FiguresSection(),
            new OverTimeSection(),
            new ArmsSection(),
            new ModelsSection(),
            new MoreChartsSection(),
            new NotesSection(),
            new ScenarioSection());

    private ComparisonPages() {}

    /**
     * For {@code compare}: saves run.json and a copy of the scenario into {@code dir} (which already
     * holds comparison.json), then renders the default formats from them.
     *
     * @param scenario the scenario as run (with overrides applied)
     * @param scenarioFile the scenario file, copied as it was written
     * @return the files written
     */
    public static List<Path> writeForCompare(Path dir, Scenario scenario, Path scenarioFile, double runSeconds)
            throws IOException {
        return writeForCompare(dir, scenario, scenarioFile, RunFacts.DAILY, runSeconds);
    }

    /** As above, for runs whose engine advanced time by {@code stepping} (daily or next-event). */
    public static List<Path> writeForCompare(Path dir, Scenario scenario, Path scenarioFile, String stepping,
            double runSeconds) throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(RunFacts.of(scenario, stepping, runSeconds).write(dir));
        Path yaml = dir.resolve(SCENARIO_FILE);
        Files.writeString(yaml, Files.readString(scenarioFile, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        files.add(yaml);
        files.addAll(render(dir, dir, Format.DEFAULT, ComparisonCharts.Options.DEFAULT));
        return files;
    }

    /**
     * Renders the report of the results saved in {@code from} into {@code into} (the same folder or a
     * staging one). The charts are those the saved scenario lists in {@code report.charts} (all
     * without a saved scenario or without that key). The page needs its charts, so HTML implies PNG.
     *
     * @return the files written: charts, then index.html, then summary.md
     * @throws UserInputException if {@code from} has no readable comparison.json
     * @throws io.campaignsim.scenario.ScenarioException if the saved scenario names an unknown chart
     */
    public static List<Path> render(Path from, Path into, Set<Format> formats, ComparisonCharts.Options options)
            throws IOException {
        Comparison c = ComparisonJsonReader.read(from.resolve(ComparisonJson.FILE));
        RunFacts facts = RunFacts.read(from).orElse(null);
        Path yamlFile = from.resolve(SCENARIO_FILE);
        String yaml = Files.isRegularFile(yamlFile) ? Files.readString(yamlFile, StandardCharsets.UTF_8) : null;
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // no display needed, and none on servers
        }
        Set<ChartName> wanted = chartsOf(yaml, yamlFile);
        List<ComparisonCharts.Drawn> drawn = ComparisonCharts.drawAll(c, wanted, options);
        List<ComparisonCharts.Named> charts = drawn.stream().map(ComparisonCharts.Drawn::named).toList();
        boolean html = formats.contains(Format.HTML);
        List<Path> files = new ArrayList<>(ComparisonCharts.write(charts, into, html || formats.contains(Format.PNG),
                formats.contains(Format.SVG)));
        if (html) {
            List<PageContext.ChartFile> links = drawn.stream()
                    .map(d -> new PageContext.ChartFile(d.kind(), d.named().name() + ".png", d.named().caption(),
                            d.named().chart().getWidth(), d.named().chart().getHeight())).toList();
            Path page = into.resolve(ComparisonHtml.FILE);
            Path breakdown = from.resolve(io.campaignsim.report.BreakdownCsv.FILE);
            String breakdownCsv = Files.isRegularFile(breakdown) ? Files.readString(breakdown, StandardCharsets.UTF_8) : null;
            Files.writeString(page, ComparisonHtml.render(c, facts, yaml, links, wanted, breakdownCsv),
                    StandardCharsets.UTF_8);
            files.add(page);
        }
        if (formats.contains(Format.MD)) {
            Path md = into.resolve(ComparisonMarkdown.FILE);
            Files.writeString(md, ComparisonMarkdown.render(c, facts), StandardCharsets.UTF_8);
            files.add(md);
        }
        return files;
    }

    // Only report.charts is read, so a folder whose scenario uses keys of another version still renders.
    private static Set<ChartName> chartsOf(String yaml, Path yamlFile) {
        if (yaml == null) {
            return EnumSet.allOf(ChartName.class);
        }
        Set<ChartName> wanted = EnumSet.noneOf(ChartName.class);
        ReportSpec.chartsIn(yaml, yamlFile.toString()).forEach(n -> wanted.add(ChartName.of(n).orElseThrow()));
        return wanted;
    }
}
