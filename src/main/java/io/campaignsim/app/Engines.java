package io.campaignsim.app;

import io.campaignsim.core.UserInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Opens the engine that {@code --engine} names. */
public final class Engines {

    private Engines() {}

    /**
     * @param name {@code local}, or the name of an engine on the class path ({@code spark})
     * @param master the cluster address, or null; only cluster engines take one
     */
    public static ExecutionEngine open(String name, String master) {
        if (name == null || LocalEngine.NAME.equals(name)) {
            if (master != null) {
                throw new UserInputException("--master " + master + " applies only to a cluster engine; expected "
                        + "--engine spark with it, or no --master for the local engine");
            }
            return new LocalEngine();
        }
        List<String> known = new ArrayList<>(List.of(LocalEngine.NAME));
        try {
            for (ExecutionEngineProvider p : ServiceLoader.load(ExecutionEngineProvider.class)) {
                if (p.name().equals(name)) {
                    return p.open(master);
                }
                known.add(p.name());
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            // a provider is registered but its classes (or Spark's) cannot be loaded: treated as absent
        }
        if ("spark".equals(name)) {
            throw new UserInputException("--engine spark needs the Spark engine, which this build of campaignsim does "
                    + "not include; expected the jar built with `mvn -Pspark package`, run with spark-submit "
                    + "(see docs/distributed.md), or --engine local");
        }
        throw new UserInputException("--engine " + name + " is not an engine of this build; expected one of "
                + String.join(", ", known));
    }
}
