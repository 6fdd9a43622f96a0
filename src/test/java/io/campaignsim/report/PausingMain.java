package io.campaignsim.report;

import io.campaignsim.cli.Cli;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Test entry point for kill tests: runs the real command line, but when the output commit reaches
 * step {@code args[0]} for the {@code args[1]}-th time it prints {@code PAUSED <step>} on stderr and
 * waits, so the test can kill the process exactly between two commit steps (no timing involved).
 *
 * <p>Usage: {@code java -cp ... io.campaignsim.report.PausingMain READY 1 simulate S.yaml --out DIR}
 */
public final class PausingMain {

    private PausingMain() {}

    public static void main(String[] args) throws InterruptedException {
        AtomicOutputDirectory.Step pauseAt = AtomicOutputDirectory.Step.valueOf(args[0]);
        int occurrence = Integer.parseInt(args[1]);
        int[] seen = {0};
        // The hook is per thread; the commands commit on the thread that runs them, this one.
        AtomicOutputDirectory.setHook(step -> {
            if (step == pauseAt && ++seen[0] == occurrence) {
                System.err.println("PAUSED " + step);
                System.err.flush();
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = Cli.commandLine(out, err).execute(Arrays.copyOfRange(args, 2, args.length));
        System.exit(code);
    }
}
