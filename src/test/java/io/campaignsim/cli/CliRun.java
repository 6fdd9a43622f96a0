package io.campaignsim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the real command line in-process with captured output, for the CLI tests. */
final class CliRun {

    private CliRun() {}

    /** What a run printed and returned. */
    record Result(int exit, String out, String err) {}

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
