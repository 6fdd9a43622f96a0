package io.campaignsim.stats;

/**
 * How well a score ranks customers by uplift, from an experiment's observed outcomes
 * (randomised treated and control customers).
 *
 * <p>Rank by score, highest first; among the top k let N_t, N_c be the treated and control counts
 * and R_t, R_c their summed outcomes. Then (Radcliffe 2007; scikit-uplift's {@code qini_curve}
 * and {@code uplift_curve}):
 * <pre>
 * Qini curve    Q(k) = R_t(k) − R_c(k)·N_t(k)/N_c(k)          (second term 0 while N_c = 0)
 * uplift curve  U(k) = (R_t(k)/N_t(k) − R_c(k)/N_c(k))·k       (each ratio 0 while its N = 0)
 * </pre>
 * Both are in outcome units (e.g. incremental purchases) and are drawn against x = k/n. The
 * random line joins (0, 0) to (1, Q(n)): the expected Qini curve of a ranking that knows nothing.
 * Between tie groups the curves are linear (tied scores carry no order).
 *
 * <p>Normalisation used here: {@link #qiniCoefficient()} is the area between the Qini curve and
 * the random line, with both axes per customer, {@code ∫₀¹ (Q(xn) − x·Q(n))/n dx}: incremental
 * outcome per customer, averaged over all targeting depths (0 for a random ranking, positive when
 * the score finds uplift, and comparable across population sizes). {@link #normalisedQini()} divides
 * it by the same area for the best ranking the observed outcomes allow (treated responders first,
 * control responders last), which is scikit-uplift's {@code qini_auc_score} with
 * {@code negative_effect=True}. {@link #auuc()} is {@code ∫₀¹ U(xn)/n dx}.
 *
 * @implNote Immutable and thread-safe.
 */
public final class UpliftMetrics {

    /** Points of a curve made for plotting: every 1% of customers targeted. */
    public static final int DEFAULT_POINTS = 101;

    private final boolean[] treated;
    private final double[] outcome;
    private final Ranking ranking;
    private final double[] knotX;
    private final double[] treatedCount;
    private final double[] controlCount;
    private final double[] treatedOutcome;
    private final double[] controlOutcome;
    private final double[] qini;
    private final double[] uplift;

    private UpliftMetrics(double[] score, boolean[] treated, double[] outcome) {
        this.treated = treated.clone();
        this.outcome = outcome.clone();
        int n = score.length;
        ranking = Ranking.byScoreDescending(score);
        double[] isTreated = new double[n];
        double[] isControl = new double[n];
        double[] treatedY = new double[n];
        double[] controlY = new double[n];
        for (int i = 0; i < n; i++) {
            isTreated[i] = treated[i] ? 1 : 0;
            isControl[i] = treated[i] ? 0 : 1;
            treatedY[i] = treated[i] ? outcome[i] : 0;
            controlY[i] = treated[i] ? 0 : outcome[i];
        }
        knotX = ranking.boundFractions();
        treatedCount = ranking.cumulative(isTreated);
        controlCount = ranking.cumulative(isControl);
        treatedOutcome = ranking.cumulative(treatedY);
        controlOutcome = ranking.cumulative(controlY);
        qini = new double[knotX.length];
        uplift = new double[knotX.length];
        for (int g = 0; g < knotX.length; g++) {
            qini[g] = qini(treatedCount[g], controlCount[g], treatedOutcome[g], controlOutcome[g]);
            uplift[g] = (ratio(treatedOutcome[g], treatedCount[g]) - ratio(controlOutcome[g], controlCount[g]))
                    * ranking.bound(g);
        }
    }

    /**
     * @param score predicted uplift, higher means target first (finite)
     * @param treated whether each customer was treated
     * @param outcome each customer's outcome (0/1 or any real value)
     */
    public static UpliftMetrics of(double[] score, boolean[] treated, double[] outcome) {
        if (score.length == 0) {
            throw new IllegalArgumentException("score must not be empty");
        }
        Checks.sameLength("treated", score.length, treated.length);
        Checks.sameLength("outcome", score.length, outcome.length);
        Checks.finite("outcome", outcome);
        return new UpliftMetrics(score, treated, outcome);
    }

    public Curve qiniCurve(int points) {
        return Curve.sample(knotX, qini, points);
    }

    public Curve qiniCurve() {
        return qiniCurve(DEFAULT_POINTS);
    }

    /** The random-targeting line from (0, 0) to (1, Q(n)). */
    public Curve randomQiniCurve(int points) {
        return Curve.sample(new double[] {0, 1}, new double[] {0, qini[qini.length - 1]}, points);
    }

    public Curve upliftCurve(int points) {
        return Curve.sample(knotX, uplift, points);
    }

    public Curve upliftCurve() {
        return upliftCurve(DEFAULT_POINTS);
    }

    /** Area between the Qini curve and the random line, per customer (see the class comment). */
    public double qiniCoefficient() {
        double n = ranking.size();
        return (Curve.area(knotX, qini) - qini[qini.length - 1] / 2) / n;
    }

    /**
     * {@link #qiniCoefficient()} divided by that of the best ranking of the observed outcomes
     * (1 = as good as hindsight); NaN when even that ranking has no area above the random line.
     */
    public double normalisedQini() {
        double[] perfectScore = new double[outcome.length];
        for (int i = 0; i < outcome.length; i++) {
            perfectScore[i] = treated[i] ? outcome[i] : -outcome[i];
        }
        double perfect = new UpliftMetrics(perfectScore, treated, outcome).qiniCoefficient();
        return perfect > 0 ? qiniCoefficient() / perfect : Double.NaN;
    }

    /** Area under the uplift curve, per customer: ∫₀¹ U(xn)/n dx. */
    public double auuc() {
        return Curve.area(knotX, uplift) / ranking.size();
    }

    /**
     * Treated mean outcome minus control mean outcome among the top {@code fraction} of
     * customers; NaN if that group has no treated or no control customer.
     */
    public double upliftAtK(double fraction) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must be in (0, 1], but was " + fraction);
        }
        double k = fraction * ranking.size();
        double nt = ranking.at(treatedCount, k);
        double nc = ranking.at(controlCount, k);
        if (nt <= 0 || nc <= 0) {
            return Double.NaN;
        }
        return ranking.at(treatedOutcome, k) / nt - ranking.at(controlOutcome, k) / nc;
    }

    private static double qini(double nt, double nc, double rt, double rc) {
        return rt - (nc > 0 ? rc * nt / nc : 0);
    }

    private static double ratio(double sum, double count) {
        return count > 0 ? sum / count : 0;
    }
}
