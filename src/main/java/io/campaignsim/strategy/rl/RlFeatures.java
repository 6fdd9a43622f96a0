package io.campaignsim.strategy.rl;

import io.campaignsim.core.Lifecycle;
import io.campaignsim.engine.ObservedHistory;
import io.campaignsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * The observed MDP state of a customer on a day, as features in [0, 1] for linear action values:
 * an intercept; recency (log-scaled and in three bins), frequency, monetary value and purchases
 * in the last 30 days; contact history (days since the last contact in three bins and log-scaled,
 * contacts in the last 7 days, an exponentially weighted contact count with a 30-day time
 * constant and its square, the same count of incentive offers); days since the last open; the
 * CRM lifecycle; the observed segment; per channel whether it is subscribed and its sends in the
 * last 7 days. Bins and the square let a linear model bend: contacting a customer contacted
 * yesterday can be worth less than the straight line through the log-scale would say.
 *
 * <p>Only observed data goes in: the CRM record ({@link ObservedHistory}) and what the strategy
 * itself remembers ({@link CustomerMemory}). Values are stored quantised to one byte (b / 255,
 * an error under 0.2 % of the range) so that the state costs one byte a feature per customer.
 */
final class RlFeatures {

    /** Time constant of the contact and offer counts, days. */
    static final double EW_DAYS = 30.0;

    /** log1p(k) / log1p(730) for k = 0..730 (recency); the day features are integers, so no log is taken per decision. */
    private static final double[] LOG_730 = logTable(730);
    /** log1p(k) / log1p(365) for k = 0..365 (days since contact and open). */
    private static final double[] LOG_365 = logTable(365);
    /** log1p(k) / log1p(50) for k = 0..50 (frequency, capped there). */
    private static final double[] LOG_50 = logTable(50);

    private final int segments;
    private final int channels;
    private final List<String> names;

    RlFeatures(Scenario scenario) {
        this.segments = scenario.population().segments().size();
        this.channels = scenario.channels().size();
        List<String> n = new ArrayList<>(List.of("intercept", "recency_log", "recency_0_14", "recency_15_60",
                "recency_61_180", "frequency_log", "monetary_log", "purchases_30d", "since_contact_0_2",
                "since_contact_3_7", "since_contact_8_30", "since_contact_log", "contacts_7d", "contacts_ew30",
                "contacts_ew30_squared", "offers_ew30", "since_open_0_7", "since_open_log", "lifecycle_new",
                "lifecycle_active", "lifecycle_cooling", "lifecycle_lapsed"));
        for (int s = 1; s < segments; s++) {
            n.add("segment_" + scenario.segmentNames().get(s));
        }
        for (String c : scenario.channelNames()) {
            n.add("subscribed_" + c);
            n.add(c + "_sends_7d");
        }
        this.names = List.copyOf(n);
    }

    int dimension() {
        return names.size();
    }

    List<String> names() {
        return names;
    }

    /** Writes customer i's quantised state at the start of {@code day} into {@code out[offset..]}. */
    void fill(ObservedHistory h, CustomerMemory m, int i, int day, byte[] out, int offset) {
        int k = offset;
        out[k++] = (byte) 255;
        int dsp = Math.max(0, h.daysSincePurchase(i, day));
        out[k++] = q(LOG_730[Math.min(dsp, 730)]);
        out[k++] = flag(dsp <= 14);
        out[k++] = flag(dsp > 14 && dsp <= 60);
        out[k++] = flag(dsp > 60 && dsp <= 180);
        out[k++] = q(LOG_50[Math.min(h.frequency(i), 50)]);
        out[k++] = q(Math.log1p(h.monetary(i)) / Math.log1p(1000));
        out[k++] = q(h.purchases30d(i, day) / 4.0);
        int dsc = h.daysSinceContact(i, day);
        out[k++] = flag(dsc <= 2);
        out[k++] = flag(dsc > 2 && dsc <= 7);
        out[k++] = flag(dsc > 7 && dsc <= 30);
        out[k++] = q(LOG_365[Math.min(dsc, 365)]);
        out[k++] = q(h.contacts7d(i, day) / 7.0);
        double contacts = decayed(m.contactsEw[i], m.lastContactDay[i], day) / 15.0;
        out[k++] = q(contacts);
        out[k++] = q(Math.min(contacts, 1.0) * Math.min(contacts, 1.0));
        out[k++] = q(decayed(m.offersEw[i], m.lastOfferDay[i], day) / 10.0);
        int dso = m.lastOpenDay[i] == CustomerMemory.NEVER ? 365 : day - m.lastOpenDay[i];
        out[k++] = flag(dso <= 7);
        out[k++] = q(LOG_365[Math.max(0, Math.min(dso, 365))]);
        Lifecycle l = h.lifecycle(i, day);
        out[k++] = flag(l == Lifecycle.NEW);
        out[k++] = flag(l == Lifecycle.ACTIVE);
        out[k++] = flag(l == Lifecycle.COOLING);
        out[k++] = flag(l == Lifecycle.LAPSED);
        int seg = h.population().segment(i);
        for (int s = 1; s < segments; s++) {
            out[k++] = flag(seg == s);
        }
        for (int c = 0; c < channels; c++) {
            out[k++] = flag(h.subscribed(i, c));
            out[k++] = q(h.channelSends7d(i, c, day) / 7.0);
        }
    }

    /** An exponentially weighted count last updated on {@code lastDay}, as of {@code day}. */
    static double decayed(float value, short lastDay, int day) {
        if (lastDay == CustomerMemory.NEVER || value == 0) {
            return 0;
        }
        return value * Math.exp(-(day - lastDay) / EW_DAYS);
    }

    private static double[] logTable(int max) {
        double[] t = new double[max + 1];
        for (int k = 0; k <= max; k++) {
            t[k] = Math.log1p(k) / Math.log1p(max);
        }
        return t;
    }

    /** x clamped to [0, 1] and quantised to one byte. */
    static byte q(double x) {
        double c = x <= 0 ? 0 : x >= 1 ? 1 : x;
        return (byte) (int) Math.round(c * 255);
    }

    private static byte flag(boolean b) {
        return b ? (byte) 255 : 0;
    }
}
