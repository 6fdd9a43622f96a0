package io.campaignsim.strategy.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.policy.ChannelLearner;
import io.campaignsim.policy.SendTimeLearner;
import io.campaignsim.population.PopulationBudget;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import io.campaignsim.scenario.StrategySpec;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Issue #18's memory budget: at most 64 bytes of learning state per customer per learned
 * dimension, and the memory guards count it (the population guard for the journey policy's
 * learners, StrategyFootprint for the strategies).
 */
class PersonalisationFootprintTest {

    @Test
    void learningStateIsAtMost64BytesPerCustomerPerDimension() {
        assertTrue(SendTimeLearner.bytesPerCustomer() <= 64);
        assertTrue(io.campaignsim.policy.WeekdayLearner.bytesPerCustomer() <= 64);
        // Channels are a bit mask in an int (at most 31); the policy's learner adds 4 bytes of the last contact.
        for (int channels = 1; channels <= 30; channels++) {
            assertTrue(ChannelLearner.bytesPerCustomer(channels) + PopulationBudget.CHANNEL_LEARNING_BYTES <= 64,
                    channels + " channels");
        }
    }

    @Test
    void theGuardsCountWhatTheLearnersHold() throws Exception {
        assertEquals(SendTimeLearner.bytesPerCustomer(), PopulationBudget.SEND_TIME_LEARNING_BYTES);
        assertEquals(ChannelLearner.bytesPerCustomer(3), 3 * PopulationBudget.CHANNEL_LEARNING_BYTES_PER_CHANNEL);
        Scenario send = new ScenarioLoader().load(Path.of("scenarios/send-time.yaml"));
        Scenario channel = new ScenarioLoader().load(Path.of("scenarios/channel.yaml"));
        assertEquals(0, PopulationBudget.policyLearningBytes(send), "send-time.yaml's own policy sends at 10 h");
        StrategySpec learned = send.strategies().stream().filter(s -> s.name().equals("learned")).findFirst().orElseThrow();
        StrategySpec fixed = send.strategies().stream().filter(s -> s.name().equals("at_7h")).findFirst().orElseThrow();
        StrategySpec ch = channel.strategies().stream().filter(s -> s.name().equals("learned")).findFirst().orElseThrow();
        assertEquals(33, StrategyFootprint.bytesPerCustomer(learned, send));
        assertEquals(0, StrategyFootprint.bytesPerCustomer(fixed, send));
        assertEquals(6, StrategyFootprint.bytesPerCustomer(ch, channel));
        // The weekday: its own 16 bytes (7 log-likelihoods and the held day), beside the hour's 33.
        assertEquals(io.campaignsim.policy.WeekdayLearner.bytesPerCustomer(), PopulationBudget.WEEKDAY_LEARNING_BYTES);
        Scenario weekday = new ScenarioLoader().load(Path.of("scenarios/send-weekday.yaml"));
        StrategySpec both = weekday.strategies().stream().filter(s -> s.name().equals("hour_and_weekday_learned"))
                .findFirst().orElseThrow();
        StrategySpec tuesday = weekday.strategies().stream().filter(s -> s.name().equals("hour_learned_tuesday"))
                .findFirst().orElseThrow();
        assertEquals(33 + 16, StrategyFootprint.bytesPerCustomer(both, weekday));
        assertEquals(33 + 16, StrategyFootprint.bytesPerCustomer(tuesday, weekday), "a fixed weekday counted as learned: a bound");
    }
}
