package io.campaignsim.compare.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What makes a baseline stale: the world, not the policy under test. */
class ScenarioFingerprintTest {

    private static String world(String yaml) {
        return ScenarioFingerprint.worldSha256(yaml);
    }

    @Test
    void policyStrategiesAndCosmeticsKeepTheWorldHash() {
        String reformatted = "# a comment\n" + CheckFixtures.GOOD.replace("size: 2000", "size:   2000").replace("replications: 4", "replications: 9").replace("seed: 5", "seed: 6");
        assertEquals(world(CheckFixtures.GOOD), world(CheckFixtures.SPAM));
        assertEquals(world(CheckFixtures.GOOD), world(reformatted));
        // the holdout test's share changes no simulated figure, so a baseline stays valid
        assertEquals(world(CheckFixtures.GOOD), world(CheckFixtures.GOOD.replace("replications: 4",
                "replications: 4\nholdout_share: 0.3")));
    }

    @Test
    void populationChangeChangesTheWorldHash() {
        assertNotEquals(world(CheckFixtures.GOOD), world(CheckFixtures.BIGGER));
        assertNotEquals(world(CheckFixtures.GOOD), world(CheckFixtures.GOOD.replace("horizon_days: 14", "horizon_days: 15")));
    }

    @Test
    void fileHashCoversEveryByte() {
        assertNotEquals(ScenarioFingerprint.fileSha256(CheckFixtures.GOOD.getBytes(StandardCharsets.UTF_8)),
                ScenarioFingerprint.fileSha256(CheckFixtures.SPAM.getBytes(StandardCharsets.UTF_8)));
        assertEquals(64, ScenarioFingerprint.fileSha256(new byte[0]).length());
    }
}
