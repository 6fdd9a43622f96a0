package io.campaignsim.compare.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.scenario.SweepParameter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SweepDesignTest {

    private static final List<SweepParameter> TWO = List.of(SweepParameter.parseSet("a.b=1,2,3"),
            SweepParameter.parseSet("c.d=x,y"));

    @Test
    void theGridIsEveryCombinationFirstParameterSlowest() {
        List<SweepPoint> points = SweepDesign.GRID.points(TWO, 0, 1);
        assertEquals(6, points.size());
        assertEquals(List.of("1", "x"), points.get(0).values());
        assertEquals(List.of("1", "y"), points.get(1).values());
        assertEquals(List.of("3", "y"), points.get(5).values());
        assertEquals(6, SweepDesign.gridSize(TWO));
    }

    /**
     * The defining property of a Latin hypercube: with n points, each coordinate has exactly one point
     * in each of the n strata [k/n, (k+1)/n). Independent uniforms almost never do (for n = 50 the
     * chance is 50!/50^50, about 3e-21).
     */
    @Test
    void latinHypercubeHasOnePointInEveryStratumOfEveryCoordinate() {
        for (int n : new int[] {1, 7, 50}) {
            for (long seed = 1; seed <= 5; seed++) {
                double[][] u = SweepDesign.latinHypercube(3, n, seed);
                for (int j = 0; j < 3; j++) {
                    Set<Integer> strata = new HashSet<>();
                    for (double[] row : u) {
                        assertTrue(row[j] >= 0 && row[j] < 1);
                        strata.add((int) Math.floor(row[j] * n));
                    }
                    assertEquals(n, strata.size(), "n=" + n + " seed=" + seed + " coordinate " + j);
                }
            }
        }
        double[][] random = SweepDesign.uniform(1, 50, 1);
        Set<Integer> strata = new HashSet<>();
        for (double[] row : random) {
            strata.add((int) Math.floor(row[0] * 50));
        }
        assertTrue(strata.size() < 50, "independent draws leave strata empty");
    }

    @Test
    void lhsOnLevelsGivesEveryLevelItsShare() {
        // 12 points over 3 levels: each level exactly 4 times (strata of width 1/12 fall 4 to a level)
        SweepParameter p = SweepParameter.parseSet("a.b=1,2,3");
        double[][] u = SweepDesign.latinHypercube(1, 12, 9);
        int[] count = new int[3];
        for (double[] row : u) {
            count[Integer.parseInt(p.valueAt(row[0])) - 1]++;
        }
        assertEquals(List.of(4, 4, 4), List.of(count[0], count[1], count[2]));
    }

    @Test
    void randomDesignsAreSeededAndDeduplicated() {
        List<SweepParameter> ps = List.of(SweepParameter.parseSet("a.b=0:1"), SweepParameter.parseSet("c.d=1,2"));
        assertEquals(SweepDesign.LHS.points(ps, 20, 42), SweepDesign.LHS.points(ps, 20, 42));
        assertEquals(SweepDesign.RANDOM.points(ps, 20, 42), SweepDesign.RANDOM.points(ps, 20, 42));
        assertTrue(!SweepDesign.LHS.points(ps, 20, 42).equals(SweepDesign.LHS.points(ps, 20, 43)));
        // 30 draws from 3 x 2 levels: at most 6 distinct points, each once
        List<SweepPoint> few = SweepDesign.RANDOM.points(TWO, 30, 5);
        assertEquals(6, few.size());
        assertEquals(6, new HashSet<>(few.stream().map(SweepPoint::values).toList()).size());
    }
}
