package io.campaignsim.engine;

import io.campaignsim.policy.JourneyPolicy;
import io.campaignsim.population.Population;
import io.campaignsim.population.PopulationGenerator;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Small scenarios written inline and helpers to run them, shared by the engine tests. */
final class EngineFixtures {

    private EngineFixtures() {}

    /**
     * A scenario with one segment and the given uplift groups and policy blocks.
     *
     * @param size customers
     * @param days horizon
     * @param groups the uplift_groups block body (indented 4 spaces), e.g. "persuadable: { share: 1.0, effect: 0.05 }"
     * @param policy the policy block body (indented 2 spaces), or "" for no policy
     */
    static Scenario scenario(int size, int days, String groups, String policy) {
        String yaml = "name: t\nseed: 7\nhorizon_days: " + days + "\npopulation:\n  size: " + size + "\n"
                + "  segments:\n"
                + "    - { name: a, share: 0.5, purchase_rate: 0.01, churn_hazard: 0.002, avg_basket: 50 }\n"
                + "    - { name: b, share: 0.5, purchase_rate: 0.004, churn_hazard: 0.004, avg_basket: 80 }\n"
                + "  uplift_groups:\n" + indent(groups, 4)
                + "channels:\n"
                + "  email: { cost: 0.01, reach: 0.9, open_rate: 0.3, click_rate: 0.2, unsubscribe_rate: 0.01 }\n"
                + "  sms: { cost: 0.05, reach: 0.6, open_rate: 0.5, click_rate: 0.1, unsubscribe_rate: 0.02 }\n"
                + "  push: { cost: 0.0, reach: 0.4, open_rate: 0.1, click_rate: 0.1, unsubscribe_rate: 0.01 }\n"
                + "offers:\n  - { name: ten_off, discount: 0.10 }\n"
                + (policy.isEmpty() ? "" : "policy:\n" + indent(policy, 2));
        return new ScenarioLoader().parse(yaml, "test.yaml");
    }

    static String indent(String block, int spaces) {
        StringBuilder b = new StringBuilder();
        for (String line : block.split("\n")) {
            b.append(" ".repeat(spaces)).append(line).append('\n');
        }
        return b.toString();
    }

    static Population population(Scenario s) {
        return new PopulationGenerator(s).generate(2);
    }

    static SimulationResult run(Scenario s, Population p, int threads) {
        return run(s, p, threads, Stepping.DAILY);
    }

    static SimulationResult run(Scenario s, Population p, int threads, Stepping stepping) {
        try {
            return SimulationEngine.builder(s, p).threads(threads).stepping(stepping).policy(JourneyPolicy.factory(s)).build()
                    .run(SimulationEngine.RunOptions.of(0));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs with an event log and returns its rows. */
    static List<CSVRecord> events(Scenario s, Population p, Path dir) {
        return events(s, p, dir, Stepping.DAILY);
    }

    static List<CSVRecord> events(Scenario s, Population p, Path dir, Stepping stepping) {
        Path file = dir.resolve("events.csv.gz");
        try (EventLog log = new EventLog(file, s.channelNames(), s.offerNames(), s.catalog().categories())) {
            SimulationEngine.builder(s, p).threads(2).stepping(stepping).policy(JourneyPolicy.factory(s)).build()
                    .run(new SimulationEngine.RunOptions(0, log, d -> { }));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8))) {
            return new ArrayList<>(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)
                    .getRecords());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
