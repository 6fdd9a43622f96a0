package io.campaignsim.strategy.predict;

import io.campaignsim.engine.ObservedHistory;
import java.util.Arrays;

/**
 * Every customer's score under a fitted predictor, computed between days and read by
 * {@code choose} on shard threads: a CRM's nightly scoring, refreshed every {@value #RESCORE_DAYS}
 * days so that new purchases and contacts move the scores without scoring every opportunity.
 * Customers the predictor does not cover hold NaN.
 */
public final class ScoreCache {

    /** Days between two scorings. */
    public static final int RESCORE_DAYS = 7;

    private final float[] scores;
    private boolean scored;
    private int scoredOn;

    public ScoreCache(int customers) {
        this.scores = new float[customers];
        Arrays.fill(scores, Float.NaN);
    }

    /** Scores everyone on {@code day} if the last scoring is {@value #RESCORE_DAYS} days old; true if it did. */
    public boolean refresh(CustomerPredictor p, ObservedHistory h, int day) {
        if (scored && day - scoredOn < RESCORE_DAYS) {
            return false;
        }
        for (int i = 0; i < scores.length; i++) {
            scores[i] = p.covers(h, i, day) ? (float) p.predict(h, i, day) : Float.NaN;
        }
        scoredOn = day;
        scored = true;
        return true;
    }

    /** Customer i's latest score (NaN when not covered or not scored yet). */
    public double score(int i) {
        return scores[i];
    }

    /**
     * The score at or above which the {@code budget} share of covered customers lies (the highest
     * scores), or -infinity for a budget of 1; +infinity when nobody is covered.
     */
    public double threshold(double budget) {
        float[] covered = new float[scores.length];
        int m = 0;
        for (float s : scores) {
            if (!Float.isNaN(s)) {
                covered[m++] = s;
            }
        }
        if (m == 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (budget >= 1) {
            return Double.NEGATIVE_INFINITY;
        }
        Arrays.sort(covered, 0, m);
        return covered[Math.min(m - 1, (int) Math.floor((1 - budget) * m))];
    }
}
