package io.campaignsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.world.WorldModel;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The daily engine's churn bound after a send comes from a table ({@link HiddenState#factorBound})
 * instead of an exp: it must stay an upper bound of the exact fatigue factor at every sum (or a churn
 * could be missed), and close to it (or the exact check would run on many more days).
 */
class ChurnFactorBoundTest {

    @Test
    void tableBoundIsAnUpperBoundWithinTwoGridSteps() {
        SplittableRandom rnd = new SplittableRandom(3);
        double slack = Math.exp(WorldModel.CHURN_FATIGUE * 2 / 16.0) * (1 + 1e-6); // two grid steps and a float's rounding
        for (int k = 0; k < 200_000; k++) {
            double sum;
            if (k % 4 == 0) {
                double grid = rnd.nextInt(64 * 16) / 16.0; // on and right around the grid points
                sum = switch (k % 3) {
                    case 0 -> grid;
                    case 1 -> Math.nextDown(grid);
                    default -> Math.nextUp(grid);
                };
            } else {
                sum = rnd.nextDouble() * (k % 2 == 0 ? 1.0 : 70.0);
            }
            if (sum <= 0) {
                continue;
            }
            double exact = Math.exp(WorldModel.CHURN_FATIGUE * sum);
            float bound = HiddenState.factorBound(sum);
            assertTrue(bound >= exact, "sum " + sum + ": bound " + bound + " below " + exact);
            assertTrue(bound > 1f, "a fatigue above 0 never reads as 'no fatigue ever' (bound 1)");
            if (sum < 63.8) {
                assertTrue(bound <= exact * slack, "sum " + sum + ": bound " + bound + " too loose against " + exact);
            }
        }
        assertEquals(Float.POSITIVE_INFINITY, HiddenState.factorBound(64.0), 0.0);
        assertEquals(Float.POSITIVE_INFINITY, HiddenState.factorBound(1e9), 0.0);
    }
}
