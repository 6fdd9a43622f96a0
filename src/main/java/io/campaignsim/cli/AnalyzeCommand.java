package io.campaignsim.cli;

import io.campaignsim.app.AnalyzeJob;
import io.campaignsim.report.analyze.AnalyzeTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code campaignsim analyze}: arms, effects and uplift models of a real randomised campaign log. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        customSynopsis = {"campaignsim analyze LOG.csv --treatment=COL --outcome=COL[,COL...]",
            "    [--control=VALUE] [--segment=COL] [--features=COL[,COL...]] [--out=DIR]",
            "    [--folds=K] [--seed=S] [-hV]"},
        description = {"Analyse a real randomised campaign log (CSV): each arm's rate or mean with a 95%% CI, the "
                + "effect of each arm versus the control (two-proportion z-test for 0/1 outcomes, Welch otherwise), "
                + "overall and per segment, and T-/X-learner uplift models judged out of fold (Qini, AUUC, "
                + "uplift at 10%% and 30%%).",
            "Writes arms.csv, effects.csv, uplift.csv, qini.csv, Qini charts and index.html (atomically).",
            "Features (default: every column but treatment, outcomes and segment): numeric columns as they are, "
                + "categorical ones one-hot encoded."},
        footerHeading = "%nExample:%n",
        footer = {"  campaignsim analyze hillstrom.csv --treatment segment \\",
            "      --control 'No E-Mail' --outcome visit,conversion,spend \\",
            "      --segment history_segment --out reports/hillstrom-analyze",
            "  (hillstrom.csv: the MineThatData e-mail experiment, see docs/real-data.md)"})
public final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LOG.csv", description = "The log: one row per customer, with a header.")
    Path log;

    @Option(names = "--treatment", required = true, paramLabel = "COL", description = "The column naming each row's arm.")
    String treatment;

    @Option(names = "--control", paramLabel = "VALUE",
            description = "The control arm's value (default: a value like 'No …', 'control', 'holdout' or 0).")
    String control;

    @Option(names = "--outcome", required = true, split = ",", paramLabel = "COL[,COL...]", hideParamSyntax = true,
            description = "Outcome columns: 0/1 (rates) or numbers (means).")
    List<String> outcomes;

    @Option(names = "--segment", paramLabel = "COL", description = "Also report every effect within each value of COL.")
    String segment;

    @Option(names = "--features", split = ",", paramLabel = "COL[,COL...]", hideParamSyntax = true,
            description = "Model features (default: all columns except treatment, outcomes and segment).")
    List<String> features;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: reports/analyze-<log name>).")
    Path out;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5", description = "Cross-fitting folds (default 5).")
    int folds;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seed of the fold split (default 42).")
    long seed;

    @Override
    public Integer call() throws Exception {
        AnalyzeJob.Outcome o = new AnalyzeJob().run(new AnalyzeJob.Request(log, treatment, control, outcomes, segment,
                features, out, folds, seed));
        PrintWriter w = spec.commandLine().getOut();
        w.print(AnalyzeTable.render(o.result()));
        w.printf("%nwrote %d files to %s%n", o.files().size(), o.outDir());
        w.flush();
        return ExitCode.OK.code();
    }
}
