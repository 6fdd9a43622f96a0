package io.campaignsim.population;

import io.campaignsim.core.AgeBand;
import io.campaignsim.core.UserInputException;
import io.campaignsim.scenario.ChannelSpec;
import io.campaignsim.scenario.PopulationSpec;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.SegmentSpec;
import io.campaignsim.scenario.UpliftGroupsSpec;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The scenario's population model as flat parameter arrays, computed once (docs/model.md,
 * "Population"). Shards turn it into a {@link CustomerSampler} bound to their own stream.
 *
 * @implNote Immutable; shared by all shards.
 */
final class CustomerModel {

    /** Probabilities of {@link AgeBand#LABELS}. */
    static final double[] AGE_BAND_PROBS = {0.12, 0.20, 0.20, 0.18, 0.15, 0.15};
    /** Longest tenure generated (ten years). */
    static final int MAX_TENURE_DAYS = 3650;
    /** RFM look-back window: frequency counts purchases in the last year. */
    static final int RFM_WINDOW_DAYS = 365;
    /** Cap of daily rates: beyond it a "rate" is no longer a small daily probability. */
    static final double MAX_RATE = 0.5;
    /** Standard deviation, in hours, of a customer's preferred hour around its mode. */
    static final double HOUR_SPREAD = 1.5;
    /** Log-normal spread of a customer's observed average basket around the hidden basket mean. */
    static final double MONETARY_SIGMA = 0.3;
    /** Shape of the gamma weights behind channel affinities (2: most customers near the mean, few extremes). */
    static final double CHANNEL_GAMMA_SHAPE = 2.0;
    /** Log-scale spread of category affinities: exp(0.5 Z) spans roughly 0.4x to 2.3x (95 %). */
    static final double CATEGORY_SIGMA = 0.5;
    /** Bit masks and byte codes bound the number of channels and of named levels. */
    static final int MAX_CHANNELS = 32;
    static final int MAX_LEVELS = 127;

    final long seed;
    final List<String> segmentNames;
    final List<String> regionNames;
    final List<String> channelNames;
    final List<String> categoryNames;
    final double[] segmentShare;
    final double[] segmentPurchaseRate;
    final double[] segmentChurnHazard;
    final double[] segmentBasket;
    final double[] segmentDiscount;
    final double[] segmentTenure;
    /** Per segment, the cumulative distribution of the preferred weekday, or null for uniform. */
    final double[][] segmentWeekdayCdf;
    final double[] groupShare;
    /** Uplift-group shares per segment (the population's where a segment has none). */
    final double[][] segmentGroupShare;
    final double[] groupMultiplier;
    final double[] channelWeight;
    final double[] channelReach;
    final int[] hourModeHour;
    final double[] hourModeWeight;
    final double sigma;
    final double rho;

    CustomerModel(Scenario scenario) {
        PopulationSpec pop = scenario.population();
        seed = scenario.seed();
        segmentNames = scenario.segmentNames();
        regionNames = pop.regions();
        channelNames = scenario.channelNames();
        categoryNames = scenario.catalog().categories();
        checkCount("channels", channelNames.size(), MAX_CHANNELS);
        checkCount("population.segments", segmentNames.size(), MAX_LEVELS);
        checkCount("population.regions", regionNames.size(), MAX_LEVELS);
        checkCount("catalog.categories", categoryNames.size(), MAX_LEVELS);
        List<SegmentSpec> segs = pop.segments();
        int s = segs.size();
        segmentShare = new double[s];
        segmentPurchaseRate = new double[s];
        segmentChurnHazard = new double[s];
        segmentBasket = new double[s];
        segmentDiscount = new double[s];
        segmentTenure = new double[s];
        segmentWeekdayCdf = new double[s][];
        for (int j = 0; j < s; j++) {
            SegmentSpec g = segs.get(j);
            segmentShare[j] = g.share();
            segmentPurchaseRate[j] = g.purchaseRate();
            segmentChurnHazard[j] = g.churnHazard();
            segmentBasket[j] = g.avgBasket();
            segmentDiscount[j] = g.discountSensitivity();
            segmentTenure[j] = g.tenureDays();
            if (!g.weekdayShares().isEmpty()) {
                double[] cdf = new double[g.weekdayShares().size()];
                double acc = 0;
                for (int d = 0; d < cdf.length; d++) {
                    acc += g.weekdayShares().get(d);
                    cdf[d] = acc;
                }
                segmentWeekdayCdf[j] = cdf;
            }
        }
        UpliftGroupsSpec groups = pop.upliftGroups();
        int n = UpliftGroupsSpec.NAMES.size();
        groupShare = new double[n];
        groupMultiplier = new double[n];
        for (int j = 0; j < n; j++) {
            groupShare[j] = groups.get(j).share();
            groupMultiplier[j] = groups.get(j).baseMultiplier();
        }
        segmentGroupShare = new double[segs.size()][];
        for (int j = 0; j < segs.size(); j++) {
            List<Double> own = segs.get(j).upliftShares();
            segmentGroupShare[j] = own.isEmpty() ? groupShare.clone() : own.stream().mapToDouble(Double::doubleValue).toArray();
        }
        List<ChannelSpec> channels = scenario.channels();
        int c = channels.size();
        channelReach = new double[c];
        double[] pref = new double[c];
        for (int j = 0; j < c; j++) {
            channelReach[j] = channels.get(j).reach();
            pref[j] = channels.get(j).preference();
        }
        channelWeight = normalised(pref);
        List<PopulationSpec.HourMode> modes = pop.hourModes();
        hourModeHour = modes.stream().mapToInt(PopulationSpec.HourMode::hour).toArray();
        hourModeWeight = normalised(modes.stream().mapToDouble(PopulationSpec.HourMode::weight).toArray());
        sigma = pop.heterogeneity();
        rho = scenario.catalog().affinityCorrelation();
    }

    int channels() {
        return channelNames.size();
    }

    int categories() {
        return categoryNames.size();
    }

    ObservedPopulation newObserved(int size) {
        return newObserved(size, 0);
    }

    ObservedPopulation newObserved(int size, int first) {
        return new ObservedPopulation(segmentNames, regionNames, channelNames, categoryNames, size, first);
    }

    GroundTruth newTruth(int size) {
        return new GroundTruth(size, channels(), categories());
    }

    CustomerSampler sampler(UniformRandomProvider rng) {
        return new CustomerSampler(this, rng);
    }

    /** Weights scaled to sum to 1; uniform when none is positive (e.g. every preference 0). */
    static double[] normalised(double[] w) {
        double sum = 0;
        for (double v : w) {
            sum += v;
        }
        double[] out = new double[w.length];
        for (int j = 0; j < w.length; j++) {
            out[j] = sum > 0 ? w[j] / sum : 1.0 / w.length;
        }
        return out;
    }

    private static void checkCount(String what, int count, int max) {
        if (count > max) {
            throw new UserInputException(what + " has " + count + " entries; at most " + max + " are supported");
        }
    }
}
