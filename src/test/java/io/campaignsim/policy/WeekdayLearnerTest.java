package io.campaignsim.policy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.engine.ObservedHistory;
import io.campaignsim.engine.ObservedHistoryFactory;
import io.campaignsim.population.Population;
import io.campaignsim.population.PopulationGenerator;
import io.campaignsim.random.Draws;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WeekdayLearnerTest {

    @Test
    void segmentLevelFindsTheSegmentsWeekdays() throws Exception {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/send-weekday.yaml")).withSize(4000);
        Population p = new PopulationGenerator(s).generate(1);
        ObservedHistory h = ObservedHistoryFactory.of(p.observed(), s.horizonDays());
        WeekdayLearner l = new WeekdayLearner(h, 1, 7, -1, new io.campaignsim.random.KeyedUniforms(1, io.campaignsim.random.RandomStreams.Purpose.PERSONALISATION));
        Draws draws = new Draws(5);
        for (int day = 0; day < 140; day++) {
            for (int i = 0; i < 4000; i++) {
                if ((i + day) % 7 == 0 || (i * 7 + day) % 5 == 0) {
                    double r = 0.4 * (WeekdayLearner.weekday(day) == p.truth().preferredWeekday(i) ? 1.3 : 0.95);
                    l.record(i, day, draws.nextDouble() < r);
                }
            }
            l.endOfDay();
            if (day % 20 == 19) {
                StringBuilder b = new StringBuilder("day " + day);
                for (int g = 0; g < 2; g++) {
                    b.append(String.format(" | seg %d a %.3f b %.3f pi", g, l.openRate(g, true), l.openRate(g, false)));
                    for (int w = 0; w < 7; w++) {
                        b.append(String.format(" %.2f", l.weekdayShare(g, w)));
                    }
                }
                System.out.println(b);
            }
        }
    }
}
