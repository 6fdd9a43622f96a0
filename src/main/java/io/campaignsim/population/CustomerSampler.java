package io.campaignsim.population;

import io.campaignsim.core.Lifecycle;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.AliasMethodDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Draws customers of one shard from a {@link CustomerModel}, writing straight into the
 * population arrays. The samplers are built once per shard; the order of draws per customer is
 * fixed, which is what makes a shard's output a function of (seed, shard) alone.
 *
 * @implNote Not thread-safe: one instance per shard.
 */
final class CustomerSampler {

    private final CustomerModel m;
    private final UniformRandomProvider rng;
    private final DiscreteSampler segment;
    private final DiscreteSampler[] groupBySegment;
    private final DiscreteSampler ageBand;
    private final DiscreteSampler hourMode;
    private final ContinuousSampler gauss;
    private final ContinuousSampler exponential;
    private final ContinuousSampler gamma;
    private final double[] scratchGamma;
    private final int categories;
    private final int regions;
    /** sqrt(1 - rho^2) of the category tastes' AR(1) innovations. */
    private final double innovation;
    /**
     * Sum, in category order, of the affinities {@link #drawCategoryAffinity} last wrote, and the
     * customer they belong to: {@link #drawCategory} draws from that sum without reading them again.
     */
    private double affinitySum;
    private int affinitySumOf = -1;

    CustomerSampler(CustomerModel m, UniformRandomProvider rng) {
        this.m = m;
        this.rng = rng;
        segment = AliasMethodDiscreteSampler.of(rng, m.segmentShare);
        groupBySegment = new DiscreteSampler[m.segmentGroupShare.length];
        for (int s = 0; s < groupBySegment.length; s++) {
            groupBySegment[s] = AliasMethodDiscreteSampler.of(rng, CustomerModel.normalised(m.segmentGroupShare[s]));
        }
        ageBand = AliasMethodDiscreteSampler.of(rng, CustomerModel.AGE_BAND_PROBS);
        hourMode = AliasMethodDiscreteSampler.of(rng, m.hourModeWeight);
        gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        exponential = ZigguratSampler.Exponential.of(rng);
        gamma = AhrensDieterMarsagliaTsangGammaSampler.of(rng, CustomerModel.CHANNEL_GAMMA_SHAPE, 1.0);
        scratchGamma = new double[m.channels()];
        categories = m.categories();
        regions = m.regionNames.size();
        innovation = Math.sqrt(1 - m.rho * m.rho);
    }

    int drawSegment() {
        return segment.sample();
    }

    /** Hidden truth of customer {@code i} of segment {@code s}. */
    void drawTruth(GroundTruth t, int i, int s) {
        double sigma = m.sigma;
        int g = groupBySegment[s].sample();
        t.upliftGroup[i] = (byte) g;
        t.purchaseRate[i] = (float) Math.min(CustomerModel.MAX_RATE,
                m.segmentPurchaseRate[s] * m.groupMultiplier[g] * logNormal(sigma));
        t.churnHazard[i] = (float) Math.min(CustomerModel.MAX_RATE, m.segmentChurnHazard[s] * logNormal(sigma));
        t.basketMean[i] = (float) (m.segmentBasket[s] * logNormal(sigma / 2));
        t.discountSensitivity[i] = (float) (m.segmentDiscount[s] * logNormal(sigma));
        t.effectScale[i] = (float) logNormal(sigma);
        drawChannelAffinity(t, i);
        int mode = m.hourModeHour[hourMode.sample()];
        t.preferredHour[i] = (byte) Math.floorMod(Math.round(mode + CustomerModel.HOUR_SPREAD * gauss.sample()), 24);
        t.preferredWeekday[i] = (byte) preferredWeekday(s);
        drawCategoryAffinity(t, i);
    }

    /** Uniform (the draw every earlier version made) unless the segment has preferred_weekdays. */
    private int preferredWeekday(int s) {
        double[] cdf = m.segmentWeekdayCdf[s];
        if (cdf == null) {
            return rng.nextInt(7);
        }
        double u = rng.nextDouble() * cdf[cdf.length - 1];
        for (int d = 0; d < cdf.length - 1; d++) {
            if (u < cdf[d]) {
                return d;
            }
        }
        return cdf.length - 1;
    }

    /** Observed features of customer {@code i}, consistent with its (already drawn) hidden truth. */
    void drawObserved(ObservedPopulation o, GroundTruth t, int i, int s) {
        o.segment[i] = (byte) s;
        o.ageBand[i] = (byte) ageBand.sample();
        o.region[i] = (byte) rng.nextInt(regions);
        int tenure = (int) Math.min(CustomerModel.MAX_TENURE_DAYS, Math.floor(m.segmentTenure[s] * exponential.sample()));
        o.tenureDays[i] = (short) tenure;
        int window = Math.min(tenure, CustomerModel.RFM_WINDOW_DAYS);
        double p = t.purchaseRate[i];
        int frequency = window > 0 && p > 0 ? (int) Math.min(Short.MAX_VALUE, poisson(rng, p * window)) : 0;
        o.frequency[i] = (short) frequency;
        int recency = frequency > 0 ? recencyWithPurchase(p, window) : recencyWithout(p, window, tenure);
        o.recencyDays[i] = (short) recency;
        o.monetary[i] = frequency > 0 ? (float) (t.basketMean[i] * logNormal(CustomerModel.MONETARY_SIGMA)) : 0f;
        int mask = 0;
        for (int c = 0; c < m.channelReach.length; c++) {
            if (rng.nextDouble() < m.channelReach[c]) {
                mask |= 1 << c;
            }
        }
        o.reachMask[i] = mask;
        o.lastCategory[i] = (byte) drawCategory(t, i);
        o.lifecycle[i] = (byte) Lifecycle.classify(tenure, recency).ordinal();
    }

