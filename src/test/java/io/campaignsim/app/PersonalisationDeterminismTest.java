package io.campaignsim.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.compare.StrategyRun;
import io.campaignsim.engine.SimulationEngine;
import io.campaignsim.engine.SimulationResult;
import io.campaignsim.policy.JourneyPolicy;
import io.campaignsim.population.Population;
import io.campaignsim.population.PopulationGenerator;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import io.campaignsim.scenario.StrategySpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The send-time and channel learners give the same numbers on 1 and 2 threads: in the journey
 * policy ({@code send_time} and {@code channel_choice: learned}) and as compare strategies. The
 * population spans three shards, so two threads really run shards side by side.
 */
class PersonalisationDeterminismTest {

    private static final int SIZE = 2 * SimulationEngine.SHARD_SIZE + 1000;

    private static Scenario learnedPolicy() throws Exception {
        String yaml = Files.readString(Path.of("scenarios/channel.yaml"))
                .replace("channel_choice: { mode: preferred_observed, channel: email }",
                        "channel_choice: { mode: learned }\n  send_time: { mode: learned }");
        Path tmp = Files.createTempFile("learned", ".yaml");
        Files.writeString(tmp, yaml);
        return new ScenarioLoader().load(tmp).withSize(SIZE).withHorizonDays(20);
    }

    @Test
    void journeyPolicyLearnersAreThreadCountIndependent() throws Exception {
        Scenario s = learnedPolicy();
        assertTrue(s.policy().sendTime().learned() && s.policy().channelChoice().learned());
        Population p = new PopulationGenerator(s).generate(2);
        SimulationResult one = SimulationEngine.builder(s, p).threads(1).policy(JourneyPolicy.factory(s)).build()
                .run(SimulationEngine.RunOptions.of(0));
        SimulationResult two = SimulationEngine.builder(s, p).threads(2).policy(JourneyPolicy.factory(s)).build()
                .run(SimulationEngine.RunOptions.of(0));
        assertEquals(one.total(), two.total());
        assertEquals(one.daily(), two.daily());
        assertEquals(one.segmentChannel(), two.segmentChannel());
        assertEquals(one.sendTime(), two.sendTime());
    }

    @Test
    void sendTimeAndChannelStrategiesAreThreadCountIndependent() throws Exception {
        Scenario s = learnedPolicy().withReplications(1);
        List<StrategySpec> specs = new ScenarioLoader().load(Path.of("scenarios/send-time.yaml")).strategies().stream()
                .filter(st -> st.name().equals("learned")).toList();
        List<StrategySpec> channel = s.strategies().stream().filter(st -> st.name().equals("learned")).toList();
        List<StrategySpec> both = List.of(specs.get(0), new StrategySpec("learned_channel", channel.get(0).typeInfo(),
                channel.get(0).params(), null));
        List<StrategyRun> one = new CompareJob().simulate(s, both, 1, (d, t) -> { });
        List<StrategyRun> two = new CompareJob().simulate(s, both, 2, (d, t) -> { });
        assertEquals(2, one.size());
        for (int k = 0; k < one.size(); k++) {
            assertEquals(one.get(k).result().total(), two.get(k).result().total(), one.get(k).strategy());
            assertEquals(one.get(k).result().sendTime(), two.get(k).result().sendTime(), one.get(k).strategy());
            assertArrayEquals(one.get(k).armPullsByDay(), two.get(k).armPullsByDay(), one.get(k).strategy());
        }
    }
}
