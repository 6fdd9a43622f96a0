package io.campaignsim.ml;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Solves the small (d+1) x (d+1) symmetric positive definite systems of the fits (penalised
 * Hessian, ridge normal equations) with a Commons Math Cholesky decomposition.
 *
 * <p>With l2 > 0 every system is positive definite. With l2 = 0 and collinear features it is
 * only semi-definite; then a growing multiple of the identity (starting at 1e-10 of the largest
 * diagonal entry) is added, a Levenberg-style damping that keeps the Newton iteration moving
 * downhill and picks one of the equally good ridge-free solutions.
 */
final class SpdSolver {

    private static final double[] JITTER = {0, 1e-10, 1e-8, 1e-6, 1e-4};

    private SpdSolver() {}

    /** The solution of {@code a s = b}, with {@code a} symmetric in row-major order (p x p). */
    static double[] solve(double[] a, int p, double[] b) {
        return decompose(a, p).solve(new ArrayRealVector(b, false)).toArray();
    }

    /** The inverse of {@code a} (row-major, p x p). */
    static double[][] inverse(double[] a, int p) {
        return decompose(a, p).getInverse().getData();
    }

    private static DecompositionSolver decompose(double[] a, int p) {
        double maxDiagonal = 0;
        for (int i = 0; i < p; i++) {
            maxDiagonal = Math.max(maxDiagonal, Math.abs(a[i * p + i]));
        }
        for (double jitter : JITTER) {
            RealMatrix m = new Array2DRowRealMatrix(p, p);
            for (int i = 0; i < p; i++) {
                for (int k = 0; k < p; k++) {
                    m.setEntry(i, k, a[i * p + k]);
                }
                m.addToEntry(i, i, jitter * Math.max(1.0, maxDiagonal));
            }
            try {
                return new CholeskyDecomposition(m,
                        CholeskyDecomposition.DEFAULT_RELATIVE_SYMMETRY_THRESHOLD,
                        CholeskyDecomposition.DEFAULT_ABSOLUTE_POSITIVITY_THRESHOLD).getSolver();
            } catch (NonPositiveDefiniteMatrixException e) {
                // try again with more damping
            }
        }
        throw new IllegalArgumentException(
                "the features are (nearly) collinear and the system is singular; use l2 > 0");
    }
}
