package io.campaignsim.population;

import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The quickstart scenario, optionally edited, and small helpers shared by the population tests. */
final class TestScenarios {

    static final Path QUICKSTART = Path.of("scenarios/quickstart.yaml");

    private TestScenarios() {}

    static Scenario quickstart() {
        return new ScenarioLoader().load(QUICKSTART);
    }

    /** Quickstart with one literal piece of text replaced (e.g. a different affinity correlation). */
    static Scenario quickstartWith(String from, String to) {
        try {
            String text = Files.readString(QUICKSTART);
            if (!text.contains(from)) {
                throw new IllegalStateException("quickstart.yaml no longer contains " + from);
            }
            return new ScenarioLoader().parse(text.replace(from, to), "edited-quickstart.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String csv(Population p, Scenario s, boolean withTruth) {
        StringWriter w = new StringWriter();
        try {
            PopulationCsv.write(p, s, w, withTruth);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
