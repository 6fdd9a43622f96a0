package io.campaignsim.compare.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.campaignsim.core.CompareMetric;
import io.campaignsim.scenario.SweepParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Marginal responses: averaged per replication over the points at a value, then over replications. */
class SweepResultTest {

    private static SweepResult result(List<SweepParameter> ps, List<SweepPoint> points, double[][] profit) {
        List<PointResult> results = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            double[][][] v = new double[1][profit[p].length][CompareMetric.values().length];
            for (int r = 0; r < profit[p].length; r++) {
                v[0][r][CompareMetric.PROFIT.ordinal()] = profit[p][r];
            }
            results.add(new PointResult(p, v));
        }
        SweepPlan plan = new SweepPlan(ps, SweepDesign.GRID, points.size(), points, List.of("s"), new long[] {1, 2});
        return new SweepResult("t", plan, results, SweepAnalysis.analyze(results, CompareMetric.PROFIT, Set.of(), 0.05),
                List.of());
    }

    @Test
    void theMarginalAveragesThePointsAtEachValuePerReplication() {
        List<SweepParameter> ps = List.of(SweepParameter.parseSet("a.b=2,1"), SweepParameter.parseSet("c.d=x,y"));
        List<SweepPoint> points = SweepDesign.GRID.points(ps, 0, 1); // (2,x) (2,y) (1,x) (1,y)
        SweepResult r = result(ps, points, new double[][] {{10, 20}, {30, 40}, {1, 2}, {3, 4}});
        List<SweepResult.Marginal> m = r.marginal(0, 0, CompareMetric.PROFIT);
        assertEquals(List.of("1", "2"), m.stream().map(SweepResult.Marginal::level).toList(), "sorted numerically");
        // value 1: replication means (1+3)/2 = 2 and (2+4)/2 = 3, so 2.5; value 2: 20 and 30, so 25
        assertEquals(2.5, m.get(0).estimate().mean(), 1e-12);
        assertEquals(25, m.get(1).estimate().mean(), 1e-12);
        assertEquals(2, m.get(1).points());
        // two replications of 20 and 30: sd 7.071, se 5, t(0.975, 1) = 12.706 (scipy.stats.t.ppf(0.975, 1))
        assertEquals(25 - 12.7062047 * 5, m.get(1).estimate().ciLow(), 1e-5);
    }

    @Test
    void anIntervalIsBinned() {
        List<SweepParameter> ps = List.of(SweepParameter.parseSet("a.b=0:1"));
        List<SweepPoint> points = List.of(new SweepPoint(0, List.of("0.1")), new SweepPoint(1, List.of("0.2")),
                new SweepPoint(2, List.of("0.9")), new SweepPoint(3, List.of("0.6")));
        SweepResult r = result(ps, points, new double[][] {{1, 1}, {3, 3}, {10, 10}, {20, 20}});
        // round(sqrt(4)) = 2 bins: [0, 0.5) holds 0.1 and 0.2, [0.5, 1] holds 0.6 and 0.9
        List<SweepResult.Marginal> m = r.marginal(0, 0, CompareMetric.PROFIT);
        assertEquals(List.of("0.25", "0.75"), m.stream().map(SweepResult.Marginal::level).toList());
        assertEquals(2, m.get(0).estimate().mean(), 1e-12);
        assertEquals(15, m.get(1).estimate().mean(), 1e-12);
    }
}
