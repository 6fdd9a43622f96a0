package io.campaignsim.cli;

import picocli.CommandLine.Command;

/** Placeholder until the population package lands. */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "Generate a synthetic population.")
public final class GenerateCommand implements Runnable {
    @Override
    public void run() {}
}
