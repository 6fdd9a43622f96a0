package io.campaignsim.stats;

/**
 * How well a score ranks customers when each customer's true uplift is known, as it is inside
 * the simulator. No treated/control split is needed: the curve is the true incremental outcome
 * gained by targeting the top k, {@code C(k) = Σ_{top k by score} τ_i}, against x = k/n.
 *
 * <p>The ideal curve ranks by τ itself; the random line joins (0, 0) to (1, C(n)). As in
 * {@link UpliftMetrics}, {@link #qiniCoefficient()} = {@code ∫₀¹ (C(xn) − x·C(n))/n dx} and
 * {@link #normalisedQini()} divides it by the ideal ranking's value, so 1 is a perfect ranking,
 * 0 a random one and negative a ranking worse than random. Tied scores count as their average.
 *
 * @implNote Immutable and thread-safe.
 */
public final class TrueUpliftMetrics {

    private final Ranking ranking;
    private final double[] knotX;
    private final double[] cumulative;
    private final double[] idealKnotX;
    private final double[] idealCumulative;

    private TrueUpliftMetrics(double[] score, double[] trueUplift) {
        ranking = Ranking.byScoreDescending(score);
        knotX = ranking.boundFractions();
        cumulative = ranking.cumulative(trueUplift);
        Ranking ideal = Ranking.byScoreDescending(trueUplift);
        idealKnotX = ideal.boundFractions();
        idealCumulative = ideal.cumulative(trueUplift);
    }

    /**
     * @param score predicted uplift, higher means target first (finite)
     * @param trueUplift each customer's true uplift (e.g. treated minus untreated purchase probability)
     */
    public static TrueUpliftMetrics of(double[] score, double[] trueUplift) {
        if (score.length == 0) {
            throw new IllegalArgumentException("score must not be empty");
        }
        Checks.sameLength("trueUplift", score.length, trueUplift.length);
        Checks.finite("trueUplift", trueUplift);
        return new TrueUpliftMetrics(score, trueUplift);
    }

    public Curve curve(int points) {
        return Curve.sample(knotX, cumulative, points);
    }

    /** The curve of ranking by the true uplift: the best any model can do. */
    public Curve idealCurve(int points) {
        return Curve.sample(idealKnotX, idealCumulative, points);
    }

    public Curve randomCurve(int points) {
        return Curve.sample(new double[] {0, 1}, new double[] {0, total()}, points);
    }

    public double qiniCoefficient() {
        return aboveRandom(knotX, cumulative);
    }

    public double idealQiniCoefficient() {
        return aboveRandom(idealKnotX, idealCumulative);
    }

    /** qiniCoefficient / idealQiniCoefficient; NaN when every customer has the same true uplift. */
    public double normalisedQini() {
        double ideal = idealQiniCoefficient();
        return ideal > 0 ? qiniCoefficient() / ideal : Double.NaN;
    }

    /** Mean true uplift of the top {@code fraction} of customers by score. */
    public double upliftAtK(double fraction) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must be in (0, 1], but was " + fraction);
        }
        double k = fraction * ranking.size();
        return ranking.at(cumulative, k) / k;
    }

    private double total() {
        return cumulative[cumulative.length - 1];
    }

    private double aboveRandom(double[] x, double[] y) {
        return (Curve.area(x, y) - total() / 2) / ranking.size();
    }
}
