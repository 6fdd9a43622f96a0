package io.campaignsim.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.compare.StrategyRun;
import io.campaignsim.core.Metric;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import io.campaignsim.scenario.StrategySpec;
import io.campaignsim.stats.PairedTest;
import io.campaignsim.stats.ReplicationInterval;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The gains issue #18 asks for, on the bundled scenarios as they are (10,000 customers, 120 days,
 * 5 replications; a minute or two on an idle machine): the learned send hour beats every fixed hour,
 * and the learned channel beats preferred_observed and every single channel, each by a paired
 * 95 % interval of the per-replication profit difference (common random numbers) that lies above
 * zero; and the learned hour stays within the distance of the true best hour that
 * docs/personalisation.md documents.
 */
@Tag("slow")
class PersonalisationGainTest {

    private static final int REPLICATIONS = 5;

    @Test
    void learnedSendHourBeatsEveryFixedHour() throws Exception {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/send-time.yaml"));
        assertTrue(s.replications() == REPLICATIONS);
        List<StrategyRun> runs = run(s, Set.of("at_7h", "at_20h", "at_10h", "learned", "true_best_hour"));
        double[] learned = profit(runs, "learned");
        for (String fixed : List.of("at_7h", "at_20h", "at_10h")) {
            PairedTest t = ReplicationInterval.paired(profit(runs, fixed), learned, 0.95);
            assertTrue(t.difference().ciLow() > 0, "learned - " + fixed + ": " + t.difference());
        }
        // docs/personalisation.md: the learned hour's profit is within 25 % of the true best hour's.
        double oracle = mean(profit(runs, "true_best_hour"));
        assertTrue(mean(learned) >= 0.75 * oracle, "learned " + mean(learned) + " vs true best hour " + oracle);
    }

    @Test
    void learnedChannelBeatsPreferredObservedAndEverySingleChannel() throws Exception {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/channel.yaml"));
        assertTrue(s.replications() == REPLICATIONS);
        List<StrategyRun> runs = run(s, Set.of("preferred_observed", "email_only", "sms_only", "push_only", "learned"));
        // The population is the scenario's (10,000): the same runs docs/personalisation.md reports.
        double[] learned = profit(runs, "learned");
        for (String other : List.of("preferred_observed", "email_only", "sms_only", "push_only")) {
            PairedTest t = ReplicationInterval.paired(profit(runs, other), learned, 0.95);
            assertTrue(t.difference().ciLow() > 0, "learned - " + other + ": " + t.difference());
        }
    }

    /**
     * send-weekday.yaml as bundled (10,000 customers, 140 days, 5 replications): holding each weekly
     * newsletter back, within 3 days, to the customer's learned weekday adds to learning the hour
     * alone (which sends on the rule's Monday), by a paired 95 % interval above zero; and it is
     * measured, and documented, that a fixed Tuesday does better still on this horizon
     * (docs/personalisation.md, "Weekday").
     */
    @Test
    void learnedWeekdayAddsToTheLearnedHour() throws Exception {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/send-weekday.yaml"));
        assertTrue(s.replications() == REPLICATIONS);
        List<StrategyRun> runs = run(s, Set.of("hour_learned", "hour_and_weekday_learned", "hour_learned_tuesday"));
        double[] both = profit(runs, "hour_and_weekday_learned");
        PairedTest t = ReplicationInterval.paired(profit(runs, "hour_learned"), both, 0.95);
        assertTrue(t.difference().ciLow() > 0, "weekday and hour - hour: " + t.difference());
        PairedTest tuesday = ReplicationInterval.paired(both, profit(runs, "hour_learned_tuesday"), 0.95);
        assertTrue(tuesday.difference().ciLow() > 0, "Tuesday - learned weekday: " + tuesday.difference());
    }

    /**
     * send-weekday.yaml with weekdays mixed within the segments (its {@code preferred_weekdays}
     * removed: every customer's weekday uniform over the seven, the model's default), the rest as
     * bundled: the world's weekday effect (×1.3 against ×0.95) is too weak for a customer's own
     * weekly opens to tell their weekday within 140 days (src/test/resources/personalisation/
     * weekday_bound.py: even an ideal learner finds it for about 0.2 of customers, against 1/7 for
     * any fixed day), so holding for the learned weekday is not shown to add to the hour alone
     * (paired 95 % interval not above zero), and holding up to 6 days costs (interval below zero:
     * a moved weekday delays the weekly newsletter). docs/personalisation.md, "Weekday".
     */
    @Test
    void onMixedWeekdaysNoWeekdayHoldPays() throws Exception {
        String yaml = java.nio.file.Files.readString(Path.of("scenarios/send-weekday.yaml"));
        String mixed = yaml.replaceAll(",\\n *preferred_weekdays: \\{[^}]*\\} \\}", " }");
        assertTrue(!mixed.contains("preferred_weekdays") && !mixed.equals(yaml), "send-weekday.yaml's segments changed shape");
        Path f = java.nio.file.Files.createTempFile("send-weekday-mixed", ".yaml");
        java.nio.file.Files.writeString(f, mixed);
        Scenario s = new ScenarioLoader().load(f);
        java.nio.file.Files.delete(f);
        assertTrue(s.replications() == REPLICATIONS);
        List<StrategyRun> runs = run(s, Set.of("hour_learned", "hour_and_weekday_learned", "hour_and_weekday_learned_7d"));
        double[] hour = profit(runs, "hour_learned");
        PairedTest window3 = ReplicationInterval.paired(hour, profit(runs, "hour_and_weekday_learned"), 0.95);
        assertTrue(window3.difference().ciLow() <= 0, "weekday (window 3) and hour - hour: " + window3.difference());
        PairedTest window7 = ReplicationInterval.paired(hour, profit(runs, "hour_and_weekday_learned_7d"), 0.95);
        assertTrue(window7.difference().ciHigh() < 0, "weekday (window 7) and hour - hour: " + window7.difference());
    }

    private static List<StrategyRun> run(Scenario s, Set<String> names) throws InterruptedException {
        List<StrategySpec> specs = s.strategies().stream().filter(st -> names.contains(st.name())).toList();
        assertTrue(specs.size() == names.size(), s.name() + " names " + names);
        return new CompareJob().simulate(s, specs, 2, (d, t) -> { });
    }

    private static double[] profit(List<StrategyRun> runs, String name) {
        double[] out = new double[REPLICATIONS];
        for (StrategyRun r : runs) {
            if (r.strategy().equals(name)) {
                out[r.replication()] = r.result().total().get(Metric.PROFIT);
            }
        }
        return out;
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }
}
