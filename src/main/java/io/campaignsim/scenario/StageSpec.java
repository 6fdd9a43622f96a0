package io.campaignsim.scenario;

import io.campaignsim.scenario.yaml.Loc;
import io.campaignsim.scenario.yaml.YamlNode;

/**
 * One stage of a journey.
 *
 * <pre>{@code
 * - name: welcome
 *   when: "reachable_email == 1"     # entry condition; a stage whose condition is false is skipped
 *   action: { channel: email }
 *   wait_days: 3                      # days in this stage before moving on (default 1)
 *   next: nurture                     # next stage (default: the following one; 'exit' leaves)
 *   exit: "purchases_30d > 0"         # leave the journey when true (checked daily)
 * }</pre>
 *
 * @param name unique stage name within the journey
 * @param when entry condition, or null
 * @param action action taken on entering the stage, or null for a pure wait
 * @param waitDays days spent in the stage, 0..365
 * @param next name of the next stage, or null for the following stage, or {@code exit}
 * @param exit exit condition, or null
 * @param loc where the stage is declared
 * @param nextLoc where {@code next} is written (for reference errors)
 */
public record StageSpec(String name, ConditionSource when, ActionSpec action, int waitDays, String next,
        ConditionSource exit, Loc loc, Loc nextLoc) implements java.io.Serializable {

    public static final String EXIT = "exit";

    static StageSpec read(YamlNode node, Problems problems) {
        MapReader m = MapReader.of(node, node.path(), problems);
        if (m == null) {
            return null;
        }
        YamlNode a = m.node("action");
        StageSpec s = new StageSpec(m.name("name", null, true), ConditionSource.read(m, "when"),
                a == null ? null : ActionSpec.read(a, problems), (int) m.integer("wait_days", 1, 0, 365),
                m.string("next", null), ConditionSource.read(m, "exit"), node.loc(), m.locOf("next"));
        m.done();
        return s;
    }
}
