package io.campaignsim.population;

import io.campaignsim.core.Lifecycle;
import java.util.List;

/**
 * What a marketer knows about each customer at the start: the observed features, stored as
 * primitive arrays indexed by customer (struct-of-arrays). This type has no access to the hidden
 * ground truth; strategies and policies get only this and the observed history.
 *
 * @implNote Immutable after construction (arrays are never handed out), so it is safe to share
 *     between threads and replications.
 */
public final class ObservedPopulation {

    final List<String> segmentNames;
    final List<String> regionNames;
    final List<String> channelNames;
    final List<String> categoryNames;
    final byte[] segment;
    final byte[] ageBand;
    final byte[] region;
    final short[] tenureDays;
    final short[] recencyDays;
    final short[] frequency;
    final float[] monetary;
    final int[] reachMask;
    final byte[] lastCategory;
    final byte[] lifecycle;
    /** Global index of customer 0 (see {@link #firstCustomer()}). */
    private final int first;

    ObservedPopulation(List<String> segmentNames, List<String> regionNames, List<String> channelNames,
            List<String> categoryNames, int size) {
        this(segmentNames, regionNames, channelNames, categoryNames, size, 0);
    }

    ObservedPopulation(List<String> segmentNames, List<String> regionNames, List<String> channelNames,
            List<String> categoryNames, int size, int first) {
        this.first = first;
        this.segmentNames = List.copyOf(segmentNames);
        this.regionNames = List.copyOf(regionNames);
        this.channelNames = List.copyOf(channelNames);
        this.categoryNames = List.copyOf(categoryNames);
        segment = new byte[size];
        ageBand = new byte[size];
        region = new byte[size];
        tenureDays = new short[size];
        recencyDays = new short[size];
        frequency = new short[size];
        monetary = new float[size];
        reachMask = new int[size];
        lastCategory = new byte[size];
        lifecycle = new byte[size];
    }

    public int size() {
        return segment.length;
    }

    /**
     * The global index of this population's customer 0: 0 for a whole population, the start of the
     * range for a customer range generated on its own ({@link PopulationGenerator#generateRange}).
     * Every keyed draw of a customer uses its global index ({@code firstCustomer() + i}), so a range
     * simulated alone draws what the same customers draw inside the whole population.
     */
    public int firstCustomer() {
        return first;
    }

    public List<String> segmentNames() {
        return segmentNames;
    }

    public List<String> regionNames() {
        return regionNames;
    }

    public List<String> channelNames() {
        return channelNames;
    }

    public List<String> categoryNames() {
        return categoryNames;
    }

    /** Segment index into {@link #segmentNames()}. */
    public int segment(int i) {
        return segment[i];
    }

    /** Age band index into {@link io.campaignsim.core.AgeBand#LABELS}. */
    public int ageBand(int i) {
        return ageBand[i];
    }

    public int region(int i) {
        return region[i];
    }

    /** Days since the customer's first purchase or sign-up, at day 0. */
    public int tenureDays(int i) {
        return tenureDays[i];
    }

    /** Days since the last purchase, at day 0 (RFM recency). */
    public int recencyDays(int i) {
        return recencyDays[i];
    }

    /** Purchases in the 365 days before day 0 (RFM frequency). */
    public int frequency(int i) {
        return frequency[i];
    }

    /** Average basket value of past purchases, 0 when none (RFM monetary). */
    public double monetary(int i) {
        return monetary[i];
    }

    /** Whether we hold an address for the channel (email address, phone number, app install). */
    public boolean reachable(int i, int channel) {
        return (reachMask[i] & (1 << channel)) != 0;
    }

    /** Bit c set when channel c is reachable. */
    public int reachMask(int i) {
        return reachMask[i];
    }

    /** Category index of the last purchase (into {@link #categoryNames()}). */
    public int lastCategory(int i) {
        return lastCategory[i];
    }

    /** Lifecycle state at day 0. */
    public Lifecycle lifecycle(int i) {
        return Lifecycle.of(lifecycle[i]);
    }

    /** Bytes held per customer, for the memory estimate. */
    public static long bytesPerCustomer() {
        return 1 + 1 + 1 + 2 + 2 + 2 + 4 + 4 + 1 + 1;
    }
}
