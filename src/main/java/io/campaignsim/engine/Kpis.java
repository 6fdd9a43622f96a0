package io.campaignsim.engine;

import io.campaignsim.core.Metric;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable set of metric values, with contacts split by channel.
 *
 * @implNote Immutable: arrays are copied in and never handed out.
 */
public final class Kpis implements java.io.Serializable {

    private final double[] values;
    private final double[] contactsByChannel;

    public Kpis(double[] values, double[] contactsByChannel) {
        if (values.length != Metric.COUNT) {
            throw new IllegalArgumentException("expected " + Metric.COUNT + " metric values, but was " + values.length);
        }
        this.values = values.clone();
        this.contactsByChannel = contactsByChannel.clone();
    }

    public static Kpis zero(int channels) {
        return new Kpis(new double[Metric.COUNT], new double[channels]);
    }

    public double get(Metric m) {
        return values[m.ordinal()];
    }

    public double contacts(int channel) {
        return contactsByChannel[channel];
    }

    public int channels() {
        return contactsByChannel.length;
    }

    /** Values in {@link Metric} order (a copy). */
    public double[] values() {
        return values.clone();
    }

    public List<Double> contactsByChannel() {
        return Arrays.stream(contactsByChannel).boxed().toList();
    }

    /** This minus {@code other}, metric by metric (for incremental effects). */
    public Kpis minus(Kpis other) {
        double[] v = new double[Metric.COUNT];
        for (int i = 0; i < v.length; i++) {
            v[i] = values[i] - other.values[i];
        }
        double[] c = new double[contactsByChannel.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = contactsByChannel[i] - other.contactsByChannel[i];
        }
        return new Kpis(v, c);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Kpis k && Arrays.equals(values, k.values) && Arrays.equals(contactsByChannel, k.contactsByChannel);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + Arrays.hashCode(contactsByChannel);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Kpis{");
        for (Metric m : Metric.values()) {
            b.append(m.key()).append('=').append(values[m.ordinal()]).append(", ");
        }
        return b.append("contacts_by_channel=").append(Arrays.toString(contactsByChannel)).append('}').toString();
    }
}
