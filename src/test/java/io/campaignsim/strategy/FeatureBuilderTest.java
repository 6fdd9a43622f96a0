package io.campaignsim.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FeatureBuilderTest {

    @Test
    void tabledLog1pIsMathLog1pToTheLastBit() {
        // The table must not change a single feature: every count inside it, both ends, and the
        // counts just past it (computed) and far past or before it.
        int[] edges = {8191, 8192, 8193, 100_000, Integer.MAX_VALUE, -1, -1000, Integer.MIN_VALUE};
        for (int k = 0; k < 8192; k++) {
            assertEquals(Double.doubleToRawLongBits(Math.log1p(k)), Double.doubleToRawLongBits(FeatureBuilder.log1p(k)), "log1p(" + k + ")");
        }
        for (int k : edges) {
            assertEquals(Double.doubleToRawLongBits(Math.log1p(k)), Double.doubleToRawLongBits(FeatureBuilder.log1p(k)), "log1p(" + k + ")");
        }
    }
}
