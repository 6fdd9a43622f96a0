package io.campaignsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.campaignsim.core.ChartName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code report.charts}: names from the shared vocabulary, each unknown one reported where it is written. */
class ReportChartsTest {

    private static final String EXPECTED = "expected chart names from " + String.join(", ", ChartName.keys());

    @Test
    void theValidNamesAreTheVocabulary() {
        assertEquals(ChartName.keys(), ReportSpec.CHART_NAMES);
        assertEquals(18, ChartName.values().length);
        assertEquals(ChartName.ARM_ALLOCATION, ChartName.of("arm_allocation").orElseThrow());
        assertEquals(List.of(), ChartName.of("Arm_Allocation").stream().toList(), "names are exact, as in YAML keys");
    }

    @Test
    void aListedSubsetIsKeptInTheUsersOrder() {
        Scenario s = new ScenarioLoader().parse(ScenarioValidationTest.BASE + "report:\n  charts: [regret, uplift]\n",
                "t.yaml");
        assertEquals(List.of("regret", "uplift"), s.report().charts());
    }

    @Test
    void eachUnknownNameIsReportedAtItsOwnPositionWithASuggestion() {
        String text = ScenarioValidationTest.BASE + "report:\n  charts: [uplift, regrets, arms, qini]\n";
        long line = ScenarioValidationTest.BASE.lines().count() + 2;
        ScenarioException e = assertThrows(ScenarioException.class, () -> new ScenarioLoader().parse(text, "t.yaml"));
        assertEquals(List.of(
                "t.yaml:" + line + ":20: report.charts names 'regrets' (did you mean 'regret'?); " + EXPECTED,
                "t.yaml:" + line + ":29: report.charts names 'arms'; " + EXPECTED), e.lines());
    }

    @Test
    void chartsOfASavedScenarioAreReadWithoutTheRestOfIt() {
        // An unknown top-level key (from another version, say) does not stop a report from rendering.
        String saved = "name: t\nfuture_key: 1\nreport:\n  charts: [power, qini]\n";
        assertEquals(List.of("power", "qini"), ReportSpec.chartsIn(saved, "scenario.yaml"));
        assertEquals(ReportSpec.CHART_NAMES, ReportSpec.chartsIn("name: t\n", "scenario.yaml"));
        assertEquals(ReportSpec.CHART_NAMES, ReportSpec.chartsIn("name: t\nreport:\n  out: x\n", "scenario.yaml"));
    }

    @Test
    void anUnknownNameInASavedScenarioIsAUserError() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ReportSpec.chartsIn("name: t\nreport:\n  charts:\n    - uplift\n    - calibraton\n", "r/scenario.yaml"));
        assertEquals(List.of("r/scenario.yaml:5:7: report.charts names 'calibraton' (did you mean 'calibration'?); "
                + EXPECTED), e.lines());
    }
}
