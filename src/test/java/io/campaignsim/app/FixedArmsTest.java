package io.campaignsim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixed-arm runs of a comparison (each distinct arm of the learning strategies played alone, for
 * regret against the best fixed arm) are counted before any work starts, so that the time guard and the
 * progress see them: the count is exactly the number of arm runs each replication then makes, and the
 * progress ends at its total.
 */
class FixedArmsTest {

    @Test
    void sendTimeStrategiesPlayTwentyFourHoursAlone() throws Exception {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/send-time.yaml"));
        // at_7h, at_20h and learned are send_time strategies with the same 24 hour arms (one run per label);
        // the oracle_send_time yardstick, the holdout and the journey policy add none
        assertEquals(24, FixedArms.count(s, s.strategies()));
        assertEquals(0, FixedArms.count(s, List.of(s.strategies().get(0), s.strategies().get(1))));
    }

    @Test
    void progressCountsEveryRunTheComparisonMakes(@TempDir Path tmp) throws Exception {
        List<int[]> calls = new ArrayList<>();
        CompareJob.Outcome o = new CompareJob().run(new CompareJob.Request(Path.of("scenarios/quickstart.yaml"), null, 2,
                7L, 10, 300L, 2, tmp.resolve("out"), false), (done, total) -> calls.add(new int[] {done, total}));
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/quickstart.yaml"));
        int arms = FixedArms.count(s, s.strategies());
        int total = 2 * (s.strategies().size() + arms);
        int[] last = calls.get(calls.size() - 1);
        assertEquals(total, last[0], "the last progress call reports every run done");
        assertEquals(total, last[1]);
        assertEquals(2 * s.strategies().size(), o.runs().size());
        assertEquals(calls.size() - 1, total, "one call at the start, then one per run");
        org.junit.jupiter.api.Assertions.assertTrue(arms > 0, "quickstart has bandits, so it has fixed arms to count");
    }
}
