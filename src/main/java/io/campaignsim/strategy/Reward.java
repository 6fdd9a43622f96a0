package io.campaignsim.strategy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a learning strategy maximises, as written in a scenario ({@code reward:}, and
 * {@code metric:} of {@code ab_test}). Adding a reward is one constant here; every
 * {@code switch} over it (exhaustive, so the compiler lists them) then says what it means.
 */
public enum Reward {
    /** 1 when the customer bought on the day of the contact, else 0. */
    CONVERSION,
    /** That day's profit: margin - incentive - contact cost. */
    PROFIT,
    /**
     * The CLV reward: the customer's discounted profit over a window after the decision, delivered
     * when the window closes ({@link RewardWindow}); in {@link Feedback#profit} by then.
     */
    CLV;

    /** The word used in scenarios. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every word, in declaration order. */
    public static List<String> words() {
        return Arrays.stream(values()).map(Reward::word).toList();
    }

    /** The reward named {@code word} (as {@link #word()} spells it). */
    public static Reward of(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }

    /** This reward for decision {@code k} of {@code f}. */
    public double of(Feedback f, int k) {
        return switch (this) {
            case CONVERSION -> f.purchased(k) ? 1.0 : 0.0;
            case PROFIT, CLV -> f.profit(k);
        };
    }
}
