package io.campaignsim.data.ope;

import io.campaignsim.core.UserInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Off-policy estimators of the expected reward per impression of an evaluation policy π from a
 * log of a behaviour policy with propensities e, with importance weights w_i = π(a_i | p_i) / e_i
 * and a reward model q̂(a, p) (mean reward of item a at position p in the log):
 * <pre>
 * IPS   = (1/n) Σ w_i r_i                                   unbiased, high variance
 * SNIPS = Σ w_i r_i / Σ w_i                                 self-normalised: small bias, lower variance
 * DM    = (1/n) Σ_i Σ_a π(a | p_i) q̂(a, p_i)               no weights: low variance, biased if q̂ is wrong
 * DR    = DM + (1/n) Σ w_i (r_i − q̂(a_i, p_i))             unbiased if either e or q̂ is right
 * </pre>
 */
public enum Estimator {
    IPS, SNIPS, DM, DR;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The estimator named {@code key} (case-insensitive). */
    public static Estimator of(String key) {
        for (Estimator e : values()) {
            if (e.key().equalsIgnoreCase(key.trim())) {
                return e;
            }
        }
        throw new UserInputException("--estimators has '" + key + "'; expected any of "
                + Arrays.stream(values()).map(Estimator::key).collect(Collectors.joining(",")));
    }
}
