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
 */
public record SendTimeSpec(String mode, int hour, double explore, double priorStrength) implements java.io.Serializable {

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

    public SendTimeSpec(String mode, int hour, double explore) {
        this(mode, hour, explore, DEFAULT_PRIOR_STRENGTH);
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
                m.number("prior_strength", DEFAULT_PRIOR_STRENGTH, 0, 100));
        m.done();
        return s;
    }
}
