package io.campaignsim.report.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.compare.CompareFixtures;
import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.ComparisonAnalysis;
import io.campaignsim.compare.StrategyRun;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTableTest {

    private static Comparison standard() {
        return ComparisonAnalysis.analyze(CompareFixtures.standard(), "profit", 0.95);
    }

    @Test
    void plainTableNamesTheWinnerAndHasNoEscapeCodes() {
        String text = ComparisonTable.render(standard(), false);
        assertFalse(text.contains("\u001B"), text);
        List<String> lines = Arrays.asList(text.split("\n"));
        assertTrue(lines.get(0).startsWith("compare: 4 strategies, 3 replications, 3 days, objective profit; 95 %"), text);
        assertTrue(lines.get(1).matches("# +strategy +profit +vs holdout +relative +p vs holdout +Holm p +clv +conversions +contacts +active +regret vs oracle"),
                lines.get(1));
        assertTrue(lines.get(2).matches(" *1 +ts +153\\.0 \\[.*\\] +\\+43\\.0 \\[\\+.*\\] +\\+39\\.1 %.*"), lines.get(2));
        assertTrue(lines.get(5).contains(" oracle (knows the hidden truth) "), lines.get(5));
        assertFalse(lines.get(5).contains("oracle - oracle"), "the name is not said twice: " + lines.get(5));
        assertTrue(lines.get(5).startsWith("-"), lines.get(5));
        String headline = lines.get(6);
        assertTrue(headline.startsWith("Inconclusive between ts and ab. Best by mean: ts: profit +43.0 vs holdout "
                + "(+39.1 %), 95 % CI [+"), headline);
        assertTrue(headline.contains("1 strategy is not significantly worse than ts (3 paired tests over 3 replications, "
                + "Holm-adjusted"), headline);
        assertEquals(ComparisonTable.headline(standard()), headline);
    }

    @Test
    void colourHighlightsOnlyTheWinnerAndTheHeadline() {
        String colour = ComparisonTable.render(standard(), true);
        assertFalse(colour.contains("\u001B[32m"), "no winner, so no row in green: " + colour);
        assertTrue(colour.contains("\u001B[1mInconclusive between ts and ab"), colour);
        assertEquals(ComparisonTable.render(standard(), false), colour.replaceAll("\u001B\\[\\d+m", ""));
    }

    @Test
    void withoutHoldoutOrOracleTheTwinIsTheBaseline() {
        List<StrategyRun> runs = new ArrayList<>(CompareFixtures.standard());
        runs.removeIf(r -> r.type().equals("holdout") || r.type().equals("oracle"));
        String text = ComparisonTable.render(ComparisonAnalysis.analyze(runs, "profit", 0.95), false);
        assertTrue(text.contains("vs no-contact twin"), text);
        assertFalse(text.contains("regret"), text);
        assertTrue(text.contains("note: No strategy has type holdout"), text);
    }

    @Test
    void oneReplicationShowsNotAvailable() {
        Comparison c = ComparisonAnalysis.analyze(
                CompareFixtures.standard().stream().filter(r -> r.replication() == 0).toList(), "profit", 0.95);
        String text = ComparisonTable.render(c, false);
        assertTrue(text.contains("[n/a]"), text);
        assertTrue(text.contains("one replication: no test can tell the strategies apart"), text);
    }
}
