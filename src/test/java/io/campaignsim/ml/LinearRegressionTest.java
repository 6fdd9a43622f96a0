package io.campaignsim.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.campaignsim.random.Draws;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;

class LinearRegressionTest {

    private static double[][] rows(int n, Draws draws) {
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = new double[] {draws.nextGaussian(), 50 + 10 * draws.nextGaussian(), draws.nextDouble()};
        }
        return rows;
    }

    private static double[] outcomes(double[][] rows, Draws draws) {
        double[] y = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            y[i] = 2 + 1.5 * rows[i][0] - 0.1 * rows[i][1] + 4 * rows[i][2] + draws.nextGaussian();
        }
        return y;
    }

    @Test
    void withoutPenaltyAgreesWithOrdinaryLeastSquares() {
        Draws draws = new Draws(1);
        double[][] rows = rows(500, draws);
        double[] y = outcomes(rows, draws);
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, rows);

        double[] fit = LinearRegression.fit(FeatureMatrix.of(rows), y, null, 0.0).coefficients();

        assertArrayEquals(ols.estimateRegressionParameters(), fit, 1e-9);
    }

    @Test
    void integerWeightsEqualDuplicatedRows() {
        Draws draws = new Draws(2);
        double[][] rows = rows(50, draws);
        double[] y = outcomes(rows, draws);
        double[] w = new double[50];
        java.util.List<double[]> dupRows = new java.util.ArrayList<>();
        java.util.List<Double> dupY = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            w[i] = 1 + i % 3;
            for (int k = 0; k < w[i]; k++) {
                dupRows.add(rows[i]);
                dupY.add(y[i]);
            }
        }
        double[] weighted = LinearRegression.fit(FeatureMatrix.of(rows), y, w, 3.0).coefficients();
        double[] duplicated = LinearRegression.fit(FeatureMatrix.of(dupRows.toArray(double[][]::new)),
                dupY.stream().mapToDouble(Double::doubleValue).toArray(), null, 3.0).coefficients();

        assertArrayEquals(duplicated, weighted, 1e-10);
    }

    @Test
    void aHugePenaltyShrinksSlopesToZeroButNotTheIntercept() {
        Draws draws = new Draws(3);
        double[][] rows = rows(200, draws);
        double[] y = outcomes(rows, draws);
        LinearRegression fit = LinearRegression.fit(FeatureMatrix.of(rows), y, null, 1e12);

        // The intercept is unpenalised and features are centred, so it tends to the mean of y.
        assertEquals(UpliftData.mean(y), fit.predict(new double[] {0, 50, 0.5}), 1e-2);
        for (int j = 1; j <= 3; j++) {
            assertEquals(0, fit.coefficients()[j], 1e-6);
        }
    }
}
