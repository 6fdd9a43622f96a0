package io.campaignsim.report.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.campaignsim.core.UserInputException;
import io.campaignsim.core.Version;
import io.campaignsim.scenario.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a compare run was, beyond the comparison itself: the scenario and the effective seed and size
 * after command-line overrides. Saved as {@code run.json} beside comparison.json so that
 * {@code report} can print them without the scenario file.
 *
 * @param scenario scenario name
 * @param description scenario description, or null
 * @param seed root seed
 * @param customers customers per replication
 * @param version campaignsim version that ran the comparison
 * @param stepping how the engine advanced time ({@code daily} or {@code next-event}); {@value #DAILY} for a
 *     run.json written before it was recorded (only the daily engine existed then)
 * @param runSeconds wall-clock time of the simulations, NaN when unknown (the only figure that
 *     differs between two runs of the same scenario and seed)
 */
public record RunFacts(String scenario, String description, long seed, long customers, String version,
        String stepping, double runSeconds) {

    public static final String FILE = "run.json";

    /** The stepping of the reference engine, and of every run from before the stepping was recorded. */
    public static final String DAILY = "daily";

    /** Facts of a run on the daily engine. */
    public RunFacts(String scenario, String description, long seed, long customers, String version, double runSeconds) {
        this(scenario, description, seed, customers, version, DAILY, runSeconds);
    }

    /** The facts of a daily run of {@code s} (with its overrides applied). */
    public static RunFacts of(Scenario s, double runSeconds) {
        return of(s, DAILY, runSeconds);
    }

    /** The facts of a run of {@code s} (with its overrides applied) whose engine advanced time by {@code stepping}. */
    public static RunFacts of(Scenario s, String stepping, double runSeconds) {
        return new RunFacts(s.name(), s.description(), s.seed(), s.population().size(), Version.current(), stepping,
                runSeconds);
    }

    /** The JSON text, keys in a fixed order, ending with a newline. */
    public String render() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("scenario", scenario);
        root.put("description", description);
        root.put("seed", seed);
        root.put("customers", customers);
        root.put("campaignsim_version", version);
        root.put("stepping", stepping);
        if (Double.isFinite(runSeconds)) {
            root.put("run_seconds", Math.round(runSeconds * 10) / 10.0);
        }
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a tree of plain values always serialises
        }
    }

    /** Writes {@link #FILE} into {@code dir}. */
    public Path write(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        Files.writeString(file, render(), StandardCharsets.UTF_8);
        return file;
    }

    /** The facts saved in {@code dir}, or empty if there are none (folders from before run.json existed). */
    public static Optional<RunFacts> read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode n = new ObjectMapper().readTree(file.toFile());
            JsonNode d = n.get("description");
            return Optional.of(new RunFacts(n.path("scenario").asText(), d == null || d.isNull() ? null : d.asText(),
                    n.path("seed").asLong(), n.path("customers").asLong(), n.path("campaignsim_version").asText("unknown"),
                    n.path("stepping").asText(DAILY), n.has("run_seconds") ? n.get("run_seconds").asDouble() : Double.NaN));
        } catch (JsonProcessingException e) {
            throw new UserInputException(file + ": not valid JSON; expected run.json as 'compare' writes it");
        }
    }
}
