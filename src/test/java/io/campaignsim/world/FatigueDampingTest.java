package io.campaignsim.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.population.GroundTruth;
import io.campaignsim.population.Population;
import io.campaignsim.population.PopulationGenerator;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The engine computes exp(-fatigue) once per contact ({@link WorldModel#fatigueDamping}) and decides
 * unsubscribes without exp(fatigue) ({@link WorldModel#unsubscribes}); the results must be the plain
 * methods' to the last bit, or the daily engine's output would change.
 */
class FatigueDampingTest {

    @Test
    void dampedMethodsEqualThePlainOnesBitForBit() throws Exception {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/cross-sell.yaml")).withSize(400);
        Population p = new PopulationGenerator(s).generate(1);
        GroundTruth t = p.truth();
        WorldModel w = new WorldModel(s);
        SplittableRandom rnd = new SplittableRandom(11);
        int sleepingDogs = 0;
        int decidedExactly = 0;
        for (int i = 0; i < t.size(); i++) {
            sleepingDogs += t.upliftGroup(i) == GroundTruth.SLEEPING_DOG ? 1 : 0;
            for (int trial = 0; trial < 20; trial++) {
                int c = rnd.nextInt(w.channels());
                double f = trial == 0 ? 0.0 : rnd.nextDouble() * (trial < 15 ? 3.0 : 40.0);
                double damping = WorldModel.fatigueDamping(f);
                assertEquals(Math.exp(-f), damping, 0.0);
                int hour = rnd.nextInt(24);
                assertEquals(w.open(t, i, c, hour, trial % 7, f), w.openDamped(t, i, c, hour, trial % 7, damping), 0.0);
                int category = rnd.nextInt(t.categories() + 1) - 1;
                assertEquals(w.effect(t, i, c, 0, category, 0, 5, f),
                        w.effectDamped(t, i, c, 0, category, 0, 5, damping), 0.0);
                double p0 = w.unsubscribe(t, i, c, f);
                // Uniforms at and right around the probability (where only the exact fallback can decide),
                // and anywhere in [0, 1).
                double[] us = {p0, Math.nextDown(p0), Math.nextUp(p0), p0 * (1 + 1e-10), p0 * (1 - 1e-10), rnd.nextDouble(),
                        0.0, Math.nextDown(1.0)};
                for (double u : us) {
                    if (u < 0 || u >= 1) {
                        continue;
                    }
                    assertEquals(u < p0, w.unsubscribes(t, i, c, f, damping, u), "customer " + i + " f=" + f + " u=" + u);
                    decidedExactly += Math.abs(u * damping - p0 * damping) < 1e-9 * p0 ? 1 : 0;
                }
            }
        }
        assertTrue(sleepingDogs > 0, "the doubled rate of sleeping dogs is covered");
        assertTrue(decidedExactly > 0, "the exact fallback is covered");
    }
}
