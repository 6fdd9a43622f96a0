package io.campaignsim.stats;

import java.util.Arrays;

/**
 * A curve over the fraction of customers targeted, ready to plot: {@code value[i]} at
 * {@code fraction[i]}, fractions increasing from 0 to 1.
 */
public record Curve(double[] fraction, double[] value) implements java.io.Serializable {

    public Curve {
        Checks.sameLength("value", fraction.length, value.length);
        fraction = fraction.clone();
        value = value.clone();
    }

    @Override
    public double[] fraction() {
        return fraction.clone();
    }

    @Override
    public double[] value() {
        return value.clone();
    }

    public int size() {
        return fraction.length;
    }

    public double fractionAt(int i) {
        return fraction[i];
    }

    public double valueAt(int i) {
        return value[i];
    }

    /** Area under the curve by the trapezoid rule. */
    public double area() {
        return area(fraction, value);
    }

    static double area(double[] x, double[] y) {
        double sum = 0;
        for (int i = 1; i < x.length; i++) {
            sum += (x[i] - x[i - 1]) * (y[i] + y[i - 1]) / 2;
        }
        return sum;
    }

    /** The piecewise-linear curve through the knots, read at {@code points} evenly spaced fractions. */
    static Curve sample(double[] knotX, double[] knotY, int points) {
        if (points < 2) {
            throw new IllegalArgumentException("points must be >= 2, but was " + points);
        }
        double[] x = new double[points];
        double[] y = new double[points];
        int knot = 0;
        for (int i = 0; i < points; i++) {
            x[i] = (double) i / (points - 1);
            while (knot < knotX.length - 2 && knotX[knot + 1] < x[i]) {
                knot++;
            }
            double width = knotX[knot + 1] - knotX[knot];
            double weight = width > 0 ? Math.min(1, Math.max(0, (x[i] - knotX[knot]) / width)) : 0;
            y[i] = knotY[knot] + weight * (knotY[knot + 1] - knotY[knot]);
        }
        return new Curve(x, y);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Curve c && Arrays.equals(fraction, c.fraction) && Arrays.equals(value, c.value);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(fraction) + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "Curve[fraction=" + Arrays.toString(fraction) + ", value=" + Arrays.toString(value) + "]";
    }
}
