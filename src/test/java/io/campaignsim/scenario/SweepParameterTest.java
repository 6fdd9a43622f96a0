package io.campaignsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --set PATH=VALUES}: lists, exact decimal ranges, intervals, and the mistakes each can hold. */
class SweepParameterTest {

    @Test
    void listsKeepTheirOrderAndTypes() {
        SweepParameter p = SweepParameter.parseSet("policy.frequency_cap.per_week=1,2,3,4");
        assertEquals("policy.frequency_cap.per_week", p.path());
        assertEquals(List.of("1", "2", "3", "4"), p.levels());
        assertEquals(List.of("best_observed", "fixed"), SweepParameter.parseSet("policy.send_time.mode=best_observed,fixed").levels());
    }

    @Test
    void rangesAreInclusiveAndExactInDecimal() {
        // In binary floating point 0.05 + 2 * 0.05 is 0.15000000000000002 and 0.05 + 4 * 0.05 misses 0.25.
        assertEquals(List.of("0.05", "0.1", "0.15", "0.2", "0.25"),
                SweepParameter.parseSet("offers.ten_off.discount=0.05:0.25:0.05").levels());
        assertEquals(List.of("0.1", "0.2", "0.3"), SweepParameter.parseSet("x.y=0.1:0.3:0.1").levels());
        assertEquals(List.of("1", "2", "3", "4"), SweepParameter.parseSet("x.y=1:4:1").levels());
        // a step that does not reach the end stops before it
        assertEquals(List.of("1", "3"), SweepParameter.parseSet("x.y=1:4:2").levels());
        // ranges and values mix in one list
        assertEquals(List.of("0", "1", "2", "10"), SweepParameter.parseSet("x.y=0:2:1,10").levels());
        assertEquals(List.of("-1", "-0.5", "0"), SweepParameter.parseSet("x.y=-1:0:0.5").levels());
    }

    @Test
    void anIntervalIsDrawnFromNotEnumerated() {
        SweepParameter p = SweepParameter.parseSet("offers.ten_off.discount=0.05:0.25");
        assertTrue(p.continuous());
        assertEquals("0.05", p.valueAt(0));
        assertEquals("0.15", p.valueAt(0.5));
        assertTrue(Double.parseDouble(p.valueAt(Math.nextDown(1.0))) <= 0.25);
        SweepParameter whole = SweepParameter.parseSet("policy.frequency_cap.per_week=1:4");
        assertTrue(whole.integral());
        // four whole numbers, each a quarter of [0, 1)
        assertEquals(List.of("1", "2", "3", "4"), List.of(whole.valueAt(0.0), whole.valueAt(0.25), whole.valueAt(0.5),
                whole.valueAt(0.99)));
    }

    @Test
    void levelsSplitTheUnitIntervalEvenly() {
        SweepParameter p = SweepParameter.parseSet("a.b=x,y,z");
        assertEquals("x", p.valueAt(0.0));
        assertEquals("x", p.valueAt(0.333));
        assertEquals("y", p.valueAt(0.334));
        assertEquals("z", p.valueAt(0.999));
    }

    @Test
    void mistakesAreOneClearLine() {
        for (String[] c : new String[][] {
            {"policy.frequency_cap.per_week", "expected PATH=VALUES"},
            {"a.b=", "no values after '='"},
            {"a.b=1,,2", "an empty value in the list"},
            {"a.b=1,2,1", "the value 1 is listed twice"},
            {"a.b=0.25:0.05:0.05", "goes down"},
            {"a.b=0:1:0", "is not positive"},
            {"a.b=0:1:-0.1", "is not positive"},
            {"a.b=0:1:0.00001", "more than 10000"},
            {"a.b=1,0:1", "interval without a step inside a list"},
            {"a.b=2:2", "is empty"}}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SweepParameter.parseSet(c[0]),
                    c[0]);
            assertTrue(e.getMessage().contains(c[1]) && e.getMessage().startsWith("--set " + c[0]), e.getMessage());
            assertTrue(e.getMessage().contains("expected"), e.getMessage());
            assertEquals(1, e.getMessage().lines().count());
        }
    }
}
