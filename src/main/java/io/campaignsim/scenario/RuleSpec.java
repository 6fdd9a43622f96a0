package io.campaignsim.scenario;

import io.campaignsim.scenario.yaml.YamlNode;

/**
 * "If this customer looks like X, send Y": a condition over observed fields and an action.
 *
 * <pre>{@code
 * rules:
 *   - name: winback_sms
 *     when: "days_since_purchase > 60 and email_open_rate_30d < 0.05"
 *     then: { channel: sms, offer: ten_off }
 * }</pre>
 *
 * @param name rule name (default rule_N)
 * @param when condition (see docs/policy.md for the language); absent means always
 * @param then the action
 */
public record RuleSpec(String name, ConditionSource when, ActionSpec then) implements java.io.Serializable {

    static RuleSpec read(YamlNode node, Problems problems) {
        MapReader m = MapReader.of(node, node.path(), problems);
        if (m == null) {
            return null;
        }
        String name = m.name("name", "rule_" + node.path().replaceAll(".*\\[(\\d+)]$", "$1"), false);
        ConditionSource when = ConditionSource.read(m, "when");
        YamlNode then = m.required("then", "an action such as { channel: email, offer: none }");
        ActionSpec action = then == null ? null : ActionSpec.read(then, problems);
        m.done();
        return action == null ? null : new RuleSpec(name, when, action);
    }
}
