package io.campaignsim.report.sim;

import io.campaignsim.core.Metric;
import io.campaignsim.engine.Kpis;
import io.campaignsim.engine.SendTimeTally;
import io.campaignsim.engine.SimulationResult;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A small hand-made result: 3 days, 2 channels (email, sms), 2 segments (loyal 25 %, lapsing 75 %),
 * 100 customers. Day d: policy converts 2+d, the no-contact twin 1+d; revenue 100 and margin 40 a
 * conversion; the policy pays contact cost 1 and incentives 2 a day on 10 email + 2 sms contacts.
 * So over 3 days: conversions 9 vs 6, profit 351 vs 240, incremental profit 111. Send times: each
 * day 8 contacts at 09:00 (5 opened) and 4 at 18:00 (1 opened); days 0..2 are Monday..Wednesday.
 */
final class ReportFixtures {

    static final String SCENARIO_YAML = """
            name: tiny
            description: "A <b>tiny</b> test & more"
            seed: 7
            horizon_days: 3
            population:
              size: 100
              segments:
                - { name: loyal, share: 0.25, purchase_rate: 0.02 }
                - { name: lapsing, share: 0.75, purchase_rate: 0.005 }
            channels:
              email: { cost: 0.1 }
              sms: { cost: 0.0 }
            offers:
              - { name: none }
            policy:
              rules:
                - when: "days_since_purchase > 30 and segment == \\"lapsing\\""
                  then: { channel: email }
            """;

    static final int DAYS = 3;
    static final int CUSTOMERS = 100;
    static final List<String> CHANNELS = List.of("email", "sms");
    static final List<String> SEGMENTS = List.of("loyal", "lapsing");
    static final double[] SEGMENT_SHARE = {0.25, 0.75};

    private ReportFixtures() {}

    static Scenario scenario() {
        return new ScenarioLoader().parse(SCENARIO_YAML, "tiny.yaml");
    }

    static SimulationResult result() {
        List<Kpis> daily = new ArrayList<>();
        List<Kpis> twinDaily = new ArrayList<>();
        for (int d = 0; d < DAYS; d++) {
            daily.add(day(d, true));
            twinDaily.add(day(d, false));
        }
        Kpis total = sum(daily);
        Kpis twinTotal = sum(twinDaily);
        List<Kpis> segmentTotals = new ArrayList<>();
        List<Kpis> twinSegments = new ArrayList<>();
        List<List<Kpis>> segmentChannel = new ArrayList<>();
        for (double share : SEGMENT_SHARE) {
            segmentTotals.add(scale(total, share));
            twinSegments.add(scale(twinTotal, share));
            // email carries 10/12 of the contact activity, sms 2/12
            segmentChannel.add(List.of(contactsOnly(scale(total, share * 10 / 12), 0),
                    contactsOnly(scale(total, share * 2 / 12), 1)));
        }
        return new SimulationResult("tiny", 7, 0, CUSTOMERS, DAYS, CHANNELS, SEGMENTS, total, daily, segmentTotals,
                segmentChannel, twinTotal, twinDaily, twinSegments, 1234, sendTime());
    }

    static SendTimeTally sendTime() {
        double[] contacts = new double[SendTimeTally.SLOTS];
        double[] opens = new double[SendTimeTally.SLOTS];
        for (int d = 0; d < DAYS; d++) {
            contacts[SendTimeTally.slot(9, d)] = 8;
            opens[SendTimeTally.slot(9, d)] = 5;
            contacts[SendTimeTally.slot(18, d)] = 4;
            opens[SendTimeTally.slot(18, d)] = 1;
        }
        return new SendTimeTally(contacts, opens);
    }

    static Kpis kpis(Map<Metric, Double> values, double... contactsByChannel) {
        double[] v = new double[Metric.COUNT];
        values.forEach((m, x) -> v[m.ordinal()] = x);
        return new Kpis(v, contactsByChannel);
    }

    private static Kpis day(int d, boolean policy) {
        Map<Metric, Double> m = new EnumMap<>(Metric.class);
        double conversions = policy ? 2 + d : 1 + d;
        m.put(Metric.CONVERSIONS, conversions);
        m.put(Metric.REVENUE, 100 * conversions);
        m.put(Metric.MARGIN, 40 * conversions);
        m.put(Metric.CHURNED, 1.0);
        m.put(Metric.ACTIVE, CUSTOMERS - (d + 1.0));
        if (!policy) {
            m.put(Metric.PROFIT, 40 * conversions);
            return kpis(m, 0, 0);
        }
        m.put(Metric.CONTACTS, 12.0);
        m.put(Metric.OPENS, 6.0);
        m.put(Metric.CLICKS, 2.0);
        m.put(Metric.CONTACT_CONVERSIONS, 1.0);
        m.put(Metric.CONTACT_COST, 1.0);
        m.put(Metric.INCENTIVE_COST, 2.0);
        m.put(Metric.PROFIT, 40 * conversions - 3);
        m.put(Metric.UNSUBSCRIBES, d == 1 ? 1.0 : 0.0);
        return kpis(m, 10, 2);
    }

    /** Sum over days; ACTIVE, a gauge, takes the last day's value. */
    private static Kpis sum(List<Kpis> days) {
        double[] v = new double[Metric.COUNT];
        double[] c = new double[CHANNELS.size()];
        for (Kpis k : days) {
            double[] x = k.values();
            for (int i = 0; i < v.length; i++) {
                v[i] += x[i];
            }
            for (int i = 0; i < c.length; i++) {
                c[i] += k.contacts(i);
            }
        }
        v[Metric.ACTIVE.ordinal()] = days.get(days.size() - 1).get(Metric.ACTIVE);
        return new Kpis(v, c);
    }

    private static Kpis scale(Kpis k, double f) {
        double[] v = k.values();
        double[] c = new double[k.channels()];
        for (int i = 0; i < v.length; i++) {
            v[i] *= f;
        }
        for (int i = 0; i < c.length; i++) {
            c[i] = k.contacts(i) * f;
        }
        return new Kpis(v, c);
    }

    /** The per-channel view: contacts on {@code channel} only, no segment-wide gauges. */
    private static Kpis contactsOnly(Kpis k, int channel) {
        double[] v = k.values();
        v[Metric.CONVERSIONS.ordinal()] = 0;
        v[Metric.CHURNED.ordinal()] = 0;
        v[Metric.ACTIVE.ordinal()] = 0;
        double[] c = new double[CHANNELS.size()];
        c[channel] = v[Metric.CONTACTS.ordinal()];
        return new Kpis(v, c);
    }
}
