package io.campaignsim.strategy.predict;

import io.campaignsim.engine.ObservedHistory;

/** Who counts as a lead (never bought) and who as a buyer, from the observed record only. */
public final class Buyers {

    private Buyers() {}

    /**
     * Whether customer {@code i} has bought before {@code day}: a purchase in the RFM window, or a
     * last purchase after the sign-up (a customer who never bought has recency equal to tenure;
     * docs/model.md).
     */
    public static boolean everBought(ObservedHistory h, int i, int day) {
        return h.frequency(i) > 0 || h.daysSincePurchase(i, day) < h.tenureDays(i, day);
    }
}
