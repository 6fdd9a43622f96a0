package io.campaignsim.report.sim;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.campaignsim.core.Metric;
import io.campaignsim.core.Version;
import io.campaignsim.engine.Kpis;
import io.campaignsim.engine.SimulationResult;
import io.campaignsim.report.JourneysJson;
import io.campaignsim.report.Numbers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code summary.json}: totals of the policy run, of its no-contact twin and their difference, plus
 * derived rates. Keys are written in a fixed order, numbers are rounded (metrics to 4 decimals,
 * rates to 6) and there is no time of day in it, so the same result always gives the same bytes.
 * See docs/outputs.md.
 */
public final class SummaryJson {

    public static final String FILE = "summary.json";

    private SummaryJson() {}

    /** Writes {@link #FILE} into {@code dir}; returns its path. */
    public static Path write(SimulationResult r, Path dir) throws IOException {
        return write(r, JourneysJson.Totals.of(io.campaignsim.engine.JourneyCounts.NONE), dir);
    }

    /** As {@link #write(SimulationResult, Path)}, with the policy's journey and rule counts. */
    public static Path write(SimulationResult r, JourneysJson.Totals journeys, Path dir) throws IOException {
        return write(r, journeys, List.of(), dir);
    }

    /**
     * As {@link #write(SimulationResult, JourneysJson.Totals, Path)}, with {@code dailyEvaluation}, the policy's
     * conditions that the engine evaluates every day because its time analysis does not cover them
     * (policy.JourneyPolicy#dailyEvaluation); the key is left out when there are none.
     */
    public static Path write(SimulationResult r, JourneysJson.Totals journeys, List<String> dailyEvaluation, Path dir)
            throws IOException {
        Path file = dir.resolve(FILE);
        Files.writeString(file, render(r, journeys, dailyEvaluation), StandardCharsets.UTF_8);
        return file;
    }

    /**
     * As {@link #write(SimulationResult, JourneysJson.Totals, List, Path)}, with an {@code engine} object (stepping
     * and notes, docs/outputs.md) when {@code stepping} is not the daily engine's.
     */
    public static Path write(SimulationResult r, JourneysJson.Totals journeys, List<String> dailyEvaluation,
            String stepping, List<String> notes, Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        Files.writeString(file, render(r, journeys, dailyEvaluation, stepping, notes), StandardCharsets.UTF_8);
        return file;
    }

    /** The JSON text, ending with a newline (no journeys or rules). */
    public static String render(SimulationResult r) {
        return render(r, JourneysJson.Totals.of(io.campaignsim.engine.JourneyCounts.NONE));
    }

    /** The JSON text, ending with a newline. */
    public static String render(SimulationResult r, JourneysJson.Totals journeys) {
        return render(r, journeys, List.of());
    }

    /** The JSON text with the {@code daily_evaluation} notes (left out when empty), ending with a newline. */
    public static String render(SimulationResult r, JourneysJson.Totals journeys, List<String> dailyEvaluation) {
        return render(r, journeys, dailyEvaluation, "daily", List.of());
    }

    /** As {@link #render(SimulationResult, JourneysJson.Totals, List)}, with the engine object unless "daily". */
    public static String render(SimulationResult r, JourneysJson.Totals journeys, List<String> dailyEvaluation,
            String stepping, List<String> notes) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("campaignsim_version", Version.current());
        root.put("scenario", r.scenarioName());
        root.put("seed", r.seed());
        root.put("replication", r.replication());
        root.put("customers", r.customers());
        root.put("days", r.days());
        strings(root.putArray("channels"), r.channels());
        strings(root.putArray("segments"), r.segments());
        kpis(root.putObject("totals"), r.total(), r.channels());
        kpis(root.putObject("no_contact"), r.counterfactualTotal(), r.channels());
        kpis(root.putObject("incremental"), r.incremental(), r.channels());
        ObjectNode rates = root.putObject("rates");
        for (Rates.Rate rate : Rates.of(r).list()) {
            rates.put(rate.key(), Numbers.decimal(rate.value(), Numbers.RATE_SCALE));
        }
        JourneysJson.put(root, journeys);
        if (!dailyEvaluation.isEmpty()) {
            strings(root.putArray("daily_evaluation"), dailyEvaluation);
        }
        if (!"daily".equals(stepping)) {
            ObjectNode engine = root.putObject("engine");
            engine.put("stepping", stepping);
            strings(engine.putArray("notes"), notes);
        }
        try {
            return writer().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a tree of plain values always serialises
        }
    }

    private static void kpis(ObjectNode node, Kpis k, List<String> channels) {
        for (Metric m : Metric.values()) {
            node.put(m.key(), Numbers.decimal(k.get(m), Numbers.METRIC_SCALE));
        }
        ObjectNode byChannel = node.putObject("contacts_by_channel");
        for (int c = 0; c < channels.size(); c++) {
            byChannel.put(channels.get(c), Numbers.decimal(k.contacts(c), Numbers.METRIC_SCALE));
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    // "\n" line ends whatever the platform, so files compare byte for byte across machines.
    private static ObjectWriter writer() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).writer(printer);
    }
}
