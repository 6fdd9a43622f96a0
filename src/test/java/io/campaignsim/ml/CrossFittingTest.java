package io.campaignsim.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CrossFittingTest {

    @Test
    void everyRowGetsExactlyOneOutOfFoldPrediction() {
        int n = 1_003;
        CrossFitting cv = new CrossFitting(n, 5, 42);
        FeatureMatrix x = new FeatureMatrix(n, 1, new double[n]);
        int[] calls = new int[n];

        double[] oof = cv.outOfFold(x, train -> {
            boolean[] inTrain = new boolean[n];
            for (int r : train) {
                inTrain[r] = true;
            }
            return (m, row) -> {
                assertFalse(inTrain[row], "row " + row + " scored by a model trained on it");
                calls[row]++;
                return row;
            };
        });

        for (int r = 0; r < n; r++) {
            assertEquals(1, calls[r], "row " + r);
            assertEquals(r, oof[r]);
        }
        for (int f = 0; f < 5; f++) {
            int size = cv.testRows(f).length;
            assertTrue(size == n / 5 || size == n / 5 + 1, "balanced folds: " + size);
            assertEquals(n, size + cv.trainRows(f).length);
        }
    }

    @Test
    void foldsAreDeterministicForASeed() {
        int[] a = folds(new CrossFitting(500, 4, 7));
        int[] b = folds(new CrossFitting(500, 4, 7));
        int[] c = folds(new CrossFitting(500, 4, 8));

        assertArrayEquals(a, b);
        assertFalse(java.util.Arrays.equals(a, c), "another seed gives another split");
    }

    @Test
    void outOfFoldUpliftIsHeldOutQuality() {
        UpliftData data = UpliftData.simulate(20_000, 0.5, 404);
        CrossFitting cv = new CrossFitting(data.x().n(), 2, 1);

        double[] oof = cv.outOfFold(data.x(),
                train -> TLearner.fit(data.x(), train, data.treated(), data.y(), FitOptions.ridge(1.0))::uplift);

        // Five null standard deviations of a correlation, as in UpliftLearnersTest.
        assertTrue(UpliftData.correlation(oof, data.trueUplift()) > 5 / Math.sqrt(oof.length));
    }

    @Test
    void rejectsTooFewFoldsOrRows() {
        assertThrows(IllegalArgumentException.class, () -> new CrossFitting(10, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new CrossFitting(3, 4, 0));
    }

    private static int[] folds(CrossFitting cv) {
        return IntStream.range(0, cv.size()).map(cv::fold).toArray();
    }
}
