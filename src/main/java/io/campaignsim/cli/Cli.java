package io.campaignsim.cli;

import io.campaignsim.core.UserInputException;
import io.campaignsim.scenario.ScenarioException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Builds the configured {@link CommandLine}: the one place where exceptions become exit codes
 * and messages. User mistakes print one line each (no stack trace unless {@code --verbose});
 * anything else is a bug and prints the trace with exit code 1.
 */
public final class Cli {

    private Cli() {}

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new CampaignsimCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(t -> exitCodeOf(t).code());
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("campaignsim: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
            c.getErr().flush();
            return ExitCode.INVALID_INPUT.code();
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            PrintWriter e = c.getErr();
            boolean verbose = parseResult.originalArgs().contains("--verbose") || parseResult.originalArgs().contains("-v");
            ExitCode code = exitCodeOf(ex);
            if (ex instanceof ScenarioException se) {
                se.lines().forEach(e::println);
            } else if (code == ExitCode.INVALID_INPUT || code == ExitCode.INTERRUPTED) {
                e.println("campaignsim: " + ex.getMessage());
            } else {
                e.println("campaignsim: internal error: " + ex + " (please report it with --verbose output)");
                verbose = true;
            }
            if (verbose) {
                ex.printStackTrace(e);
            }
            e.flush();
            return code.code();
        });
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.AUTO));
        return cl;
    }

    static ExitCode exitCodeOf(Throwable t) {
        if (t instanceof ScenarioException || t instanceof UserInputException) {
            return ExitCode.INVALID_INPUT;
        }
        if (t instanceof InterruptedException || t.getCause() instanceof InterruptedException) {
            return ExitCode.INTERRUPTED;
        }
        if (t instanceof UncheckedIOException) {
            return ExitCode.INVALID_INPUT;
        }
        return ExitCode.FAILURE;
    }
}
