package io.campaignsim.scenario;

import io.campaignsim.scenario.yaml.Loc;
import io.campaignsim.scenario.yaml.YamlNode;

/**
 * The text of a condition such as {@code "days_since_purchase > 30"} and where it stands in the
 * file, so that an error at character {@code i} of the expression is reported at its column.
 *
 * @param text the expression
 * @param loc position of the scalar in the file
 * @param quoted whether the scalar was written in quotes (the expression then starts one column later)
 */
public record ConditionSource(String text, Loc loc, boolean quoted) implements java.io.Serializable {

    /** Location of the expression's character at {@code index} (0-based). */
    public Loc locAt(int index) {
        return new Loc(loc.line(), loc.column() + (quoted ? 1 : 0) + Math.max(0, index));
    }

    static ConditionSource read(MapReader m, String key) {
        YamlNode n = m.node(key);
        if (n == null) {
            return null;
        }
        if (n instanceof YamlNode.ScalarNode s && s.type() == YamlNode.ScalarType.STRING && !s.text().isBlank()) {
            return new ConditionSource(s.text(), s.loc(), s.quoted());
        }
        m.problems().add(n.loc(), m.path(key) + " is " + n.kind(),
                "a condition in quotes, e.g. \"days_since_purchase > 30 and email_open_rate_30d < 0.05\"");
        return null;
    }
}
