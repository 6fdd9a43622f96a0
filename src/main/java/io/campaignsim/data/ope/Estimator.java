package io.campaignsim.data.ope;

import io.campaignsim.core.UserInputException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Off-policy estimators of the expected reward per impression of an evaluation policy π from a
 * log of a behaviour policy with propensities e, with importance weights w_i = π(a_i | p_i) / e_i
 * and the cross-fitted reward model q̂ of {@link RewardModel}, as the Open Bandit Pipeline defines
 * them (its {@code obp.ope} classes of the same names):
 * <pre>
 * IPS       = (1/n) Σ w_i r_i                                     unbiased, high variance
 * SNIPS     = Σ w_i r_i / Σ w_i                                   self-normalised: small bias, lower variance
 * DM        = (1/n) Σ_i q̂(x_i, π)                                 q̂(x, π) = Σ_a π(a | p) q̂(x, a, p): no weights, biased if q̂ is
 * DR        = DM + (1/n) Σ w_i (r_i − q̂(x_i, a_i))                unbiased if e is right (or q̂ is)
 * switch-DR = DM + (1/n) Σ 1{w_i ≤ τ} w_i (r_i − q̂(x_i, a_i))     Wang, Agarwal and Dudík (2017): DM where the weight exceeds τ
 * DR-OS     = DM + (1/n) Σ λ w_i / (w_i² + λ) (r_i − q̂(x_i, a_i)) Su, Dimakopoulou, Krishnamurthy and Dudík (2020): shrunk weights
 * </pre>
 * switch-DR is DR at τ = ∞ and DM at τ = 0; DR-OS is DR at λ = ∞ and DM at λ = 0. Their τ and λ
 * are chosen by {@link Tuning} unless fixed.
 */
public enum Estimator {
    IPS("ips"), SNIPS("snips"), DM("dm"), DR("dr"), SWITCH_DR("switch-dr"), DR_OS("dr-os");

    private final String key;

    Estimator(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Whether the estimate has a tuning parameter (τ of switch-DR, λ of DR-OS). */
    public boolean tuned() {
        return this == SWITCH_DR || this == DR_OS;
    }

    /** The estimator named {@code key} (case-insensitive). */
    public static Estimator of(String key) {
        for (Estimator e : values()) {
            if (e.key().equalsIgnoreCase(key.trim())) {
                return e;
            }
        }
        throw new UserInputException("--estimators has '" + key + "'; expected any of " + keys());
    }

    /** Every key, comma-separated. */
    public static String keys() {
        return Arrays.stream(values()).map(Estimator::key).collect(Collectors.joining(","));
    }
}