    /** Mean below which commons-rng's {@link PoissonSampler#of} uses its small-mean sampler. */
    static final double POISSON_PIVOT = 40;

    /**
     * A Poisson(mean) draw, the same value from the same uniforms as
     * {@code PoissonSampler.of(rng, mean).sample()} of commons-rng, without building a sampler per
     * customer: below the library's pivot (every customer but those with a year's expected purchases
     * of 40 or more) its small-mean method inline, the count of uniforms whose running product stays
     * at or above exp(-mean), capped at ceil(1000 mean) as the library caps it; at or above it the
     * library's own sampler. {@code CustomerSamplerTest} pins the two against each other.
     *
     * @param mean positive
     */
    static int poisson(UniformRandomProvider rng, double mean) {
        if (mean >= POISSON_PIVOT) {
            return PoissonSampler.of(rng, mean).sample();
        }
        double p0 = Math.exp(-mean);
        int limit = (int) Math.ceil(1000 * mean);
        int n = 0;
        double r = 1;
        while (n < limit) {
            r *= rng.nextDouble();
            if (r < p0) {
                break;
            }
            n++;
        }
        return n;
    }

    /** exp(sigma Z - sigma^2/2): log-normal with mean 1. */
    private double logNormal(double sigma) {
        return Math.exp(sigma * gauss.sample() - 0.5 * sigma * sigma);
    }

    /**
     * Days back to the last of at least one purchase in the window: for a Poisson process the
     * time back to the last event, given one falls inside the window, is an exponential
     * truncated to the window, drawn by inversion. In 1..window.
     */
    private int recencyWithPurchase(double p, int window) {
        double q = -Math.expm1(-p * window);
        double back = -Math.log1p(-rng.nextDouble() * q) / p;
        return (int) Math.max(1, Math.min(window, Math.ceil(back)));
    }

    /**
     * No purchase in the window: the last one lies further back (memoryless, Exp(p) beyond the
     * window start); if that is before the customer joined, there was none and recency counts
     * from the sign-up, i.e. equals tenure.
     */
    private int recencyWithout(double p, int window, int tenure) {
        double back = p > 0 ? Math.ceil(exponential.sample() / p) : Double.POSITIVE_INFINITY;
        return (int) Math.min(tenure, window + back);
    }

    /** affinity_c = G_c / sum_c' w_c' G_c', G ~ Gamma(2, 1): a Dirichlet share over its mean share. */
    private void drawChannelAffinity(GroundTruth t, int i) {
        int channels = scratchGamma.length;
        double denom = 0;
        for (int c = 0; c < channels; c++) {
            scratchGamma[c] = gamma.sample();
            denom += m.channelWeight[c] * scratchGamma[c];
        }
        int base = i * channels;
        for (int c = 0; c < channels; c++) {
            t.channelAffinity[base + c] = denom > 0 ? (float) (scratchGamma[c] / denom) : 1f;
        }
    }

    /**
     * AR(1) latent tastes along the category list, z_k = rho z_(k-1) + sqrt(1 - rho^2) eps_k, each
     * N(0, 1), turned into log-normal multipliers with mean 1: neighbouring categories correlate
     * by rho on the log scale. Not normalised per customer: a per-customer normalisation would
     * make affinities negatively correlated and cancel the neighbour correlation for few categories.
     */
    private void drawCategoryAffinity(GroundTruth t, int i) {
        int k = categories;
        double s = CustomerModel.CATEGORY_SIGMA;
        double z = 0;
        double sum = 0;
        int base = i * k;
        for (int j = 0; j < k; j++) {
            double eps = gauss.sample();
            z = j == 0 ? eps : m.rho * z + innovation * eps;
            float affinity = (float) Math.exp(s * z - 0.5 * s * s);
            t.categoryAffinity[base + j] = affinity;
            sum += affinity;
        }
        affinitySum = sum;
        affinitySumOf = i;
    }

    /** Last purchased category, drawn with probability proportional to the customer's affinity. */
    private int drawCategory(GroundTruth t, int i) {
        int k = t.categories;
        int base = i * k;
        double sum = 0;
        if (affinitySumOf == i) {
            sum = affinitySum; // the same additions, made as the affinities were drawn
        } else {
            for (int j = 0; j < k; j++) {
                sum += t.categoryAffinity[base + j];
            }
        }
        double u = rng.nextDouble() * sum;
        double acc = 0;
        for (int j = 0; j < k - 1; j++) {
            acc += t.categoryAffinity[base + j];
            if (u < acc) {
                return j;
            }
        }
        return k - 1;
    }
}
