package io.campaignsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Sizes beyond what the per-customer codes can hold are refused at the list's position. */
class ScenarioLimitsTest {

    private static final String BASE = "name: t\nhorizon_days: 5\npopulation:\n  size: 10\n  segments:\n"
            + "    - { name: a, share: 1.0, purchase_rate: 0.01 }\n";

    @Test
    void tooManyCategoriesIsReportedWhereTheListStarts() {
        String cats = IntStream.range(0, 130).mapToObj(i -> "c" + i).collect(Collectors.joining(", ", "[", "]"));
        String yaml = BASE + "channels:\n  email: {}\ncatalog:\n  categories: " + cats + "\n";
        ScenarioException e = assertThrows(ScenarioException.class, () -> new ScenarioLoader().parse(yaml, "t.yaml"));
        assertEquals(List.of("t.yaml:10:15: catalog.categories has 130 items, more than the 127 supported; expected at most 127"),
                e.lines());
    }

    @Test
    void tooManyChannelsIsRefused() {
        String channels = IntStream.range(0, 31).mapToObj(i -> "  c" + i + ": {}\n").collect(Collectors.joining());
        String yaml = BASE + "channels:\n" + channels;
        ScenarioException e = assertThrows(ScenarioException.class, () -> new ScenarioLoader().parse(yaml, "t.yaml"));
        assertEquals(List.of("t.yaml:8:3: channels declares 31 channels, more than the 30 supported; expected at most 30 channels"),
                e.lines());
    }
}
