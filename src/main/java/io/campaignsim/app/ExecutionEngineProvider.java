package io.campaignsim.app;

/**
 * A pluggable engine, found with {@link java.util.ServiceLoader}: the Spark engine lives in its own
 * source set ({@code src/spark}, Maven profile {@code spark}) so that the plain jar does not carry
 * Spark, and registers itself through this interface.
 */
public interface ExecutionEngineProvider {

    /** The {@code --engine} word that selects this engine. */
    String name();

    /**
     * Opens the engine.
     *
     * @param master the cluster address ({@code --master}), or null for the one the launcher set
     *     (e.g. {@code spark-submit --master})
     * @throws io.campaignsim.core.UserInputException for a bad or unreachable address
     */
    ExecutionEngine open(String master);
}
