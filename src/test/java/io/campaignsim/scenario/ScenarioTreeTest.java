package io.campaignsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Setting scenario values by path, and validating the result exactly as the file would be. */
class ScenarioTreeTest {

    private final ScenarioLoader loader = new ScenarioLoader();
    private final ScenarioDocument doc = loader.loadDocument(Path.of("scenarios/quickstart.yaml"));

    private Scenario set(String path, String value) {
        return loader.bindTree(ScenarioTree.with(doc.root(), path, value), "quickstart.yaml");
    }

    @Test
    void mappingKeysListItemsByNameAndByIndex() {
        assertEquals(3, set("policy.frequency_cap.per_week", "3").policy().frequencyCap().perWeek());
        assertEquals(0.2, set("offers.ten_off.discount", "0.2").offers().get(1).discount(), 0);
        assertEquals(0.3, set("offers[1].discount", "0.3").offers().get(1).discount(), 0);
        assertEquals(0.01, set("channels.email.cost", "0.01").channels().get(0).cost(), 0);
        assertEquals(50, set("population.segments.lapsing.avg_basket", "50").population().segments().get(2).avgBasket(), 0);
        // the original tree is not changed
        assertEquals(2, loader.bindTree(doc.root(), "q").policy().frequencyCap().perWeek());
    }

    @Test
    void anAbsentOptionalKeyIsAdded() {
        // quickstart writes no economics.objective; it defaults to profit
        assertEquals("revenue", set("economics.objective", "revenue").economics().objective());
    }

    @Test
    void unknownPathsAreNamedWithASuggestion() {
        ScenarioTree.PathException e = assertThrows(ScenarioTree.PathException.class,
                () -> ScenarioTree.with(doc.root(), "offers.ten_of.discount", "0.1"));
        assertTrue(e.getMessage().contains("no item named 'ten_of' (did you mean 'ten_off'?)"), e.getMessage());
        assertTrue(assertThrows(ScenarioTree.PathException.class, () -> ScenarioTree.with(doc.root(), "policy.frequency_cap",
                "1")).getMessage().contains("not a single value"));
        assertTrue(assertThrows(ScenarioTree.PathException.class, () -> ScenarioTree.with(doc.root(), "seed", "1"))
                .getMessage().contains("not a scenario parameter"));
        assertTrue(assertThrows(ScenarioTree.PathException.class, () -> ScenarioTree.with(doc.root(), "offers.5.discount",
                "1")).getMessage().contains("no item 5"));
        // a misspelt last key is added, and the loader names it with its suggestion, at the section's position
        String wrong = loader.problemWith(doc.root(), "policy.frequency_cap.per_wek", "2");
        assertTrue(wrong.contains("unknown key 'policy.frequency_cap.per_wek' (did you mean 'per_week'?)"), wrong);
    }

    @Test
    void valuesOutsideAKeysRangeAreTheLoadersOwnMessage() {
        String wrong = loader.problemWith(doc.root(), "offers.ten_off.discount", "1.5");
        assertTrue(wrong.startsWith("offers"), wrong);
        assertTrue(wrong.contains("; expected "), wrong);
        assertTrue(loader.problemWith(doc.root(), "policy.frequency_cap.per_week", "-1") != null);
        assertNull(loader.problemWith(doc.root(), "policy.frequency_cap.per_week", "4"));
        // cross-field validation runs on the whole edited scenario; a single value is not blamed for a sum
        // that another swept value may restore
        assertNull(loader.problemWith(doc.root(), "population.segments.lapsing.share", "0.25"));
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
                () -> set("population.segments.lapsing.share", "0.25"));
        assertTrue(e.getMessage().contains(":15:7: population.segments shares sum to 0.95"), e.getMessage());
    }
}
