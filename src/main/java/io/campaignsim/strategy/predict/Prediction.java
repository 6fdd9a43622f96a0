package io.campaignsim.strategy.predict;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a targeting model predicts for a customer, as a scenario names it in a strategy's
 * {@code score:} (or {@code next_best_action}'s {@code basket:}). The first two are the same-day
 * models the targeting strategies always had, scored on each opportunity's features; the others
 * are customer-level predictions made at the end of the warm-up from the observed history
 * (docs/predictions.md).
 */
public enum Prediction {
    /** P(buy today | contacted): {@code propensity}'s default. */
    PURCHASE_TODAY(true, false, "P(buy on the day of the contact | contacted)"),
    /** 1 - P(buy today | not contacted): {@code churn_prevention}'s default. */
    NO_PURCHASE_TODAY(true, false, "P(no purchase today | not contacted)"),
    /** P(churned or no purchase within N days), left alone: every customer. */
    CHURN_WITHIN(true, true, "P(churned or no purchase within N days)"),
    /** P(first purchase within N days): leads (customers who never bought) only. */
    FIRST_PURCHASE(true, true, "P(first purchase within N days), leads only"),
    /** P(another purchase within N days): customers who bought before only. */
    REPEAT_PURCHASE(true, true, "P(repeat purchase within N days), buyers only"),
    /** The expected basket of the customer's next purchase (Gamma-Gamma). */
    NEXT_BASKET_VALUE(false, false, "expected basket of the next purchase"),
    /** The discounted expected margin over economics.residual_days (BG/NBD with Gamma-Gamma). */
    CLV(false, false, "predicted lifetime value: discounted expected margin over economics.residual_days");

    private final boolean probability;
    private final boolean windowed;
    private final String doc;

    Prediction(boolean probability, boolean windowed, String doc) {
        this.probability = probability;
        this.windowed = windowed;
        this.doc = doc;
    }

    /** The word in a scenario, e.g. {@code churn_within}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for a probability (AUC, Brier, calibration), false for a value (MAE, RMSE). */
    public boolean probability() {
        return probability;
    }

    /** Whether the prediction is about a window of {@code within_days} days. */
    public boolean windowed() {
        return windowed;
    }

    /** Whether this is a customer-level prediction made at the end of the warm-up (not a same-day model). */
    public boolean customerLevel() {
        return this != PURCHASE_TODAY && this != NO_PURCHASE_TODAY;
    }

    /** One line for documentation. */
    public String doc() {
        return doc;
    }

    /** The prediction a scenario word names. */
    public static Prediction of(String word) {
        return Arrays.stream(values()).filter(p -> p.word().equals(word)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown prediction " + word));
    }

    /** The words of {@code predictions}, in order. */
    public static List<String> words(Prediction... predictions) {
        return Arrays.stream(predictions).map(Prediction::word).toList();
    }
}
