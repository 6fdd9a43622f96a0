package io.campaignsim.app;

import io.campaignsim.compare.StrategyRun;
import io.campaignsim.core.Metric;
import io.campaignsim.data.ExperimentLog;
import io.campaignsim.engine.Kpis;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fits a scenario to a randomised experiment log by simulation: each segment's organic
 * purchase rate and persuadable share, and each treated arm's persuasion, are adjusted until the
 * simulator reproduces the log's control conversion rate per segment and each arm's uplift per
 * segment. Uplift is modelled as persuadables (share per segment) reacting to a contact on the
 * first day, scaled by the arm's persuasion (a rank-one fit: segment x arm); negative observed
 * uplifts are fitted as zero (sleeping dogs are not identified by an experiment's averages).
 *
 * <p>Each round simulates the current scenario with common random numbers on a population
 * {@link #SIZE_MULTIPLIER} times the log's size (so that simulation noise is small next to the
 * log's own), then scales parameters by observed / simulated: purchase rates every round,
 * persuadable shares and arm persuasion in alternate rounds (scaling both at once would
 * overshoot, since both multiply the same uplift). The last round fits the arms, so each arm's
 * overall uplift is matched; the segment x arm pattern is matched as far as a rank-one model can.
 */
public final class Calibrator {

    /** Rounds alternate: even rounds fit segments (rates, persuadable shares), odd rounds arms (persuasion). */
    public static final int ROUNDS = 6;
    public static final int SIZE_MULTIPLIER = 8;
    /** Daily effect on purchase probability of a persuadable who sees a contact (before persuasion). */
    static final double PERSUADABLE_EFFECT = 0.2;
    static final double OPEN_RATE = 0.5;

    private final ExperimentLog log;
    private final String name;
    private final String source;
    private final int windowDays;
    private final long seed;
    private final int threads;

    public Calibrator(ExperimentLog log, String name, String source, int windowDays, long seed, int threads) {
        this.log = log;
        this.name = name;
        this.source = source;
        this.windowDays = windowDays;
        this.seed = seed;
        this.threads = threads;
    }

    /** Fitted parameters and how close the last simulation came. */
    public record Fit(double[] purchaseRate, double[] persuadableShare, double[] persuasion, double[] basket,
            double[][] simulatedRate) {}

    public Fit fit() throws InterruptedException {
        int segments = log.segments().size();
        int arms = log.arms().size();
        double[] p = new double[segments];
        double[] q = new double[segments];
        double[] basket = new double[segments];
        for (int s = 0; s < segments; s++) {
            p[s] = Math.max(-Math.log(1 - log.rate(s, 0)) / windowDays, 1e-7);
            q[s] = 0.5;
            double spend = 0;
            long conv = 0;
            for (int a = 0; a < arms; a++) {
                spend += log.spend()[s][a];
                conv += log.conversions()[s][a];
            }
            basket[s] = conv > 0 && spend > 0 ? spend / conv : 50.0;
        }
        double[] persuasion = new double[arms];
        java.util.Arrays.fill(persuasion, 0.2);
        double[][] sim = null;
        for (int round = 0; round < ROUNDS; round++) {
            Scenario scenario = new ScenarioLoader().parse(yaml(p, q, persuasion, basket, log.total() * SIZE_MULTIPLIER, 1),
                    name + ".yaml");
            sim = simulate(scenario);
            for (int s = 0; s < segments; s++) {
                double observed = log.rate(s, 0);
                p[s] = observed > 0 && sim[s][0] > 0 ? Math.min(p[s] * observed / sim[s][0], 0.5) : p[s];
                double want = 0;
                double got = 0;
                for (int a = 1; a < arms; a++) {
                    want += Math.max(0, log.rate(s, a) - observed);
                    got += Math.max(1e-9, sim[s][a] - sim[s][0]);
                }
                if (round % 2 == 0) {
                    q[s] = Math.min(1.0, Math.max(0.0, q[s] * (got > 0 ? want / got : 1)));
                }
            }
            for (int a = 1; a < arms && round % 2 == 1; a++) {
                double want = 0;
                double got = 0;
                for (int s = 0; s < segments; s++) {
                    double w = log.customers()[s][a];
                    want += w * Math.max(0, log.rate(s, a) - log.rate(s, 0));
                    got += w * Math.max(1e-9, sim[s][a] - sim[s][0]);
                }
                persuasion[a] = Math.min(100, Math.max(0, persuasion[a] * (got > 0 ? want / got : 1)));
            }
        }
        Scenario last = new ScenarioLoader().parse(yaml(p, q, persuasion, basket, log.total() * SIZE_MULTIPLIER, 1),
                name + ".yaml");
        return new Fit(p, q, persuasion, basket, simulate(last));
    }

    /** The scenario text for the fitted parameters, at the log's size and with {@code replications}. */
    public String scenario(Fit fit, int replications) {
        return yaml(fit.purchaseRate(), fit.persuadableShare(), fit.persuasion(), fit.basket(), log.total(), replications);
    }

    /** [segment][arm] simulated conversion rate (arm 0 = control). */
    private double[][] simulate(Scenario scenario) throws InterruptedException {
        List<StrategyRun> runs = new CompareJob().simulate(scenario, scenario.strategies(), threads, (d, t) -> { });
        int segments = log.segments().size();
        double[][] rate = new double[segments][log.arms().size()];
        for (int a = 0; a < runs.size(); a++) {
            List<Kpis> seg = runs.get(a).result().segmentTotals();
            for (int s = 0; s < segments; s++) {
                double customers = seg.get(s).get(Metric.ACTIVE) + seg.get(s).get(Metric.CHURNED);
                rate[s][a] = customers > 0 ? seg.get(s).get(Metric.CONVERSIONS) / customers : 0;
            }
        }
        return rate;
    }

    private String yaml(double[] p, double[] q, double[] persuasion, double[] basket, long size, int replications) {
        StringBuilder y = new StringBuilder();
        y.append("# Calibrated by 'campaignsim calibrate' from ").append(source).append(" (").append(log.total())
                .append(" customers; arms: ").append(String.join(", ", log.arms())).append(").\n")
                .append("# Each segment's purchase_rate and persuadable share and each arm's persuasion were fitted by\n")
                .append("# simulation to reproduce the log's control conversion rate per segment and each arm's uplift\n")
                .append("# per segment over ").append(windowDays).append(" days. Arm 0 of the log is the control.\n")
                .append("name: ").append(name).append('\n')
                .append("seed: ").append(seed).append('\n')
                .append("horizon_days: ").append(windowDays).append('\n')
                .append("replications: ").append(replications).append('\n')
                .append("population:\n  size: ").append(size).append("\n  heterogeneity: 0.3\n  segments:\n");
        long total = log.total();
        for (int s = 0; s < p.length; s++) {
            long n = 0;
            for (long v : log.customers()[s]) {
                n += v;
            }
            y.append("    # ").append(log.segments().get(s).replace('\n', ' ')).append('\n')
                    .append(String.format(Locale.ROOT, "    - { name: %s, share: %.9f, purchase_rate: %.8f, churn_hazard: 0,"
                            + " avg_basket: %.2f,%n        uplift_groups: { persuadable: %.6f, sure_thing: 0, lost_cause:"
                            + " %.6f, sleeping_dog: 0 } }%n", slug("s" + (s + 1) + "_" + log.segments().get(s)),
                            s == p.length - 1 ? 1.0 - sharesBefore(p.length - 1, total) : (double) n / total, p[s],
                            basket[s], q[s], 1 - q[s]));
        }
        y.append("  uplift_groups:\n")
                .append(String.format(Locale.ROOT, "    persuadable: { share: 0.5, effect: %.3f }%n", PERSUADABLE_EFFECT))
                .append("    sure_thing: { share: 0, base_multiplier: 1 }\n")
                .append("    lost_cause: { share: 0.5, base_multiplier: 1 }\n")
                .append("    sleeping_dog: { share: 0 }\n")
                .append("channels:\n");
        List<String> channels = new ArrayList<>();
        for (int a = 1; a < log.arms().size(); a++) {
            String c = slug(log.arms().get(a));
            channels.add(c);
            y.append(String.format(Locale.ROOT, "  %s: { cost: 0, reach: 1, open_rate: %.2f, persuasion: %.6f,"
                    + " fatigue_per_send: 0, unsubscribe_rate: 0 }%n", c, OPEN_RATE, persuasion[a]));
        }
        y.append("policy:\n  rules:\n    - { name: send_once, when: \"day == 0\", then: { channel: ")
                .append(channels.get(0)).append(" } }\n")
                .append("strategies:\n  - { name: ").append(slug(log.arms().get(0))).append(", type: holdout }\n");
        for (String c : channels) {
            y.append("  - { name: ").append(c).append(", type: random, arms: [").append(c).append(":none] }\n");
        }
        return y.toString();
    }

    private double sharesBefore(int segments, long total) {
        double sum = 0;
        for (int s = 0; s < segments; s++) {
            long n = 0;
            for (long v : log.customers()[s]) {
                n += v;
            }
            sum += Double.parseDouble(String.format(Locale.ROOT, "%.9f", (double) n / total));
        }
        return sum;
    }

    /** A scenario name from a label: lower case, '_' for anything else, starting with a letter. */
    static String slug(String label) {
        String s = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return s.isEmpty() || !Character.isLetter(s.charAt(0)) ? "a_" + s : s;
    }
}
