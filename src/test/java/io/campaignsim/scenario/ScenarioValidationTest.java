package io.campaignsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table of bad scenarios, each the valid {@link #BASE} with one defect, and the exact lines a
 * user sees. Line numbers refer to {@link #BASE} after the edit; keep BASE's layout stable.
 */
class ScenarioValidationTest {

    static final String BASE = """
            name: t
            horizon_days: 30
            population:
              size: 1000
              segments:
                - { name: loyal, share: 0.4, purchase_rate: 0.02 }
                - { name: lapsing, share: 0.6, purchase_rate: 0.005 }
            channels:
              email: { cost: 0.002 }
              sms: { cost: 0.03 }
            offers:
              - { name: none }
              - { name: ten_off, discount: 0.10 }
            catalog:
              categories: [apparel, shoes]
            policy:
              frequency_cap: { per_week: 3 }
              channel_caps:
                sms: { per_week: 1 }
              send_time: { mode: fixed, hour: 10 }
              rules:
                - name: winback
                  when: "days_since_purchase > 60"
                  then: { channel: email, offer: ten_off }
              journeys:
                - name: welcome
                  stages:
                    - { name: hello, action: { channel: email } }
                    - { name: nudge, action: { channel: sms } }
            strategies:
              - { name: control, type: holdout }
              - { name: ts, type: thompson, arms: [none, ten_off] }
            """;

    private static final String SYNTAX_HINT =
            "expected valid YAML (check indentation, colons after keys and matching quotes/brackets)";
    private static final String TOP_KEYS = "name, description, seed, horizon_days, replications, holdout_share, population, "
            + "channels, offers, catalog, economics, policy, strategies, report, check, sweep";

    @Test
    void baseIsValid() {
        Scenario s = new ScenarioLoader().parse(BASE, "t.yaml");
        assertEquals(List.of("email", "sms"), s.channelNames());
    }

    static Stream<Arguments> defects() {
        return Stream.of(
                bad("YAML syntax error: unclosed flow mapping", "  email: { cost: 0.002 }", "  email: { cost: 0.002",
                        "t.yaml:10:6: YAML syntax error: expected ',' or '}', but got : (while parsing a flow mapping that "
                                + "starts at 9:10); " + SYNTAX_HINT),
                bad("tab indentation", "  size: 1000", "\tsize: 1000",
                        "t.yaml:4:1: YAML syntax error: a tab character; expected indent with spaces, not tabs"),
                bad("duplicate key", "horizon_days: 30", "horizon_days: 30\nhorizon_days: 40",
                        "t.yaml:3:1: duplicate key 'horizon_days' (first at 2:1); expected each key once per mapping"),
                bad("unknown top-level key with suggestion", "horizon_days: 30", "horizon_days: 30\nreplicatons: 5",
                        "t.yaml:3:1: unknown key 'replicatons' (did you mean 'replications'?); expected one of " + TOP_KEYS),
                bad("misspelt required key: unknown and missing", "horizon_days: 30", "horizon_dayz: 30",
                        "t.yaml:1:1: missing key 'horizon_days'; expected a whole number between 1 and 3650",
                        "t.yaml:2:1: unknown key 'horizon_dayz' (did you mean 'horizon_days'?); expected one of " + TOP_KEYS),
                bad("unknown nested key with suggestion", "  email: { cost: 0.002 }", "  email: { cots: 0.002 }",
                        "t.yaml:9:12: unknown key 'channels.email.cots' (did you mean 'cost'?); expected one of cost, reach, "
                                + "preference, open_rate, click_rate, persuasion, fatigue_per_send, fatigue_half_life_days, "
                                + "unsubscribe_rate"),
                bad("unknown strategy parameter, no far-fetched suggestion", "  - { name: control, type: holdout }",
                        "  - { name: control, type: holdout, arm: [none] }",
                        "t.yaml:31:37: unknown key 'strategies[0].arm'; expected one of name, type"),
                bad("missing required key", "    - { name: loyal, share: 0.4, purchase_rate: 0.02 }",
                        "    - { name: loyal, share: 0.4 }",
                        "t.yaml:6:7: missing key 'population.segments[0].purchase_rate'; expected a number between 0 and 0.5"),
                bad("required key without value", "  size: 1000", "  size:",
                        "t.yaml:4:3: population.size has no value; expected a whole number between 1 and 50000000"),
                bad("missing strategy name", "  - { name: control, type: holdout }", "  - { type: holdout }",
                        "t.yaml:31:5: missing key 'strategies[0].name'; expected a name such as 'email_winback'"),
                bad("string where a number is expected", "  size: 1000", "  size: many",
                        "t.yaml:4:9: population.size is the text 'many'; expected a whole number between 1 and 50000000"),
                bad("fraction where a whole number is expected", "  size: 1000", "  size: 10.5",
                        "t.yaml:4:9: population.size is 10.5, not a whole number; expected a whole number between 1 and "
                                + "50000000"),
                bad("quoted number", "  email: { cost: 0.002 }", "  email: { cost: \"0.002\" }",
                        "t.yaml:9:18: channels.email.cost is the text '0.002'; expected a number between 0 and 1000000"),
                bad("list where a mapping is expected (no cascade)", "  email: { cost: 0.002 }", "  email: [0.002]",
                        "t.yaml:9:10: channels.email is a list; expected a mapping of keys to values"),
                bad("list where a mapping is expected in policy", "  frequency_cap: { per_week: 3 }", "  frequency_cap: [3]",
                        "t.yaml:17:18: policy.frequency_cap is a list; expected a mapping of keys to values"),
                bad("mapping where a list is expected (no cascade)", "  categories: [apparel, shoes]",
                        "  categories: { apparel: 1 }",
                        "t.yaml:15:15: catalog.categories is a mapping; expected a list (items starting with '- ' or [a, b])"),
                bad("single value where a list is expected", "  categories: [apparel, shoes]", "  categories: apparel",
                        "t.yaml:15:15: catalog.categories is the text 'apparel'; expected a list (items starting with '- ' "
                                + "or [a, b])"),
                bad("non-boolean flag", "  rules:", "  first_match_only: maybe\n  rules:",
                        "t.yaml:21:21: policy.first_match_only is the text 'maybe'; expected true or false"),
                bad("probability out of range", "  email: { cost: 0.002 }", "  email: { cost: 0.002, reach: 1.5 }",
                        "t.yaml:9:32: channels.email.reach is 1.5, out of range; expected a number between 0 and 1"),
                bad("infinite number", "  email: { cost: 0.002 }", "  email: { cost: .inf }",
                        "t.yaml:9:18: channels.email.cost is .inf, not a finite number; expected a number between 0 and "
                                + "1000000"),
                bad("population size out of range", "  size: 1000", "  size: 0",
                        "t.yaml:4:9: population.size is 0, out of range; expected a whole number between 1 and 50000000"),
                bad("horizon out of range", "horizon_days: 30", "horizon_days: 4000",
                        "t.yaml:2:15: horizon_days is 4000, out of range; expected a whole number between 1 and 3650"),
                bad("hour out of range", "then: { channel: email, offer: ten_off }",
                        "then: { channel: email, offer: ten_off, hour: 25 }",
                        "t.yaml:24:53: policy.rules[0].then.hour is 25, out of range; expected a whole number between 0 and 23"),
                bad("strategy parameter out of range, printed without exponent", "type: thompson,",
                        "type: thompson, prior_alpha: 0,",
                        "t.yaml:32:46: strategies[1].prior_alpha is 0, out of range; expected a number between 0.000001 and "
                                + "1000000"),
                bad("segment shares do not sum to 1", "share: 0.6,", "share: 0.5,",
                        "t.yaml:6:7: population.segments shares sum to 0.9; expected shares that sum to 1"),
                bad("uplift group shares do not sum to 1", "  size: 1000",
                        "  size: 1000\n  uplift_groups:\n    persuadable: { share: 0.5 }\n    lost_cause: { share: 0.4 }",
                        "t.yaml:6:5: population.uplift_groups shares sum to 0.9; expected shares that sum to 1"),
                bad("empty segments",
                        "  segments:\n    - { name: loyal, share: 0.4, purchase_rate: 0.02 }\n"
                                + "    - { name: lapsing, share: 0.6, purchase_rate: 0.005 }",
                        "  segments: []",
                        "t.yaml:5:13: population.segments is empty; expected at least one segment with name, share and "
                                + "purchase_rate"),
                bad("duplicate segment name", "name: lapsing", "name: loyal",
                        "t.yaml:7:7: duplicate segment name 'loyal' (first at 6:7); expected a unique name"),
                bad("duplicate offer name", "  - { name: ten_off, discount: 0.10 }",
                        "  - { name: ten_off, discount: 0.10 }\n  - { name: ten_off, discount: 0.20 }",
                        "t.yaml:14:5: duplicate offer name 'ten_off' (first at 13:5); expected a unique name"),
                bad("duplicate strategy name", "name: ts,", "name: control,",
                        "t.yaml:32:5: duplicate strategy name 'control' (first at 31:5); expected a unique name"),
                bad("unknown strategy type with suggestion", "type: thompson", "type: thomson",
                        "t.yaml:32:23: strategies[1].type is 'thomson' (did you mean 'thompson'?); expected one of holdout, "
                                + "random, oracle, ab_test, multivariate, epsilon_greedy, ucb1, thompson, linucb, lin_ts, "
                                + "propensity, uplift, next_best_action, next_product, churn_prevention, fitted_q, q_learning, send_time, oracle_send_time, channel, policy"),
                bad("strategy arm is not an offer", "arms: [none, ten_off]", "arms: [none, twenty_off]",
                        "t.yaml:32:39: strategy 'ts' arm 'twenty_off' names 'twenty_off', which is not a declared offer "
                                + "or category (did you mean 'ten_off'?); expected one of the offers: none, ten_off (or none), "
                                + "or of the categories: apparel, shoes (or last_purchased), e.g. email:apparel, or no_contact"),
                bad("undefined channel in an action", "then: { channel: email, offer: ten_off }",
                        "then: { channel: emial, offer: ten_off }",
                        "t.yaml:24:13: rule 'winback' channel names channel 'emial', which is not declared (did you mean "
                                + "'email'?); expected one of the channels: email, sms"),
                bad("undefined offer in an action", "then: { channel: email, offer: ten_off }",
                        "then: { channel: email, offer: tenoff }",
                        "t.yaml:24:13: rule 'winback' offer 'tenoff' is not declared (did you mean 'ten_off'?); expected "
                                + "'none' or one of the offers: none, ten_off"),
                bad("undefined category in an action", "then: { channel: email, offer: ten_off }",
                        "then: { channel: email, category: shoez }",
                        "t.yaml:24:13: rule 'winback' category 'shoez' is not in the catalog (did you mean 'shoes'?); "
                                + "expected 'none', 'last_purchased' or one of apparel, shoes"),
                bad("channel_caps names an unknown channel", "    sms: { per_week: 1 }", "    push: { per_week: 1 }",
                        "t.yaml:19:5: policy.channel_caps names channel 'push', which is not declared; expected one of the "
                                + "channels: email, sms"),
                bad("journey next goes to an unknown stage", "{ name: hello, action: { channel: email } }",
                        "{ name: hello, action: { channel: email }, next: nudgee }",
                        "t.yaml:28:60: journey 'welcome' stage 'hello' goes to unknown stage 'nudgee' (did you mean "
                                + "'nudge'?); expected a stage of this journey or 'exit': hello, nudge"),
                bad("journey loop", "{ name: nudge, action: { channel: sms } }",
                        "{ name: nudge, action: { channel: sms }, next: hello }",
                        "t.yaml:28:11: journey 'welcome' loops back to stage 'hello'; expected stages that lead to 'exit' "
                                + "(use a rule for recurring contacts)"),
                bad("invalid scenario name", "name: t\n", "name: 2t\n",
                        "t.yaml:1:7: name '2t' is not a valid name; expected letters, digits, '_' or '-', starting with a "
                                + "letter"),
                bad("invalid segment name", "name: loyal,", "name: loyal customers,",
                        "t.yaml:6:15: population.segments[0].name 'loyal customers' is not a valid name; expected letters, "
                                + "digits, '_' or '-', starting with a letter"),
                bad("second YAML document", "name: t\n", "name: t\n---\nname: u\n",
                        "t.yaml:2:1: a second YAML document follows; expected one document per scenario file (remove the "
                                + "'---')"),
                bad("invalid choice", "mode: fixed", "mode: best",
                        "t.yaml:20:22: policy.send_time.mode is 'best' (did you mean 'best_observed'?); expected one of fixed, "
                                + "best_observed, learned"),
                bad("condition that is not text", "when: \"days_since_purchase > 60\"", "when: 60",
                        "t.yaml:23:13: policy.rules[0].when is the number 60; expected a condition in quotes, e.g. "
                                + "\"days_since_purchase > 30 and email_open_rate_30d < 0.05\""),
                bad("YAML alias", "  email: { cost: 0.002 }", "  email: &e { cost: 0.002 }\n  push: *e",
                        "t.yaml:10:9: YAML alias '*e' at channels.push is not supported; expected the value written out "
                                + "in full (anchors and aliases are not supported)"),
                whole("empty file", "", "t.yaml:1:1: the file is empty; expected a YAML mapping with at least 'name' and "
                        + "'population'"),
                whole("comments only", "# nothing yet\n", "t.yaml:1:1: the file is empty; expected a YAML mapping with at "
                        + "least 'name' and 'population'"),
                whole("a list instead of a mapping", "- a\n- b\n",
                        "t.yaml:1:1: the scenario is a list; expected a mapping of keys to values"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defects")
    void reportsTheExactLines(String why, String text, List<String> expected) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> new ScenarioLoader().parse(text, "t.yaml"));
        assertEquals(expected, e.lines());
    }

    @Test
    void reportsEveryProblemSortedByLine() {
        // Defects in reverse file order: reading problems and cross-field problems come out sorted together.
        String text = BASE;
        text = edit(text, "type: thompson", "type: thomson");
        text = edit(text, "offer: ten_off }", "offer: tenoff }");
        text = edit(text, "  email: { cost: 0.002 }", "  email: { cost: -1 }");
        text = edit(text, "share: 0.6,", "share: 0.6, churn_hazard: 2,");
        text = edit(text, "horizon_days: 30", "horizon_days: 0");
        String scenario = text;
        ScenarioException e = assertThrows(ScenarioException.class, () -> new ScenarioLoader().parse(scenario, "t.yaml"));
        assertEquals(List.of(
                "t.yaml:2:15: horizon_days is 0, out of range; expected a whole number between 1 and 3650",
                "t.yaml:7:50: population.segments[1].churn_hazard is 2, out of range; expected a number between 0 and 0.5",
                "t.yaml:9:18: channels.email.cost is -1, out of range; expected a number between 0 and 1000000",
                "t.yaml:24:13: rule 'winback' offer 'tenoff' is not declared (did you mean 'ten_off'?); expected "
                        + "'none' or one of the offers: none, ten_off",
                "t.yaml:32:23: strategies[1].type is 'thomson' (did you mean 'thompson'?); expected one of holdout, "
                        + "random, oracle, ab_test, multivariate, epsilon_greedy, ucb1, thompson, linucb, lin_ts, "
                        + "propensity, uplift, next_best_action, next_product, churn_prevention, fitted_q, q_learning, send_time, oracle_send_time, channel, policy"), e.lines());
    }

    @Test
    void yamlNumberFormsAreAccepted() {
        Scenario s = new ScenarioLoader().parse(edit(edit(BASE, "  size: 1000", "  size: 2e5"),
                "  email: { cost: 0.002 }", "  email: { cost: 1_0.5 }"), "t.yaml");
        assertEquals(200_000, s.population().size());
        assertEquals(10.5, s.channels().get(0).cost());
    }

    @Test
    void yamlBooleanWordsAreRead() {
        Scenario yes = new ScenarioLoader().parse(edit(BASE, "  rules:", "  first_match_only: no\n  rules:"), "t.yaml");
        assertEquals(false, yes.policy().firstMatchOnly());
        Scenario on = new ScenarioLoader().parse(
                edit(BASE, "    - name: welcome", "    - name: welcome\n      reentry: on"), "t.yaml");
        assertEquals(true, on.policy().journeys().get(0).reentry());
    }

    private static Arguments bad(String why, String find, String replace, String... expected) {
        return Arguments.of(why, edit(BASE, find, replace), List.of(expected));
    }

    private static Arguments whole(String why, String text, String... expected) {
        return Arguments.of(why, text, List.of(expected));
    }

    /** BASE with the one occurrence of {@code find} replaced; fails loudly if the table drifts from BASE. */
    static String edit(String text, String find, String replace) {
        int at = text.indexOf(find);
        if (at < 0 || text.indexOf(find, at + 1) >= 0) {
            throw new IllegalArgumentException("'" + find + "' must occur exactly once in the scenario text");
        }
        return text.substring(0, at) + replace + text.substring(at + find.length());
    }
}
