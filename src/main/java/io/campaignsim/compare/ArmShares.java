package io.campaignsim.compare;

import java.util.Arrays;
import java.util.List;

/**
 * How a strategy spread its contacts over its arms, day by day: the share of that day's pulls that
 * went to each arm, averaged over the replications that pulled any arm that day (NaN if none did).
 *
 * @param arms arm labels
 * @param shareByDay [day][arm] mean share in [0, 1]
 * @implNote Immutable: the array is copied in and out.
 */
public record ArmShares(List<String> arms, double[][] shareByDay) {

    public ArmShares {
        arms = List.copyOf(arms);
        shareByDay = copy(shareByDay);
    }

    @Override
    public double[][] shareByDay() {
        return copy(shareByDay);
    }

    public double share(int day, int arm) {
        return shareByDay[day][arm];
    }

    public int days() {
        return shareByDay.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArmShares a && arms.equals(a.arms) && Arrays.deepEquals(shareByDay, a.shareByDay);
    }

    @Override
    public int hashCode() {
        return 31 * arms.hashCode() + Arrays.deepHashCode(shareByDay);
    }

    @Override
    public String toString() {
        return "ArmShares[arms=" + arms + ", shareByDay=" + Arrays.deepToString(shareByDay) + "]";
    }

    private static double[][] copy(double[][] a) {
        return Arrays.stream(a).map(double[]::clone).toArray(double[][]::new);
    }
}
