package io.campaignsim.scenario.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.campaignsim.scenario.JourneySpec;
import io.campaignsim.scenario.RuleSpec;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioException;
import io.campaignsim.scenario.ScenarioLoader;
import io.campaignsim.scenario.StageSpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Conditions are compiled when a scenario is validated, and their errors point at the token's column in the file. */
class ScenarioConditionsTest {

    private static final String HEAD = """
            name: t
            horizon_days: 10
            population:
              size: 100
              segments:
                - { name: loyal, share: 0.6, purchase_rate: 0.01 }
                - { name: lapsing, share: 0.4, purchase_rate: 0.01 }
            channels:
              email: { cost: 0.001 }
              sms: { cost: 0.02 }
            policy:
              rules:
                - name: winback
            """;

    /** The rule's {@code when} is line 14; its value starts at column 13 (column 14 inside quotes). */
    private static String withWhen(String scalar) {
        return HEAD + "      when: " + scalar + "\n      then: { channel: sms }\n";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            "days_since_purchase > 30 and email_open_rat_30d < 0.05"  | 43
            days_since_purchase > 30 and email_open_rat_30d < 0.05    | 42
            'days_since_purchase > 30 and email_open_rat_30d < 0.05'  | 43
            """)
    void unknownFieldIsReportedAtItsColumn(String scalar, int column) {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> new ScenarioLoader().parse(withWhen(scalar), "t.yaml"));
        assertEquals(List.of("t.yaml:14:" + column + ": rule 'winback' condition: unknown field 'email_open_rat_30d' "
                + "(did you mean 'email_open_rate_30d'?); expected a field such as days_since_purchase "
                + "(see docs/conditions.md)"), e.lines());
    }

    @Test
    void unknownLevelInSingleQuotesIsReportedAtTheString() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> new ScenarioLoader().parse(withWhen("'segment == \"loyl\"'"), "t.yaml"));
        assertEquals(List.of("t.yaml:14:25: rule 'winback' condition: 'loyl' is not a level of segment "
                + "(did you mean 'loyal'?); expected a level of segment in quotes: \"loyal\", \"lapsing\""), e.lines());
    }

    @Test
    void everyConditionOfAJourneyIsChecked() {
        String yaml = HEAD + """
                      then: { channel: sms }
                  journeys:
                    - name: welcome
                      entry: "tenure_days < 30 and"
                      stages:
                        - { name: hi, action: { channel: email }, when: "reachable_email ==", exit: "in_journey_welcom" }
                """;
        ScenarioException e = assertThrows(ScenarioException.class, () -> new ScenarioLoader().parse(yaml, "t.yaml"));
        assertEquals(List.of(
                "t.yaml:17:35: journey 'welcome' entry condition: unexpected end of condition; expected an operand "
                        + "after 'and': a field, a number, a quoted string, 'not' or '('",
                "t.yaml:19:76: journey 'welcome' stage 'hi' when condition: unexpected end of condition; expected an "
                        + "operand after '==': a field, a number, a quoted string, 'not' or '('",
                "t.yaml:19:86: journey 'welcome' stage 'hi' exit condition: unknown field 'in_journey_welcom' "
                        + "(did you mean 'in_journey_welcome'?); expected a field such as days_since_purchase "
                        + "(see docs/conditions.md)"),
                e.lines());
    }

    @Test
    void quickstartConditionsCompile() {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/quickstart.yaml"));
        ConditionCompiler compiler = new ConditionCompiler(ObservedFields.of(s));
        for (RuleSpec r : s.policy().rules()) {
            if (r.when() != null) {
                assertFalse(compiler.compile(r.when().text()).isConstant(), r.name());
            }
        }
        for (JourneySpec j : s.policy().journeys()) {
            if (j.entry() != null) {
                compiler.compile(j.entry().text());
            }
            for (StageSpec st : j.stages()) {
                if (st.when() != null) {
                    compiler.compile(st.when().text());
                }
            }
        }
    }
}
