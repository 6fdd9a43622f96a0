package io.campaignsim.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.campaignsim.stats.Calibration;
import io.campaignsim.stats.CalibrationBin;
import io.campaignsim.stats.Curve;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelCurvesTest {

    private static UpliftCurves curves(double... x) {
        double[] zero = new double[x.length];
        return new UpliftCurves(new Curve(x, x), new Curve(x, x), new Curve(x, zero));
    }

    @Test
    void nothingToAverageIsNull() {
        assertNull(ModelCurves.meanUplift(List.of()));
        assertNull(ModelCurves.meanCalibration(List.of()));
    }

    @Test
    void curvesOfAnotherLengthAreLeftOutRatherThanMisaligned() {
        UpliftCurves mean = ModelCurves.meanUplift(List.of(curves(0, 0.5, 1), curves(0, 1), curves(0, 0.5, 1)));
        assertArrayEquals(new double[] {0, 0.5, 1}, mean.model().value(), 0);
        Calibration full = new Calibration(List.of(new CalibrationBin(0.1, 0.2, 5), new CalibrationBin(0.3, 0.3, 5)), 0.05);
        Calibration short1 = new Calibration(List.of(new CalibrationBin(0.9, 0.9, 1)), 0);
        Calibration mean2 = ModelCurves.meanCalibration(List.of(short1, full));
        assertEquals(2, mean2.bins().size());
        assertEquals(0.2, mean2.bins().get(0).meanTruth(), 0);
        assertEquals(0.05, mean2.meanAbsoluteError(), 0);
    }

    @Test
    void theThreeCurvesMustShareTheirFractions() {
        double[] x = {0, 1};
        assertThrows(IllegalArgumentException.class, () -> new UpliftCurves(new Curve(x, x), new Curve(x, x),
                new Curve(new double[] {0, 0.9}, x)));
    }
}
