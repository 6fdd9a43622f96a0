package io.campaignsim.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.random.Draws;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    /** Features of deliberately mixed location and scale, to exercise the internal standardisation. */
    private static FeatureMatrix mixedFeatures(int n, Draws draws) {
        double[] v = new double[n * 5];
        for (int i = 0; i < n; i++) {
            v[i * 5] = draws.nextGaussian();
            v[i * 5 + 1] = 5 + 3 * draws.nextGaussian();
            v[i * 5 + 2] = 100 * draws.nextDouble();
            v[i * 5 + 3] = draws.nextDouble() < 0.3 ? 1 : 0;
            v[i * 5 + 4] = -2 + 0.5 * draws.nextGaussian();
        }
        return new FeatureMatrix(n, 5, v);
    }

    private static double[] labels(FeatureMatrix x, double[] beta, Draws draws) {
        double[] y = new double[x.n()];
        for (int i = 0; i < x.n(); i++) {
            double eta = beta[0];
            for (int j = 0; j < x.d(); j++) {
                eta += beta[j + 1] * x.get(i, j);
            }
            y[i] = draws.nextDouble() < LogisticRegression.sigmoid(eta) ? 1 : 0;
        }
        return y;
    }

    @Test
    void recoversKnownCoefficientsWithinFourStandardErrors() {
        Draws draws = new Draws(20_240_601L);
        FeatureMatrix x = mixedFeatures(20_000, draws);
        double[] beta = {-1.0, 0.8, -0.3, 0.02, 0.5, 1.2};
        double[] y = labels(x, beta, draws);

        // l2 = 1e-3 is negligible against 20,000 rows, so the fit is the MLE and its
        // standard errors (inverse Fisher information) apply; each |z| < 4 has P > 0.9999.
        LogisticRegression fit = LogisticRegression.fit(x, y, null, 1e-3);

        assertTrue(fit.converged());
        double[] b = fit.coefficients();
        double[] se = fit.standardErrors();
        for (int j = 0; j < beta.length; j++) {
            assertTrue(se[j] > 0 && se[j] < 0.2, "se[" + j + "] = " + se[j]);
            assertTrue(Math.abs(b[j] - beta[j]) < 4 * se[j],
                    "coefficient " + j + ": " + b[j] + " vs true " + beta[j] + " (se " + se[j] + ")");
        }
    }

    @Test
    void agreesWithGradientDescentReference() {
        Draws draws = new Draws(7);
        int n = 60;
        double[][] rows = new double[n][];
        double[] y = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            rows[i] = new double[] {draws.nextGaussian(), 3 + 2 * draws.nextGaussian()};
            y[i] = draws.nextDouble() < LogisticRegression.sigmoid(0.3 + rows[i][0] - 0.4 * rows[i][1]) ? 1 : 0;
            w[i] = 0.5 + draws.nextDouble();
        }
        double l2 = 0.7;
        double[] expected = GradientDescentReference.fit(rows, y, w, l2);

        double[] actual = LogisticRegression.fit(FeatureMatrix.of(rows), y, w, l2).coefficients();

        assertArrayEquals(expected, actual, 1e-6);
    }

    @Test
    void staysFiniteOnPerfectlySeparableData() {
        Draws draws = new Draws(11);
        int n = 400;
        double[] v = new double[n * 2];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            v[2 * i] = draws.nextGaussian();
            v[2 * i + 1] = draws.nextGaussian();
            y[i] = v[2 * i] > 0 ? 1 : 0; // perfectly separated by x1
        }
        FeatureMatrix x = new FeatureMatrix(n, 2, v);
        for (double l2 : new double[] {1.0, 1e-4}) {
            LogisticRegression fit = LogisticRegression.fit(x, y, null, l2);

            assertTrue(fit.converged(), "l2 = " + l2 + " took " + fit.iterations());
            for (double c : fit.coefficients()) {
                assertTrue(Double.isFinite(c), "l2 = " + l2);
            }
            assertTrue(fit.coefficients()[1] > 1, "the separating slope is large and positive");
            for (int i = 0; i < n; i++) {
                // The penalty caps the slope, so only rows near the boundary may be misclassified.
                if (Math.abs(v[2 * i]) > 0.5) {
                    assertEquals(y[i] == 1, fit.predict(x, i) > 0.5, "row " + i);
                }
            }
        }
        // Without a penalty the MLE does not exist: the slope grows every iteration. The fit
        // stays finite, stops at the iteration cap and says so.
        LogisticRegression unpenalised = LogisticRegression.fit(x, y, null, 0.0);
        assertFalse(unpenalised.converged());
        for (double c : unpenalised.coefficients()) {
            assertTrue(Double.isFinite(c));
        }
    }

    @Test
    void allZeroLabelsGiveTheSmoothedBaseRate() {
        FeatureMatrix x = FeatureMatrix.of(new double[][] {{1, 2}, {3, 4}, {5, 7}});
        LogisticRegression fit = LogisticRegression.fit(x, new double[3], null, 1.0);

        // (0 + 0.5) / (3 + 1): small but usable, never 0 or a diverged intercept.
        assertEquals(0.125, fit.predict(new double[] {9, 9}), 1e-12);
        assertArrayEquals(new double[] {0, 0}, java.util.Arrays.copyOfRange(fit.coefficients(), 1, 3));
    }

    @Test
    void constantFeatureGetsZeroCoefficient() {
        Draws draws = new Draws(3);
        int n = 2_000;
        double[] v = new double[n * 2];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            v[2 * i] = draws.nextGaussian();
            v[2 * i + 1] = 4.0;
            y[i] = draws.nextDouble() < LogisticRegression.sigmoid(v[2 * i]) ? 1 : 0;
        }
        LogisticRegression fit = LogisticRegression.fit(new FeatureMatrix(n, 2, v), y, null, 0.0);

        assertTrue(fit.converged());
        assertEquals(0.0, Math.abs(fit.coefficients()[2]));
    }

    @Test
    void fitsOnASubsetOfRowsAsIfCopied() {
        Draws draws = new Draws(5);
        FeatureMatrix x = mixedFeatures(3_000, draws);
        double[] y = labels(x, new double[] {0, 1, 0, 0, 0, 0}, draws);
        int[] rows = new int[1_000];
        double[][] copied = new double[rows.length][];
        double[] yCopied = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = 3 * i + 1;
            copied[i] = x.row(rows[i]);
            yCopied[i] = y[rows[i]];
        }
        double[] subset = LogisticRegression.fit(x, rows, y, null, FitOptions.ridge(1.0)).coefficients();
        double[] copy = LogisticRegression.fit(FeatureMatrix.of(copied), yCopied, null, 1.0).coefficients();

        assertArrayEquals(copy, subset, 1e-12);
    }

    @Test
    void fittedModelIsImmutable() {
        FeatureMatrix x = FeatureMatrix.of(new double[][] {{1}, {2}, {3}, {4}});
        LogisticRegression fit = LogisticRegression.fit(x, new double[] {0, 1, 0, 1}, null, 1);
        double before = fit.predict(new double[] {2.5});

        fit.coefficients()[0] = 100;
        fit.standardErrors()[0] = 100;

        assertEquals(before, fit.predict(new double[] {2.5}));
    }

    @Test
    void rejectsInvalidInput() {
        FeatureMatrix x = FeatureMatrix.of(new double[][] {{1}, {2}});
        assertThrows(IllegalArgumentException.class, () -> LogisticRegression.fit(x, new double[] {0, 2}, null, 1));
        assertThrows(IllegalArgumentException.class, () -> LogisticRegression.fit(x, new double[] {0}, null, 1));
        assertThrows(IllegalArgumentException.class,
                () -> LogisticRegression.fit(x, new double[] {0, 1}, new double[] {1, -1}, 1));
        assertThrows(IllegalArgumentException.class,
                () -> LogisticRegression.fit(x, new double[] {0, 1}, new double[] {0, 0}, 1));
        assertThrows(IllegalArgumentException.class, () -> LogisticRegression.fit(x, new double[] {0, 1}, null, -1));
        assertThrows(IllegalArgumentException.class,
                () -> LogisticRegression.fit(x, new int[] {2}, new double[] {0, 1}, null, FitOptions.ridge(1)));
        LogisticRegression fit = LogisticRegression.fit(x, new double[] {0, 1}, null, 1);
        assertThrows(IllegalArgumentException.class, () -> fit.predict(new double[] {1, 2}));
    }

    /**
     * Performance sanity (no timing assertion): n = 200,000 and d = 20 is a 32 MB matrix; each
     * Newton iteration is one O(n d^2) pass and the fit allocates only O(d^2) beyond it.
     */
    @Test
    void fitsTwoHundredThousandRowsOfTwentyFeatures() {
        int n = 200_000;
        int d = 20;
        Draws draws = new Draws(99);
        double[] v = new double[n * d];
        double[] beta = new double[d + 1];
        beta[0] = -2;
        for (int j = 1; j <= d; j++) {
            beta[j] = (j % 2 == 0 ? 0.3 : -0.2) / Math.sqrt(j);
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double eta = beta[0];
            for (int j = 0; j < d; j++) {
                v[i * d + j] = draws.nextGaussian();
                eta += beta[j + 1] * v[i * d + j];
            }
            y[i] = draws.nextDouble() < LogisticRegression.sigmoid(eta) ? 1 : 0;
        }
        LogisticRegression fit = LogisticRegression.fit(new FeatureMatrix(n, d, v), y, null, 1.0);

        assertTrue(fit.converged());
        assertTrue(fit.iterations() <= 10, "Newton converges quadratically: " + fit.iterations());
        double[] b = fit.coefficients();
        double[] se = fit.standardErrors();
        for (int j = 0; j <= d; j++) {
            // 21 coefficients at 5 standard errors: a false failure has probability < 1e-5.
            assertTrue(Math.abs(b[j] - beta[j]) < 5 * se[j], "coefficient " + j);
        }
    }
}
