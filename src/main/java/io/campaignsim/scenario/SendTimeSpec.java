package io.campaignsim.scenario;

import io.campaignsim.scenario.yaml.YamlNode;
import java.util.List;

/**
 * When an action with {@code hour: auto} is sent.
 *
 * <pre>{@code
 * send_time: { mode: best_observed, hour: 10, explore: 0.1 }
 * send_time: { mode: learned }
 * }</pre>
 *
 * @param mode {@code fixed}: always {@code hour}; {@code best_observed}: the hour at which this
 *     customer opened most often so far, {@code hour} until the first open; {@code learned}: the
 *     hour drawn by Thompson sampling from the customer's open rates by hour (docs/personalisation.md)
 * @param hour default hour 0..23 (default 10)
 * @param explore with best_observed, the share of contacts sent at a random hour so that other
 *     hours can be observed at all (default 0.1; 0 never learns beyond the default hour)
 * @param priorStrength with learned, the weight of the segment's distribution of preferred hours
 *     in a customer's posterior (an exponent: 1, the default, is Bayes' rule; 2 trusts the
 *     segment as if it had been seen twice)
 * @param weekday {@code none} (default): a rule's contact goes out on the day the rule fires;
 *     {@code learned}: a rule's contact may be held back, up to {@code weekdayWindowDays − 1} days,
 *     to the customer's weekday drawn by Thompson sampling from their open rates by weekday
 *     (policy.WeekdayLearner); a weekday name ({@code tuesday}): held back to that weekday
 * @param weekdayWindowDays with a weekday, the window a held contact is sent within (1..7, default 3)
 */
public record SendTimeSpec(String mode, int hour, double explore, double priorStrength, String weekday,
        int weekdayWindowDays) implements java.io.Serializable {

    public static final String FIXED = "fixed";
    /**
     * The hour at which the customer opened most often: it counts opens, not open rates, so it
     * favours the hours it already sends at (docs/personalisation.md); kept as it was so that
     * existing scenarios give the same results.
     */
    public static final String BEST_OBSERVED = "best_observed";
    /** Per-customer open rates by hour with a segment-level prior, Thompson sampling (policy.SendTimeLearner). */
    public static final String LEARNED = "learned";
    public static final double DEFAULT_PRIOR_STRENGTH = 1;
    public static final String NO_WEEKDAY = "none";
    public static final String LEARNED_WEEKDAY = "learned";
    /**
     * Default window: a held contact goes out within 3 days. With 7 (hold up to 6 days) every move
     * of a customer's drawn weekday delays a contact by up to 6 days, and a weekly newsletter sent
     * about 10 % fewer emails and less profit on send-weekday.yaml (docs/personalisation.md).
     */
    public static final int DEFAULT_WEEKDAY_WINDOW = 3;

    public SendTimeSpec(String mode, int hour, double explore) {
        this(mode, hour, explore, DEFAULT_PRIOR_STRENGTH);
    }

    public SendTimeSpec(String mode, int hour, double explore, double priorStrength) {
        this(mode, hour, explore, priorStrength, NO_WEEKDAY, DEFAULT_WEEKDAY_WINDOW);
    }

    /** The choices of {@code weekday}: none, learned, or a weekday name. */
    public static List<String> weekdayChoices() {
        List<String> c = new java.util.ArrayList<>(List.of(NO_WEEKDAY, LEARNED_WEEKDAY));
        c.addAll(SegmentSpec.WEEKDAYS);
        return List.copyOf(c);
    }

    /** Whether rule contacts are held back to a weekday (learned or fixed). */
    public boolean holdsForWeekday() {
        return !NO_WEEKDAY.equals(weekday) && weekdayWindowDays > 1;
    }

    /** Whether the weekday is learned per customer (policy.WeekdayLearner). */
    public boolean learnsWeekday() {
        return LEARNED_WEEKDAY.equals(weekday) && weekdayWindowDays > 1;
    }

    public static SendTimeSpec defaults() {
        return new SendTimeSpec(FIXED, 10, 0.0);
    }

    public boolean bestObserved() {
        return BEST_OBSERVED.equals(mode);
    }

    public boolean learned() {
        return LEARNED.equals(mode);
    }

    static SendTimeSpec read(YamlNode node, Problems problems) {
        if (node == null) {
            return defaults();
        }
        MapReader m = MapReader.of(node, "policy.send_time", problems);
        if (m == null) {
            return defaults();
        }
        String mode = m.choice("mode", FIXED, List.of(FIXED, BEST_OBSERVED, LEARNED));
        SendTimeSpec s = new SendTimeSpec(mode, (int) m.integer("hour", 10, 0, 23),
                m.probability("explore", BEST_OBSERVED.equals(mode) ? 0.1 : 0.0),
                m.number("prior_strength", DEFAULT_PRIOR_STRENGTH, 0, 100),
                m.choice("weekday", NO_WEEKDAY, weekdayChoices()),
                (int) m.integer("weekday_window_days", DEFAULT_WEEKDAY_WINDOW, 1, 7));
        m.done();
        return s;
    }
}
