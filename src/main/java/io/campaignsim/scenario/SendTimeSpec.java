package io.campaignsim.scenario;

import io.campaignsim.scenario.yaml.YamlNode;
import java.util.List;

/**
 * When an action with {@code hour: auto} is sent.
 *
 * <pre>{@code
 * send_time: { mode: best_observed, hour: 10, explore: 0.1 }
 * }</pre>
 *
 * @param mode {@code fixed}: always {@code hour}; {@code best_observed}: the hour at which this
 *     customer opened most often so far, {@code hour} until the first open
 * @param hour default hour 0..23 (default 10)
 * @param explore with best_observed, the share of contacts sent at a random hour so that other
 *     hours can be observed at all (default 0.1; 0 never learns beyond the default hour)
 */
public record SendTimeSpec(String mode, int hour, double explore) implements java.io.Serializable {

    public static final String FIXED = "fixed";
    public static final String BEST_OBSERVED = "best_observed";

    public static SendTimeSpec defaults() {
        return new SendTimeSpec(FIXED, 10, 0.0);
    }

    public boolean bestObserved() {
        return BEST_OBSERVED.equals(mode);
    }

    static SendTimeSpec read(YamlNode node, Problems problems) {
        if (node == null) {
            return defaults();
        }
        MapReader m = MapReader.of(node, "policy.send_time", problems);
        if (m == null) {
            return defaults();
        }
        String mode = m.choice("mode", FIXED, List.of(FIXED, BEST_OBSERVED));
        SendTimeSpec s = new SendTimeSpec(mode, (int) m.integer("hour", 10, 0, 23),
                m.probability("explore", BEST_OBSERVED.equals(mode) ? 0.1 : 0.0));
        m.done();
        return s;
    }
}
