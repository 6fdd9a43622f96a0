package io.campaignsim.strategy.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.engine.ObservedHistory;
import io.campaignsim.engine.ObservedHistoryFactory;
import io.campaignsim.population.Population;
import io.campaignsim.population.PopulationGenerator;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScoreCacheTest {

    /** Scores customer i as i, and covers only even customers. */
    private static final CustomerPredictor EVEN = new CustomerPredictor() {
        @Override
        public Prediction prediction() {
            return Prediction.CLV;
        }

        @Override
        public int withinDays() {
            return 0;
        }

        @Override
        public String modelName() {
            return "index";
        }

        @Override
        public boolean covers(ObservedHistory h, int i, int day) {
            return i % 2 == 0;
        }

        @Override
        public double predict(ObservedHistory h, int i, int day) {
            return i + day;
        }
    };

    @Test
    void scoresOnTheFirstDayThenWeekly() throws Exception {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/quickstart.yaml")).withSize(100);
        Population p = new PopulationGenerator(s).generate(1);
        ObservedHistory h = ObservedHistoryFactory.of(p.observed(), s.horizonDays());
        ScoreCache cache = new ScoreCache(100);
        assertTrue(Double.isNaN(cache.score(0)), "nothing scored yet");
        assertTrue(cache.refresh(EVEN, h, 0), "the first scoring happens whatever the day");
        assertEquals(10.0, cache.score(10));
        assertTrue(Double.isNaN(cache.score(11)), "not covered");
        assertFalse(cache.refresh(EVEN, h, ScoreCache.RESCORE_DAYS - 1));
        assertEquals(10.0, cache.score(10));
        assertTrue(cache.refresh(EVEN, h, ScoreCache.RESCORE_DAYS));
        assertEquals(10.0 + ScoreCache.RESCORE_DAYS, cache.score(10));
        // 50 covered scores 7, 9, ..., 105: the top 20 % (10 customers) are those at or above 87
        assertEquals(87.0, cache.threshold(0.2));
        assertEquals(Double.NEGATIVE_INFINITY, cache.threshold(1.0));
    }
}
