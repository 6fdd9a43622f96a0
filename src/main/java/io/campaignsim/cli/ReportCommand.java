package io.campaignsim.cli;

import io.campaignsim.app.ReportJob;
import io.campaignsim.report.compare.ComparisonPages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code campaignsim report}: redraw the charts and pages of a compare results folder from its saved files. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Render the charted report of a 'compare' results folder from its saved files, without "
                + "simulating again: charts (uplift with 95%% CIs, cumulative objective, regret, arm allocation, "
                + "model quality), index.html and summary.md, written into the folder (each file atomically).",
            "compare already writes the same report; use this to redraw it, e.g. as SVG or with a log time axis.",
            "The charts are those the saved scenario.yaml lists in report.charts (all when absent): edit that list "
                + "and run report again to show other charts."},
        footerHeading = "%nExamples:%n",
        footer = {"  campaignsim report reports/quickstart-compare",
            "  campaignsim report reports/quickstart-compare --format html,md,png,svg",
            "  campaignsim report reports/quickstart-compare --format svg --log-time"})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RESULTS_DIR", description = "A folder written by 'campaignsim compare'.")
    Path dir;

    @Option(names = "--format", split = ",", paramLabel = "FORMATS",
            description = "What to render, comma-separated: html, md, png, svg (default: html,md,png); html includes its PNG charts.")
    List<String> formats;

    @Option(names = "--log-time", description = "Logarithmic time axis on the regret chart.")
    boolean logTime;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces of errors.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        Set<ComparisonPages.Format> wanted = ComparisonPages.Format.DEFAULT;
        if (formats != null && !formats.isEmpty()) {
            wanted = EnumSet.noneOf(ComparisonPages.Format.class);
            for (String f : formats) {
                wanted.add(ComparisonPages.Format.parse(f));
            }
        }
        ReportJob.Outcome outcome = new ReportJob().run(new ReportJob.Request(dir, wanted, logTime));
        PrintWriter o = spec.commandLine().getOut();
        o.printf("wrote %d files to %s%n", outcome.files().size(), outcome.dir());
        o.flush();
        return ExitCode.OK.code();
    }
}
