package io.campaignsim.compare;

import io.campaignsim.stats.Curve;
import java.util.Arrays;
import java.util.Objects;

/**
 * The uplift (Qini) curves of an uplift model against the hidden truth, read at the same fractions of
 * held-out customers targeted: y is the cumulative true incremental conversions per held-out
 * customer when the top fraction x is targeted, ranking by the model's score ({@code model}), by
 * the true uplift ({@code ideal}: the best any model can do) and at random ({@code random}: the
 * straight line to the total).
 */
public record UpliftCurves(Curve model, Curve ideal, Curve random) implements java.io.Serializable {

    public UpliftCurves {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(ideal, "ideal");
        Objects.requireNonNull(random, "random");
        if (!Arrays.equals(model.fraction(), ideal.fraction()) || !Arrays.equals(model.fraction(), random.fraction())) {
            throw new IllegalArgumentException("the model, ideal and random curves must share their fractions");
        }
    }

    /** The fractions targeted, from 0 to 1. */
    public double[] fraction() {
        return model.fraction();
    }

    public int size() {
        return model.size();
    }
}
