package io.campaignsim.policy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.engine.ActionBuffer;
import io.campaignsim.engine.ContactPolicy;
import io.campaignsim.engine.SimulationEngine;
import io.campaignsim.population.GroundTruth;
import io.campaignsim.population.Population;
import io.campaignsim.population.PopulationGenerator;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code send_time: learned} on a world with known hidden hours: the share of sends at each
 * customer's true best hour rises over time.
 */
class SendTimeLearningTest {

    /** Counts deliveries per window, and those at the customer's hidden preferred hour. */
    private static final class Counting implements ContactPolicy {
        final ContactPolicy inner;
        final GroundTruth truth;
        final long[] sent;
        final long[] atBest;
        final int window;

        Counting(ContactPolicy inner, GroundTruth truth, int days, int window) {
            this.inner = inner;
            this.truth = truth;
            this.window = window;
            this.sent = new long[(days + window - 1) / window];
            this.atBest = new long[sent.length];
        }

        @Override
        public void propose(int customer, int day, ActionBuffer out) {
            inner.propose(customer, day, out);
        }

        @Override
        public synchronized void onDelivered(int customer, int day, int source, int channel, int hour, boolean opened) {
            sent[day / window]++;
            int d = Math.abs(hour - truth.preferredHour(customer));
            if (Math.min(d, 24 - d) <= 1) {
                atBest[day / window]++;
            }
            inner.onDelivered(customer, day, source, channel, hour, opened);
        }

        @Override
        public void onPurchase(int customer, int day, double profit) {
            inner.onPurchase(customer, day, profit);
        }

        @Override
        public void onUnsubscribe(int customer, int day) {
            inner.onUnsubscribe(customer, day);
        }

        @Override
        public void endOfDay(int day) {
            inner.endOfDay(day);
        }
    }

    @Test
    void shareOfSendsAtTheTrueBestHourRises() throws Exception {
        String yaml = Files.readString(Path.of("scenarios/send-time.yaml"))
                .replace("send_time: { mode: fixed, hour: 10 }", "send_time: { mode: learned }");
        Path file = Files.createTempFile("send-time", ".yaml");
        Files.writeString(file, yaml);
        Scenario s = new ScenarioLoader().load(file).withSize(5000);
        Population p = new PopulationGenerator(s).generate(1);
        Counting[] holder = new Counting[1];
        SimulationEngine engine = SimulationEngine.builder(s, p).threads(1).policy(h -> {
            holder[0] = new Counting(JourneyPolicy.factory(s).apply(h), p.truth(), s.horizonDays(), 10);
            return holder[0];
        }).build();
        engine.run(SimulationEngine.RunOptions.of(0));
        Counting c = holder[0];
        for (int w = 0; w < c.sent.length; w++) {
            System.out.printf("window %d: %d sends, %.3f at best%n", w, c.sent[w], c.atBest[w] / (double) c.sent[w]);
        }
        double first = c.atBest[0] / (double) c.sent[0];
        double last = c.atBest[c.sent.length - 1] / (double) c.sent[c.sent.length - 1];
        assertTrue(last > first, first + " -> " + last);
    }
}
