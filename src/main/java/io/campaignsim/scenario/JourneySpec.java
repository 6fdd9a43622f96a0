package io.campaignsim.scenario;

import io.campaignsim.scenario.yaml.Loc;
import io.campaignsim.scenario.yaml.YamlNode;
import java.util.List;

/**
 * A journey: a state machine of stages a customer walks through, one at a time.
 *
 * <pre>{@code
 * journeys:
 *   - name: onboarding
 *     entry: "tenure_days < 30"
 *     exit_on: [purchase, unsubscribe]
 *     opt_out_rate: 0.01
 *     stages:
 *       - { name: welcome, action: { channel: email }, wait_days: 2 }
 *       - { name: nudge, action: { channel: push, offer: ten_off }, wait_days: 5 }
 * }</pre>
 *
 * @param name unique journey name
 * @param entry condition for a customer outside the journey to enter it (absent: everyone enters on day 0)
 * @param stages stages, at least one; the graph of {@code next} links must not loop
 * @param exitOnPurchase leave the journey after a purchase (default true)
 * @param exitOnUnsubscribe leave after unsubscribing from any channel (default true)
 * @param optOutRate probability that a seen contact makes the customer leave the journey (default 0)
 * @param reentry whether a customer who left may enter again (default false)
 * @param loc where the journey is declared
 */
public record JourneySpec(String name, ConditionSource entry, List<StageSpec> stages, boolean exitOnPurchase,
        boolean exitOnUnsubscribe, double optOutRate, boolean reentry, Loc loc) implements java.io.Serializable {

    public JourneySpec {
        stages = List.copyOf(stages);
    }

    static JourneySpec read(YamlNode node, Problems problems) {
        MapReader m = MapReader.of(node, node.path(), problems);
        if (m == null) {
            return null;
        }
        String name = m.name("name", null, true);
        ConditionSource entry = ConditionSource.read(m, "entry");
        List<StageSpec> stages = m.list("stages", true, n -> StageSpec.read(n, problems));
        if (m.has("stages") && stages.isEmpty()) {
            problems.add(m.locOf("stages"), m.path("stages") + " is empty", "at least one stage");
        }
        boolean onPurchase = true;
        boolean onUnsub = true;
        if (m.has("exit_on")) {
            List<String> on = m.names("exit_on", false);
            onPurchase = on.contains("purchase");
            onUnsub = on.contains("unsubscribe");
            for (String s : on) {
                if (!s.equals("purchase") && !s.equals("unsubscribe")) {
                    problems.add(m.locOf("exit_on"), m.path("exit_on") + " names '" + s + "'"
                            + MapReader.suggestion(s, List.of("purchase", "unsubscribe")), "purchase and/or unsubscribe");
                }
            }
        }
        JourneySpec j = new JourneySpec(name, entry, stages, onPurchase, onUnsub, m.probability("opt_out_rate", 0.0),
                m.bool("reentry", false), node.loc());
        m.done();
        return j;
    }
}
