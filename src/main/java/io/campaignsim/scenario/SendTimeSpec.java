package io.campaignsim.scenario;

import io.campaignsim.scenario.yaml.YamlNode;
import java.util.List;

/**
 * When an action with {@code hour: auto} is sent.
 *
 * <pre>{@code
 * send_time: { mode: best_observed, hour: 10 }
 * }</pre>
 *
 * @param mode {@code fixed}: always {@code hour}; {@code best_observed}: the hour at which this
 *     customer opened most often so far, {@code hour} until the first open
 * @param hour default hour 0..23 (default 10)
 */
public record SendTimeSpec(String mode, int hour) {

    public static final String FIXED = "fixed";
    public static final String BEST_OBSERVED = "best_observed";

    public static SendTimeSpec defaults() {
        return new SendTimeSpec(FIXED, 10);
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
        SendTimeSpec s = new SendTimeSpec(m.choice("mode", FIXED, List.of(FIXED, BEST_OBSERVED)),
                (int) m.integer("hour", 10, 0, 23));
        m.done();
        return s;
    }
}
