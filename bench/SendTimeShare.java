import io.campaignsim.engine.*;
import io.campaignsim.policy.JourneyPolicy;
import io.campaignsim.population.*;
import io.campaignsim.scenario.*;
import java.nio.file.*;

/**
 * How well {@code send_time: learned} (the journey policy's learner) finds each customer's hidden best
 * hour, over several populations and replications: the share of sends within an hour of the true best
 * hour in days 100-119 of the bundled send-time scenario at 4,000 customers, as
 * {@code PersonalisationLearningTest} counts it for one seed. For changes to the learner that change its
 * random numbers but should not change what it learns (docs/personalisation.md, "Session 7"). Usage:
 * {@code java -cp target/campaignsim.jar bench/SendTimeShare.java REPLICATIONS} (from the checkout's top).
 */
public class SendTimeShare {
    public static void main(String[] a) throws Exception {
        String yaml = Files.readString(Path.of("scenarios/send-time.yaml")).replace("send_time: { mode: fixed, hour: 10 }", "send_time: { mode: learned }");
        Path tmp = Files.createTempFile("learned", ".yaml");
        Files.writeString(tmp, yaml);
        Scenario s = new ScenarioLoader().load(tmp).withSize(4000);
        int reps = Integer.parseInt(a[0]);
        StringBuilder out = new StringBuilder();
        double sum = 0;
        for (int r = 0; r < reps; r++) {
            Population p = new PopulationGenerator(s).generate(1 + r);
            long[] sent = new long[6], best = new long[6];
            SimulationEngine engine = SimulationEngine.builder(s, p).threads(1).policy(h -> {
                ContactPolicy inner = JourneyPolicy.factory(s).apply(h);
                return new ContactPolicy() {
                    public void propose(int c, int d, ActionBuffer o) { inner.propose(c, d, o); }
                    public void onDelivered(int c, int d, int src, int ch, int hour, boolean op) {
                        int w = d / 20; if (w < 6) { sent[w]++; int dd = Math.abs(hour - p.truth().preferredHour(c)); if (Math.min(dd, 24 - dd) <= 1) best[w]++; }
                        inner.onDelivered(c, d, src, ch, hour, op);
                    }
                    public void onPurchase(int c, int d, double pr) { inner.onPurchase(c, d, pr); }
                    public void onUnsubscribe(int c, int d) { inner.onUnsubscribe(c, d); }
                    public void endOfDay(int d) { inner.endOfDay(d); }
                };
            }).build();
            engine.run(SimulationEngine.RunOptions.of(r));
            double last = best[5] / (double) sent[5];
            sum += last;
            out.append(String.format(" %.3f", last));
        }
        System.out.printf("last window share:%s  mean %.4f%n", out, sum / reps);
    }
}
