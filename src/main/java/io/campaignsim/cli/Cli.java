package io.campaignsim.cli;

import io.campaignsim.core.ClusterFault;
import io.campaignsim.core.IoFaults;
import io.campaignsim.core.OneLine;
import io.campaignsim.core.UserInputException;
import io.campaignsim.scenario.ScenarioException;
import java.io.IOException;
import java.io.PrintWriter;
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
            IOException io = ioFault(ex);
            if (ex instanceof ScenarioException se) {
                se.lines().forEach(line -> e.println(OneLine.of(line)));
            } else if (ex instanceof ClusterFault) {
                e.println(OneLine.of("campaignsim: " + ex.getMessage()));
            } else if (ex instanceof UserInputException) {
                // its message already names the path and the cause, better than the wrapped I/O error
                e.println(OneLine.of("campaignsim: " + ex.getMessage()));
            } else if (io != null && code == ExitCode.INVALID_INPUT) {
                e.println(OneLine.of("campaignsim: " + IoFaults.describe(io, "read or write", null)));
            } else if (code == ExitCode.INVALID_INPUT || code == ExitCode.INTERRUPTED) {
                e.println(OneLine.of("campaignsim: " + ex.getMessage()));
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
        if (IoFaults.isInterruption(t) || IoFaults.isInterruption(t.getCause())) {
            return ExitCode.INTERRUPTED;
        }
        if (ioFault(t) != null) {
            return ExitCode.INVALID_INPUT;
        }
        return ExitCode.FAILURE;
    }

    /**
     * The file-system fault behind {@code t} (permission denied, disk full, read-only file
     * system…), or null. Such faults are the environment's, not a bug: one line, exit code 2.
     */
    static IOException ioFault(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof IOException io) {
                // a parser's or serializer's exception is about content, not the file system
                return c.getClass().getName().startsWith("com.fasterxml.") ? null : io;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }
}
