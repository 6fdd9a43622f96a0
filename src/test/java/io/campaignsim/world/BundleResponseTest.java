package io.campaignsim.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.population.GroundTruth;
import io.campaignsim.population.Population;
import io.campaignsim.population.PopulationGenerator;
import io.campaignsim.scenario.CategoryBundle;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the world responds to a recommended bundle of two categories (docs/model.md, "Bundles"):
 * its pull is ω (pull_j + pull_k) with ω = 0.6, clicks use ω (interest_j + interest_k), and the
 * bought category is j or k in proportion to their pulls.
 */
class BundleResponseTest {

    @Test
    void aBundlesPullIsTheAttentionWeightedSumOfItsTwo() throws Exception {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/cross-sell.yaml")).withSize(300);
        Population p = new PopulationGenerator(s).generate(1);
        GroundTruth t = p.truth();
        WorldModel w = new WorldModel(s);
        List<String> cats = s.catalog().categories();
        int furniture = cats.indexOf("furniture");
        int textiles = cats.indexOf("textiles");
        int rugs = cats.indexOf("rugs");
        int bundle = CategoryBundle.code(textiles, rugs);
        assertEquals("textiles+rugs", CategoryBundle.name(bundle, cats));
        int beats = 0;
        int persuadable = 0;
        for (int i = 0; i < 300; i++) {
            // Right after a sofa (cross-category lift on textiles and rugs).
            double pj = w.categoryPull(t, i, textiles, furniture, 3);
            double pk = w.categoryPull(t, i, rugs, furniture, 3);
            double none = w.effect(t, i, 0, -1, -1, furniture, 3, 0.0);
            double got = w.effect(t, i, 0, -1, bundle, furniture, 3, 0.0);
            if (none > 0) {
                persuadable++;
                assertEquals(none * WorldModel.BUNDLE_ATTENTION * (pj + pk), got, 1e-12 * Math.abs(got) + 1e-15);
                // The bundle beats its better category alone exactly when the weaker pulls more than 2/3 of it.
                double better = Math.max(w.effect(t, i, 0, -1, textiles, furniture, 3, 0.0),
                        w.effect(t, i, 0, -1, rugs, furniture, 3, 0.0));
                boolean wins = Math.min(pj, pk) > (1 - WorldModel.BUNDLE_ATTENTION) / WorldModel.BUNDLE_ATTENTION * Math.max(pj, pk);
                assertEquals(wins, got > better, "customer " + i);
                beats += wins ? 1 : 0;
            } else {
                assertEquals(none, got, 0.0, "no effect to scale: the bundle changes nothing");
            }
            double ij = w.categoryInterest(t, i, textiles, furniture, 3);
            double ik = w.categoryInterest(t, i, rugs, furniture, 3);
            double click1 = w.click(t, i, 0, textiles, furniture, 3);
            double clickB = w.click(t, i, 0, bundle, furniture, 3);
            assertEquals(Math.min(1.0, click1 / ij * WorldModel.BUNDLE_ATTENTION * (ij + ik)), clickB, 1e-12);
            // The bought category: textiles for u below its share of the pull, rugs above.
            double share = pj / (pj + pk);
            assertEquals(textiles, w.boughtCategory(t, i, bundle, furniture, 3, share * 0.999));
            assertEquals(rugs, w.boughtCategory(t, i, bundle, furniture, 3, Math.min(0.999999, share * 1.001 + 1e-9)));
            assertEquals(rugs, w.boughtCategory(t, i, rugs, furniture, 3, 0.0), "a single category is bought as is");
        }
        assertTrue(persuadable > 50, persuadable + " customers with a positive effect");
        assertTrue(beats > 0 && beats < persuadable, "the bundle wins for some customers and not for others: " + beats);
    }
}
