package io.campaignsim.population;

import java.util.ArrayList;
import java.util.List;

/**
 * The column layout of a population CSV file: observed columns first, then (optionally) the
 * hidden truth, every truth column prefixed {@value #TRUTH_PREFIX} so that nobody mistakes it
 * for something a marketer could know. The one home of the column names.
 */
final class CsvColumns {

    static final String ID = "customer_id";
    static final String SEGMENT = "segment";
    static final String AGE_BAND = "age_band";
    static final String REGION = "region";
    static final String TENURE = "tenure_days";
    static final String RECENCY = "recency_days";
    static final String FREQUENCY = "frequency";
    static final String MONETARY = "monetary";
    static final String REACHABLE = "reachable_";
    static final String LAST_CATEGORY = "last_category";
    static final String LIFECYCLE = "lifecycle";

    static final String TRUTH_PREFIX = "true_";
    static final String PURCHASE_RATE = "true_purchase_rate";
    static final String CHURN_HAZARD = "true_churn_hazard";
    static final String BASKET_MEAN = "true_basket_mean";
    static final String DISCOUNT_SENSITIVITY = "true_discount_sensitivity";
    static final String UPLIFT_GROUP = "true_uplift_group";
    static final String EFFECT_SCALE = "true_effect_scale";
    static final String CHANNEL_AFFINITY = "true_channel_affinity_";
    static final String PREFERRED_HOUR = "true_preferred_hour";
    static final String PREFERRED_WEEKDAY = "true_preferred_weekday";
    static final String CATEGORY_AFFINITY = "true_category_affinity_";

    private CsvColumns() {}

    /** Observed columns in file order. */
    static List<String> observed(List<String> channels) {
        List<String> names = new ArrayList<>(List.of(ID, SEGMENT, AGE_BAND, REGION, TENURE, RECENCY, FREQUENCY, MONETARY));
        channels.forEach(c -> names.add(REACHABLE + c));
        names.add(LAST_CATEGORY);
        names.add(LIFECYCLE);
        return List.copyOf(names);
    }

    /** Hidden-truth columns in file order. */
    static List<String> truth(List<String> channels, List<String> categories) {
        List<String> names = new ArrayList<>(List.of(PURCHASE_RATE, CHURN_HAZARD, BASKET_MEAN, DISCOUNT_SENSITIVITY,
                UPLIFT_GROUP, EFFECT_SCALE));
        channels.forEach(c -> names.add(CHANNEL_AFFINITY + c));
        names.add(PREFERRED_HOUR);
        names.add(PREFERRED_WEEKDAY);
        categories.forEach(k -> names.add(CATEGORY_AFFINITY + k));
        return List.copyOf(names);
    }

    /** Observed columns an import may leave out (derived instead). */
    static boolean optional(String column) {
        return column.equals(LIFECYCLE);
    }
}
