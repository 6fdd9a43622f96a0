package io.campaignsim.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Process entry point: run the command line and exit with its code. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = Cli.commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
