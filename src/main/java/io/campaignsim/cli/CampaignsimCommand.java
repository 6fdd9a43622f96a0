package io.campaignsim.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: lists the subcommands; does nothing on its own but print usage. */
@Command(name = "campaignsim", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Simulate multichannel marketing campaigns over a synthetic population with a known ground "
                + "truth, and compare the strategies that decide who gets what, when and where."},
        subcommands = {ValidateCommand.class, GenerateCommand.class, SimulateCommand.class, CompareCommand.class, SweepCommand.class, CalibrateCommand.class,
            ReportCommand.class, BenchCommand.class, CheckCommand.class, AnalyzeCommand.class, OpeCommand.class,
            ClvCommand.class, SchemaCommand.class, CompletionCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success", "  1  a check found a regression, or an internal error",
            "  2  bad input or usage (the message names file:line:col and what is expected)",
            "%nExamples:%n  campaignsim validate scenarios/*.yaml",
            "  campaignsim simulate scenarios/quickstart.yaml",
            "  campaignsim compare scenarios/quickstart.yaml --out reports/qs-compare",
            "  campaignsim COMMAND --help"})
public final class CampaignsimCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
