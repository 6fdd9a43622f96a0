package io.campaignsim.cli;

import io.campaignsim.app.CalibrateJob;
import io.campaignsim.data.ExperimentLog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code campaignsim calibrate}: write a scenario that reproduces a randomised experiment log. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fit a scenario to a randomised campaign experiment (one row per customer: arm, conversion "
                + "flag, optional segment and spend) by simulation, so that 'compare' on it reproduces the log's "
                + "control conversion rate per segment and each arm's uplift."},
        footerHeading = "%nExample (the Hillstrom e-mail experiment):%n",
        footer = {"  campaignsim calibrate hillstrom.csv --treatment segment \\",
            "      --control 'No E-Mail' --outcome conversion --segment history_segment \\",
            "      --spend spend --window-days 14 --out reports/hillstrom.yaml",
            "  (hillstrom.csv: the MineThatData e-mail experiment, see docs/calibration.md)"})
public final class CalibrateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LOG.csv", description = "The experiment log.")
    Path log;

    @Option(names = "--treatment", required = true, paramLabel = "COL", description = "Column naming each customer's arm.")
    String treatment;

    @Option(names = "--control", required = true, paramLabel = "VALUE", description = "The control arm's value.")
    String control;

    @Option(names = "--outcome", required = true, paramLabel = "COL", description = "0/1 conversion column.")
    String outcome;

    @Option(names = "--segment", paramLabel = "COL", description = "Column whose values become segments.")
    String segment;

    @Option(names = "--spend", paramLabel = "COL", description = "Spend column (sets each segment's basket value).")
    String spend;

    @Option(names = "--window-days", defaultValue = "14", paramLabel = "D",
            description = "Days over which the outcome was measured (default: ${DEFAULT-VALUE}).")
    int windowDays;

    @Option(names = "--name", defaultValue = "calibrated", paramLabel = "NAME", description = "Scenario name.")
    String name;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "K", description = "Seed of the fit and the scenario.")
    long seed;

    @Option(names = "--replications", defaultValue = "5", paramLabel = "R", description = "Replications in the scenario.")
    int replications;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Scenario file to write.")
    Path out;

    @Mixin
    ThreadsOption threads;

    @Override
    public Integer call() throws Exception {
        RunOptions.checkRange("--window-days", windowDays, 1, io.campaignsim.scenario.Scenario.MAX_HORIZON_DAYS);
        RunOptions.checkRange("--replications", replications, 1, io.campaignsim.scenario.Scenario.MAX_REPLICATIONS);
        CalibrateJob.Outcome o = new CalibrateJob().run(new CalibrateJob.Request(log,
                new ExperimentLog.Columns(treatment, control, outcome, segment, spend), windowDays, name, seed,
                threads.count(), replications, out));
        PrintWriter w = spec.commandLine().getOut();
        w.printf("%-28s %10s %12s %12s%n", "segment / arm", "customers", "log rate", "simulated");
        for (int s = 0; s < o.log().segments().size(); s++) {
            for (int a = 0; a < o.log().arms().size(); a++) {
                w.printf("%-28s %10d %11.3f%% %11.3f%%%n", truncate(o.log().segments().get(s) + " / " + o.log().arms().get(a)),
                        o.log().customers()[s][a], 100 * o.log().rate(s, a), 100 * o.fit().simulatedRate()[s][a]);
            }
        }
        w.printf("%nwrote %s; run 'campaignsim compare %s' to compare strategies on it%n", out, out);
        w.flush();
        return ExitCode.OK.code();
    }

    private static String truncate(String s) {
        return s.length() <= 28 ? s : s.substring(0, 27) + "…";
    }
}
