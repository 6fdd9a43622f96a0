package io.campaignsim.scenario;

import io.campaignsim.scenario.yaml.YamlNode;

/**
 * Hours in which nothing may be sent: from {@code start} (inclusive) to {@code end}
 * (exclusive), wrapping past midnight when start &gt; end. A contact planned for a quiet hour is
 * moved to {@code end}, the first allowed hour.
 *
 * <pre>{@code
 * quiet_hours: { start: 21, end: 8 }
 * }</pre>
 */
public record QuietHours(int start, int end) implements java.io.Serializable {

    /** No quiet hours. */
    public static QuietHours none() {
        return new QuietHours(0, 0);
    }

    /** Whether {@code hour} falls in the quiet period. */
    public boolean isQuiet(int hour) {
        if (start == end) {
            return false;
        }
        return start < end ? hour >= start && hour < end : hour >= start || hour < end;
    }

    static QuietHours read(YamlNode node, Problems problems) {
        if (node == null) {
            return none();
        }
        MapReader m = MapReader.of(node, "policy.quiet_hours", problems);
        if (m == null) {
            return none();
        }
        QuietHours q = new QuietHours((int) m.requiredInteger("start", 0, 23), (int) m.requiredInteger("end", 0, 23));
        m.done();
        return q;
    }
}
