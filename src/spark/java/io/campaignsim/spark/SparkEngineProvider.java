package io.campaignsim.spark;

import io.campaignsim.app.ExecutionEngine;
import io.campaignsim.app.ExecutionEngineProvider;

/** Registers the Spark engine as {@code --engine spark} (META-INF/services). */
public final class SparkEngineProvider implements ExecutionEngineProvider {

    @Override
    public String name() {
        return SparkEngine.NAME;
    }

    @Override
    public ExecutionEngine open(String master) {
        return SparkEngine.open(master);
    }
}
