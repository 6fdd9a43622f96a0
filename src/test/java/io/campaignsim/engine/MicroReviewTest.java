package io.campaignsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.core.Metric;
import io.campaignsim.policy.JourneyPolicy;
import io.campaignsim.population.GroundTruth;
import io.campaignsim.population.Population;
import io.campaignsim.population.PopulationGenerator;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import io.campaignsim.world.WorldModel;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The micro review (issue #18): the per-channel and per-touchpoint breakdown adds up to the run's
 * totals, journey counts are conserved, opted_out_<journey> reads the opt-outs, and the catalog's
 * cross-category effect shows in purchases as the hidden truth says it should.
 */
class MicroReviewTest {

    private static String yaml(double optOutRate, String leadsTo) {
        return """
                name: t
                seed: 11
                horizon_days: 40
                population:
                  size: 6000
                  segments:
                    - { name: a, share: 1.0, purchase_rate: 0.02, churn_hazard: 0.002, avg_basket: 50 }
                  uplift_groups:
                    persuadable:  { share: 0.6, effect: 0.05 }
                    sure_thing:   { share: 0.1 }
                    lost_cause:   { share: 0.2 }
                    sleeping_dog: { share: 0.1, effect: -0.02 }
                channels:
                  email: { cost: 0.01, reach: 0.9, open_rate: 0.3, click_rate: 0.2, unsubscribe_rate: 0.01 }
                  sms:   { cost: 0.05, reach: 0.6, open_rate: 0.5, click_rate: 0.1, unsubscribe_rate: 0.02 }
                offers:
                  - { name: ten_off, discount: 0.10 }
                catalog:
                  categories: [bikes, helmets, lights, locks]
                  affinity_correlation: 0.0
                """ + leadsTo + """
                policy:
                  rules:
                    - name: recent
                      when: "days_since_purchase <= 10"
                      then: { channel: sms, category: last_purchased }
                    - name: after_opt_out
                      when: "opted_out_welcome == 1 and days_since_email > 6"
                      then: { channel: email, category: helmets }
                  journeys:
                    - name: welcome
                      exit_on: [purchase]
                      opt_out_rate: %s
                      stages:
                        - { name: hello,  action: { channel: email, category: bikes }, wait_days: 3 }
                        - { name: remind, action: { channel: email, offer: ten_off }, wait_days: 5 }
                        - { name: last,   action: { channel: sms }, wait_days: 4 }
                """.formatted(optOutRate);
    }

    private static Scenario scenario(double optOutRate) {
        return new ScenarioLoader().parse(yaml(optOutRate, ""), "t.yaml");
    }

    private static SimulationEngine.Run run(Scenario s, Population p, int threads) throws InterruptedException {
        return SimulationEngine.builder(s, p).threads(threads).policy(JourneyPolicy.factory(s)).build()
                .runDetailed(SimulationEngine.RunOptions.withBreakdown(0));
    }

    @Test
    void channelAndTouchpointAllocationsAddUpToTheTrueIncrementalProfit() throws Exception {
        Scenario s = scenario(0.2);
        Population p = new PopulationGenerator(s).generate(2);
        SimulationEngine.Run r = run(s, p, 2);
        Breakdown b = r.breakdown();
        double total = r.result().incremental().get(Metric.PROFIT);
        // Allocations re-sum the same per-customer differences in another order: only rounding differs.
        double tol = 1e-9 * (Math.abs(total) + r.result().total().get(Metric.MARGIN));
        assertEquals(total, b.incrementalProfit(), tol);
        assertEquals(total, java.util.Arrays.stream(b.channelIncrementalProfit()).sum(), tol);
        assertEquals(total, java.util.Arrays.stream(b.touchpointIncrementalProfit()).sum()
                + b.unattributedIncrementalProfit(), tol);
        assertEquals(r.result().total().get(Metric.CONTACTS), java.util.Arrays.stream(b.contacts()).sum());
        assertEquals(r.result().total().get(Metric.CONTACTS), java.util.Arrays.stream(b.touchpointContacts()).sum());
        assertEquals(0.0, b.unattributedContacts(), "every contact of a journey policy comes from a rule or stage");
        assertEquals(r.result().total().get(Metric.OPENS), java.util.Arrays.stream(b.opens()).sum());
        assertEquals(r.result().total().get(Metric.CLICKS), java.util.Arrays.stream(b.clicks()).sum());
        assertEquals(r.result().total().get(Metric.CONTACT_CONVERSIONS), java.util.Arrays.stream(b.conversions()).sum());
        assertEquals(io.campaignsim.population.PopulationBudget.microReviewBytesPerCustomer(s),
                SimulationEngine.microReviewBytesPerCustomer(s.channels().size(), b.touchpoints().size()),
                "the memory guard counts what the micro review allocates");
        assertEquals(List.of("journey:welcome/hello", "journey:welcome/remind", "journey:welcome/last", "rule:recent",
                "rule:after_opt_out"), b.touchpoints());
    }

    @Test
    void journeyCountsAreConservedAndOptOutsFeedTheCondition() throws Exception {
        Scenario s = scenario(0.3);
        Population p = new PopulationGenerator(s).generate(2);
        SimulationEngine.Run r = run(s, p, 2);
        JourneyCounts j = r.breakdown().journeys();
        // A linear journey without stage conditions: whoever enters a stage entered the one before
        // and did not leave from it. Only customers who churned (the simulator no longer steps them)
        // stay in a stage 40 days after a 12-day journey: the gap is at most the churned count.
        double churned = r.result().total().get(Metric.CHURNED);
        assertEquals(s.population().size(), j.entries()[0], "everyone enters on day 0 (no entry condition)");
        long stuck = 0;
        for (int st = 0; st < 3; st++) {
            long gap = j.entries()[st] - j.exits(st) - (st < 2 ? j.entries()[st + 1] : 0);
            assertTrue(gap >= 0, "stage " + st + ": more left or moved on than entered");
            stuck += gap;
        }
        assertTrue(stuck <= churned, stuck + " still in the journey, but only " + churned + " churned");
        assertEquals(0, j.finished()[0] + j.finished()[1], "only the last stage finishes");
        assertTrue(j.optedOut()[0] > 0 && j.bought()[0] > 0, "opt-outs and purchases both end journeys");
        long optedOut = j.optedOut()[0] + j.optedOut()[1] + j.optedOut()[2];
        long fired = j.entries()[4];
        assertTrue(fired > 0, "the rule on opted_out_welcome fires for customers who opted out");
        // The rule fires at most once a week per opted-out customer (days_since_email > 6).
        assertTrue(fired <= optedOut * (40 / 7 + 1), fired + " firings for " + optedOut + " opt-outs");

        JourneyCounts none = run(scenario(0.0), p, 2).breakdown().journeys();
        assertEquals(0, none.optedOut()[0] + none.optedOut()[1] + none.optedOut()[2]);
        assertEquals(0, none.entries()[4], "without opt-outs opted_out_welcome is never 1");
    }

    @Test
    void breakdownIsTheSameOnOneAndTwoThreads() throws Exception {
        Scenario s = scenario(0.2);
        Population p = new PopulationGenerator(s).generate(1);
        Breakdown one = run(s, p, 1).breakdown();
        Breakdown two = run(s, p, 2).breakdown();
        assertTrue(java.util.Arrays.equals(one.channelIncrementalProfit(), two.channelIncrementalProfit()));
        assertTrue(java.util.Arrays.equals(one.touchpointIncrementalProfit(), two.touchpointIncrementalProfit()));
        assertTrue(java.util.Arrays.equals(one.journeys().entries(), two.journeys().entries()));
        assertTrue(java.util.Arrays.equals(one.journeys().optedOut(), two.journeys().optedOut()));
    }

    /**
     * Organic purchases after a bike purchase are helmets far more often, and exactly as often as
     * the hidden truth predicts: per purchase the probability of each category is the customer's
     * current interest (affinity x (1 + lift x decay)) over its sum. Observed count vs the sum of
     * those probabilities, within 4 standard deviations of a sum of independent Bernoulli draws.
     */
    @Test
    void crossCategoryEffectShowsInPurchasesAsTheTruthPredicts(@TempDir Path dir) {
        String lead = "  leads_to: { bikes: { helmets: 3.0 } }\n  leads_to_half_life_days: 20\n";
        Scenario s = new ScenarioLoader().parse(yaml(0.0, lead).replaceAll("(?s)policy:.*", ""), "t.yaml")
                .withSize(20_000);
        Population p = new PopulationGenerator(s).generate(2);
        List<CSVRecord> events = EngineFixtures.events(s, p, dir);
        WorldModel world = new WorldModel(s);
        GroundTruth t = p.truth();
        int n = p.size();
        int[] prevCat = new int[n];
        int[] prevDay = new int[n];
        for (int i = 0; i < n; i++) {
            prevCat[i] = p.observed().lastCategory(i);
            prevDay[i] = -p.observed().recencyDays(i);
        }
        int helmets = 1;
        double expected = 0;
        double variance = 0;
        int observed = 0;
        int afterBikes = 0;
        int helmetsAfterBikes = 0;
        int afterOther = 0;
        int helmetsAfterOther = 0;
        double expBikes = 0;
        double varBikes = 0;
        double expOther = 0;
        double varOther = 0;
        for (CSVRecord e : events) {
            if (!e.get("event").equals("purchase")) {
                continue;
            }
            int i = Integer.parseInt(e.get("customer_id"));
            int day = Integer.parseInt(e.get("day"));
            int cat = s.catalog().categories().indexOf(e.get("category"));
            double sum = 0;
            for (int k = 0; k < 4; k++) {
                sum += world.categoryInterest(t, i, k, prevCat[i], day - prevDay[i]);
            }
            double q = world.categoryInterest(t, i, helmets, prevCat[i], day - prevDay[i]) / sum;
            expected += q;
            variance += q * (1 - q);
            boolean helmet = cat == helmets;
            observed += helmet ? 1 : 0;
            if (prevCat[i] == 0) {
                afterBikes++;
                helmetsAfterBikes += helmet ? 1 : 0;
                expBikes += q;
                varBikes += q * (1 - q);
            } else {
                afterOther++;
                helmetsAfterOther += helmet ? 1 : 0;
                expOther += q;
                varOther += q * (1 - q);
            }
            prevCat[i] = cat;
            prevDay[i] = day;
        }
        assertTrue(afterBikes > 500 && afterOther > 500, afterBikes + " / " + afterOther);
        assertEquals(expected, observed, 4 * Math.sqrt(variance), "helmet purchases vs the truth's expectation");
        assertEquals(expBikes, helmetsAfterBikes, 4 * Math.sqrt(varBikes), "helmets after bikes");
        assertEquals(expOther, helmetsAfterOther, 4 * Math.sqrt(varOther), "helmets after other categories");
        // The effect is measurable: the difference of the two shares is more than 4 standard errors.
        double shareBikes = (double) helmetsAfterBikes / afterBikes;
        double shareOther = (double) helmetsAfterOther / afterOther;
        double se = Math.sqrt(varBikes / ((double) afterBikes * afterBikes) + varOther / ((double) afterOther * afterOther));
        assertTrue(shareBikes - shareOther > 4 * se, shareBikes + " after bikes vs " + shareOther + " after others, se " + se);
    }
}
