package io.campaignsim.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.core.Metric;
import io.campaignsim.policy.JourneyPolicy;
import io.campaignsim.population.Population;
import io.campaignsim.population.PopulationGenerator;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Same model, proven (issue #20): the next-event engine's outputs have the daily engine's
 * distribution. One population, {@link #SEEDS} replications per engine with disjoint world streams
 * (daily: replications 0..R-1, next-event: R..2R-1, so the two samples are independent), on a
 * scenario that exercises everything that moves a hazard: contacts on six channels with offers and
 * categories, a journey, caps, strong effects (the day's purchase probability often exceeds the
 * organic bound), sleeping dogs (below it), fatigue heavy enough to drive churn, discount
 * habituation and cross-category effects.
 *
 * <p>Tests, each two-sided:
 * <ul>
 *   <li>Welch two-sample t on per-replication totals: conversions, contact conversions, churn,
 *       unsubscribes, opens, clicks, contacts, revenue and profit per segment; contacts, opens and
 *       contact conversions per segment and channel; the twin's conversions, churn and profit per
 *       segment; the true incremental conversions and profit; conversions and churn per 15-day
 *       window. Replications are i.i.d. given the population, so the t statistic is exact up to
 *       normality of the totals (sums of thousands of customers).</li>
 *   <li>Chi-square homogeneity of the per-customer purchase-count histograms (0, 1, 2, 3, 4+) in
 *       both worlds, pooled over replications. Customers are independent (the policy keeps no
 *       cross-customer state), though not identically distributed, which only makes the
 *       multinomial variance an upper bound: the test is conservative.</li>
 *   <li>Two-sample Kolmogorov-Smirnov on per-customer totals pooled over replications: profit in
 *       both worlds, purchases, and the true incremental profit (policy minus twin, which depends
 *       on how the two worlds share draws). Asymptotic p-values; for these discrete distributions
 *       they are conservative.</li>
 * </ul>
 * The family of K tests has size {@link #FAMILY_ALPHA}: each test is held to FAMILY_ALPHA / K
 * (Bonferroni). The last test shows the family has power: the daily engine with purchase rates 4 %
 * higher must be told apart on conversions at the same threshold.
 */
@Tag("slow")
class SteppingEquivalenceTest {

    static final int SEEDS = 40;
    static final int SIZE = 5_000;
    static final int DAYS = 60;
    static final double FAMILY_ALPHA = 0.001;

    static final String YAML = """
            name: equivalence
            seed: 11
            horizon_days: 60
            population:
              size: 5000
              segments:
                - { name: loyal,   share: 0.3, purchase_rate: 0.03, churn_hazard: 0.001, avg_basket: 90, tenure_days: 900 }
                - { name: regular, share: 0.4, purchase_rate: 0.01, churn_hazard: 0.002, avg_basket: 60, tenure_days: 300 }
                - { name: lapsing, share: 0.3, purchase_rate: 0.004, churn_hazard: 0.004, avg_basket: 45, tenure_days: 120 }
              uplift_groups:
                persuadable:  { share: 0.4, effect: 0.12 }
                sure_thing:   { share: 0.2 }
                lost_cause:   { share: 0.2 }
                sleeping_dog: { share: 0.2, effect: -0.02 }
              discount_habituation: { per_offer: 0.3, half_life_days: 20 }
            channels:
              email: { cost: 0.002, reach: 0.95, open_rate: 0.30, click_rate: 0.12, fatigue_per_send: 0.4, unsubscribe_rate: 0.004 }
              sms:   { cost: 0.03,  reach: 0.60, open_rate: 0.50, click_rate: 0.10, persuasion: 1.3, fatigue_per_send: 0.8, unsubscribe_rate: 0.01 }
              push:  { cost: 0.0,   reach: 0.45, open_rate: 0.15, click_rate: 0.08, fatigue_per_send: 0.3, unsubscribe_rate: 0.005 }
              call:  { cost: 2.50,  reach: 0.35, open_rate: 0.40, click_rate: 0.30, persuasion: 3.0, fatigue_per_send: 1.0, unsubscribe_rate: 0.02 }
              web:   { cost: 0.001, reach: 0.80, open_rate: 0.20, click_rate: 0.05, fatigue_per_send: 0.1, unsubscribe_rate: 0.001 }
              store: { cost: 0.10,  reach: 0.30, open_rate: 0.30, click_rate: 0.20, persuasion: 1.5, fatigue_per_send: 0.5, unsubscribe_rate: 0.003 }
            offers:
              - { name: ten_off, discount: 0.10 }
              - { name: twenty_off, discount: 0.20 }
              - { name: free_ship, fixed_cost: 4.90 }
            catalog:
              categories: [apparel, shoes, accessories, home]
              conversion: { apparel: 1.2, shoes: 0.8, accessories: 1.5, home: 0.6 }
              leads_to:
                apparel: { shoes: 2.0, accessories: 1.5 }
            economics:
              margin_rate: 0.40
            policy:
              frequency_cap: { per_day: 2, per_week: 5 }
              channel_caps:
                call: { per_week: 1 }
              quiet_hours: { start: 21, end: 8 }
              send_time: { mode: best_observed, hour: 10 }
              channel_choice: { mode: preferred_observed, channel: email }
              rules:
                - name: winback
                  when: "days_since_purchase > 30"
                  then: { channel: auto, offer: twenty_off }
                - name: cross_sell
                  when: "days_since_purchase <= 14 and purchases_30d >= 1"
                  then: { channel: email, category: last_purchased }
                - name: call_big
                  when: "monetary > 100 and days_since_call > 10"
                  then: { channel: call, offer: ten_off }
                - name: web_nudge
                  when: "days_since_web >= 3"
                  then: { channel: web }
              journeys:
                - name: welcome
                  entry: "tenure_days < 200"
                  exit_on: [purchase, unsubscribe]
                  stages:
                    - { name: hello, action: { channel: sms }, wait_days: 2 }
                    - { name: nudge, action: { channel: push, offer: free_ship }, wait_days: 4 }
            """;

    /** What one replication yields: named totals and per-customer totals. */
    record Sample(Map<String, Double> totals, double[] profit, double[] twinProfit, double[] purchases,
            double[] twinPurchases) {}

    @Test
    void nextEventOutputsHaveTheDailyEnginesDistribution() throws InterruptedException {
        Scenario s = new ScenarioLoader().parse(YAML, "equivalence.yaml");
        Population p = new PopulationGenerator(s).generate(2);
        List<Sample> daily = runs(s, p, Stepping.DAILY, 0);
        List<Sample> next = runs(s, p, Stepping.NEXT_EVENT, SEEDS);

        Map<String, Double> pValues = new LinkedHashMap<>();
        for (String name : daily.get(0).totals().keySet()) {
            double pv = welch(column(daily, name), column(next, name));
            if (!Double.isNaN(pv)) {
                pValues.put("welch " + name, pv);
            }
        }
        pValues.put("chi2 purchases per customer", chiSquare(pooled(daily, Sample::purchases), pooled(next, Sample::purchases)));
        pValues.put("chi2 twin purchases per customer",
                chiSquare(pooled(daily, Sample::twinPurchases), pooled(next, Sample::twinPurchases)));
        pValues.put("ks profit per customer", ks(pooled(daily, Sample::profit), pooled(next, Sample::profit)));
        pValues.put("ks twin profit per customer", ks(pooled(daily, Sample::twinProfit), pooled(next, Sample::twinProfit)));
        pValues.put("ks purchases per customer", ks(pooled(daily, Sample::purchases), pooled(next, Sample::purchases)));
        pValues.put("ks incremental profit per customer", ks(incremental(daily), incremental(next)));

        int k = pValues.size();
        double threshold = FAMILY_ALPHA / k;
        List<String> rejected = new ArrayList<>();
        pValues.forEach((name, pv) -> {
            if (pv < threshold) {
                rejected.add(name + " p=" + pv);
            }
        });
        System.out.printf("SteppingEquivalenceTest: %d tests, each at %.2e; smallest p-values: %s%n", k, threshold,
                pValues.entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(5).toList());
        assertTrue(k >= 100, "the family should hold every test listed in the class comment, has " + k);
        assertTrue(rejected.isEmpty(), "rejected at " + threshold + " (family size " + FAMILY_ALPHA + " over " + k
                + " tests): " + rejected);

        // Power: a 4 % higher purchase rate, daily engine, must be detected on total conversions.
        Scenario more = new ScenarioLoader().parse(YAML.replace("purchase_rate: 0.03", "purchase_rate: 0.0312")
                .replace("purchase_rate: 0.01,", "purchase_rate: 0.0104,")
                .replace("purchase_rate: 0.004", "purchase_rate: 0.00416"), "equivalence.yaml");
        List<Sample> shifted = runs(more, new PopulationGenerator(more).generate(2), Stepping.DAILY, 2 * SEEDS);
        double pShift = welch(column(daily, "conversions"), column(shifted, "conversions"));
        assertTrue(pShift < threshold, "a 4 % shift in purchase rates should be detected, p=" + pShift);
    }

    private static List<Sample> runs(Scenario s, Population p, Stepping stepping, int firstReplication)
            throws InterruptedException {
        SimulationEngine engine = SimulationEngine.builder(s, p).threads(2).stepping(stepping)
                .policy(JourneyPolicy.factory(s)).customerOutcomes(true).build();
        List<Sample> out = new ArrayList<>();
        for (int r = 0; r < SEEDS; r++) {
            SimulationEngine.Run run = engine.runDetailed(SimulationEngine.RunOptions.of(firstReplication + r));
            out.add(sample(run, s));
        }
        return out;
    }

    private static Sample sample(SimulationEngine.Run run, Scenario s) {
        SimulationResult r = run.result();
        Map<String, Double> t = new LinkedHashMap<>();
        t.put("conversions", r.total().get(Metric.CONVERSIONS));
        List<Metric> policyMetrics = List.of(Metric.CONVERSIONS, Metric.CONTACT_CONVERSIONS, Metric.CHURNED,
                Metric.UNSUBSCRIBES, Metric.OPENS, Metric.CLICKS, Metric.CONTACTS, Metric.REVENUE, Metric.PROFIT);
        for (int seg = 0; seg < s.segmentNames().size(); seg++) {
            String sn = s.segmentNames().get(seg);
            for (Metric m : policyMetrics) {
                t.put(m.key() + " " + sn, r.segmentTotals().get(seg).get(m));
            }
            for (Metric m : List.of(Metric.CONVERSIONS, Metric.CHURNED, Metric.PROFIT)) {
                t.put("twin " + m.key() + " " + sn, r.counterfactualSegments().get(seg).get(m));
            }
            for (int c = 0; c < s.channels().size(); c++) {
                for (Metric m : List.of(Metric.CONTACTS, Metric.OPENS, Metric.CONTACT_CONVERSIONS)) {
                    t.put(m.key() + " " + sn + "/" + s.channelNames().get(c), r.segmentChannel().get(seg).get(c).get(m));
                }
            }
        }
        t.put("incremental conversions", r.incremental().get(Metric.CONVERSIONS));
        t.put("incremental profit", r.incremental().get(Metric.PROFIT));
        for (int w = 0; w < DAYS / 15; w++) {
            double buys = 0;
            double churn = 0;
            for (int d = 15 * w; d < 15 * (w + 1); d++) {
                buys += r.daily().get(d).get(Metric.CONVERSIONS);
                churn += r.daily().get(d).get(Metric.CHURNED);
            }
            t.put("conversions days " + 15 * w + "-" + (15 * w + 14), buys);
            t.put("churned days " + 15 * w + "-" + (15 * w + 14), churn);
        }
        CustomerOutcomes o = run.outcomes();
        int n = o.size();
        double[] profit = new double[n];
        double[] twinProfit = new double[n];
        double[] purchases = new double[n];
        double[] twinPurchases = new double[n];
        for (int i = 0; i < n; i++) {
            profit[i] = o.policy(Metric.PROFIT, i);
            twinProfit[i] = o.twin(Metric.PROFIT, i);
            purchases[i] = o.policy(Metric.CONVERSIONS, i);
            twinPurchases[i] = o.twin(Metric.CONVERSIONS, i);
        }
        return new Sample(t, profit, twinProfit, purchases, twinPurchases);
    }

    private static double[] column(List<Sample> samples, String name) {
        return samples.stream().mapToDouble(x -> x.totals().get(name)).toArray();
    }

    private static double[] pooled(List<Sample> samples, java.util.function.Function<Sample, double[]> f) {
        return samples.stream().flatMapToDouble(x -> Arrays.stream(f.apply(x))).toArray();
    }

    private static double[] incremental(List<Sample> samples) {
        return samples.stream().flatMapToDouble(x -> {
            double[] d = new double[x.profit().length];
            for (int i = 0; i < d.length; i++) {
                d[i] = x.profit()[i] - x.twinProfit()[i];
            }
            return Arrays.stream(d);
        }).toArray();
    }

    /** Two-sided Welch t-test p-value; NaN when both samples are constant and equal (nothing to test). */
    static double welch(double[] a, double[] b) {
        double ma = mean(a);
        double mb = mean(b);
        double va = variance(a, ma) / a.length;
        double vb = variance(b, mb) / b.length;
        if (va + vb == 0) {
            return ma == mb ? Double.NaN : 0.0;
        }
        double t = (ma - mb) / Math.sqrt(va + vb);
        double df = (va + vb) * (va + vb) / (va * va / (a.length - 1) + vb * vb / (b.length - 1));
        return 2 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t));
    }

    /** Chi-square homogeneity p-value of two histograms of counts 0, 1, 2, 3 and 4 or more. */
    static double chiSquare(double[] a, double[] b) {
        int bins = 5;
        double[][] table = new double[2][bins];
        for (double x : a) {
            table[0][(int) Math.min(x, bins - 1)]++;
        }
        for (double x : b) {
            table[1][(int) Math.min(x, bins - 1)]++;
        }
        double total = a.length + b.length;
        double stat = 0;
        int df = 0;
        for (int j = 0; j < bins; j++) {
            double col = table[0][j] + table[1][j];
            if (col == 0) {
                continue;
            }
            df++;
            for (int r = 0; r < 2; r++) {
                double expected = col * (r == 0 ? a.length : b.length) / total;
                stat += (table[r][j] - expected) * (table[r][j] - expected) / expected;
            }
        }
        return 1 - new ChiSquaredDistribution(null, Math.max(1, df - 1)).cumulativeProbability(stat);
    }

    /** Two-sample Kolmogorov-Smirnov p-value from the asymptotic Kolmogorov distribution. */
    static double ks(double[] a, double[] b) {
        double[] x = a.clone();
        double[] y = b.clone();
        Arrays.sort(x);
        Arrays.sort(y);
        int i = 0;
        int j = 0;
        double d = 0;
        while (i < x.length && j < y.length) {
            double v = Math.min(x[i], y[j]);
            while (i < x.length && x[i] == v) {
                i++;
            }
            while (j < y.length && y[j] == v) {
                j++;
            }
            d = Math.max(d, Math.abs((double) i / x.length - (double) j / y.length));
        }
        double ne = (double) x.length * y.length / (x.length + y.length);
        double lambda = (Math.sqrt(ne) + 0.12 + 0.11 / Math.sqrt(ne)) * d;
        return kolmogorovQ(lambda);
    }

    /** Q(λ) = 2 Σ (-1)^(k-1) exp(-2 k² λ²), the Kolmogorov distribution's upper tail. */
    static double kolmogorovQ(double lambda) {
        if (lambda < 0.2) {
            return 1.0;
        }
        double sum = 0;
        for (int k = 1; k <= 100; k++) {
            sum += (k % 2 == 1 ? 1 : -1) * Math.exp(-2.0 * k * k * lambda * lambda);
        }
        return Math.min(1.0, Math.max(0.0, 2 * sum));
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double variance(double[] v, double m) {
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return s / (v.length - 1);
    }
}
