package io.campaignsim.cli;

import io.campaignsim.app.OpeJob;
import io.campaignsim.data.ope.Estimator;
import io.campaignsim.data.ope.OpeOptions;
import io.campaignsim.report.analyze.OpeTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code campaignsim ope}: off-policy evaluation of a policy on a logged bandit file with propensities. */
@Command(name = "ope", mixinStandardHelpOptions = true,
        description = {"Estimate what a policy would have earned (clicks per impression) from a log collected by "
                + "another policy, in the Open Bandit Dataset format (item_id, position, click, propensity_score), "
                + "with IPS, self-normalised IPS, the direct method (DM), doubly robust (DR), switch-DR and DR with "
                + "optimistic shrinkage (DR-OS), and bootstrap 95%% intervals.",
            "The reward model of DM and the DR family is a logistic regression over the log's user features, "
                + "item, position and user-item affinities, cross-fitted over --folds folds (a row's prediction "
                + "never sees that row).",
            "Policies: uniform, item:ID (always that item), empirical:OTHER_LOG.csv (the item frequencies per "
                + "position of another log; its own click rate is then printed as the reference)."},
        footerHeading = "%nExamples:%n",
        footer = {"  campaignsim ope obd/random/men/men.csv --policy uniform",
            "  campaignsim ope obd/random/men/men.csv \\",
            "      --policy empirical:obd/bts/men/men.csv --out reports/ope-men"})
public final class OpeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LOG.csv", description = "The logged bandit feedback.")
    Path log;

    @Option(names = "--policy", required = true, paramLabel = "POLICY",
            description = "uniform, item:ID or empirical:OTHER_LOG.csv")
    String policy;

    @Option(names = "--estimators", split = ",", paramLabel = "NAMES", defaultValue = "ips,snips,dm,dr,switch-dr,dr-os",
            description = "Estimators to run, comma-separated, from: ips, snips, dm, dr, switch-dr, dr-os (default: all).")
    List<String> estimators;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5",
            description = "Cross-fitting folds of the reward model (default 5).")
    int folds;

    @Option(names = "--reward-l2", paramLabel = "L2", defaultValue = "1",
            description = "Ridge penalty of the reward model, in rows, on standardised features (default 1).")
    double rewardL2;

    @Option(names = "--switch-tau", paramLabel = "TAU", defaultValue = "auto",
            description = "switch-DR's weight threshold: auto (chosen by estimated MSE), inf (= DR), or a number "
                    + ">= 0 (0 = DM) (default auto).")
    String switchTau;

    @Option(names = "--dros-lambda", paramLabel = "LAMBDA", defaultValue = "auto",
            description = "DR-OS's shrinkage: auto (chosen by estimated MSE), inf (= DR), or a number >= 0 "
                    + "(0 = DM) (default auto).")
    String drosLambda;

    @Option(names = "--bootstrap", paramLabel = "B", defaultValue = "200",
            description = "Bootstrap resamples for the intervals (default 200).")
    int bootstrap;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Bootstrap seed (default 42).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also write estimates.csv and ope.json to this folder (atomically).")
    Path out;

    @Override
    public Integer call() throws Exception {
        List<Estimator> chosen = estimators.stream().map(Estimator::of).distinct().toList();
        OpeOptions options = new OpeOptions(folds, rewardL2, OpeOptions.parameter("--switch-tau", switchTau),
                OpeOptions.parameter("--dros-lambda", drosLambda));
        OpeJob.Outcome o = new OpeJob().run(new OpeJob.Request(log, policy, chosen, bootstrap, seed, options, out));
        PrintWriter w = spec.commandLine().getOut();
        w.print(OpeTable.render(o.result()));
        if (o.outDir() != null) {
            w.printf("%nwrote %d files to %s%n", o.files().size(), o.outDir());
        }
        w.flush();
        return ExitCode.OK.code();
    }
}
