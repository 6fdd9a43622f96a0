package io.campaignsim.cli;

import io.campaignsim.app.Engines;
import io.campaignsim.app.ExecutionEngine;
import picocli.CommandLine.Option;

/**
 * The shared {@code --engine} and {@code --master} options: where replications run. Results are
 * identical on every engine (docs/distributed.md).
 */
public final class EngineOptions {

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "local",
            description = "Where the work runs: local (this machine's threads, the default) or spark (a Spark cluster: "
                    + "one task per replication, or for simulate per customer range; needs the jar built with -Pspark, "
                    + "see docs/distributed.md). Results are identical.")
    String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master for --engine spark: local[N], spark://HOST:PORT, yarn or k8s://URL "
                    + "(default: the one spark-submit sets).")
    String master;

    /** Opens the chosen engine; the caller closes it. */
    public ExecutionEngine open() {
        return Engines.open(engine, master);
    }
}
