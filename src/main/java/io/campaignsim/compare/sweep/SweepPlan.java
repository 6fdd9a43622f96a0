package io.campaignsim.compare.sweep;

import io.campaignsim.engine.Stepping;
import io.campaignsim.scenario.SweepParameter;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a sweep will run: the parameters, the points of the design, the strategies, and the
 * replication seeds shared by every point (common random numbers: replication r of every point
 * generates the same customers and draws the same world, so point-to-point differences are paired).
 *
 * @param parameters the swept parameters
 * @param design how the points were chosen
 * @param requestedPoints points asked for (random, lhs) or the grid size
 * @param points the distinct points
 * @param strategies strategy names, in the order that indexes their random streams
 * @param replicationSeeds the root seed of each replication, identical at every point
 * @param stepping how the engine advances time in every run ({@code sweep --stepping})
 */
public record SweepPlan(List<SweepParameter> parameters, SweepDesign design, int requestedPoints, List<SweepPoint> points,
        List<String> strategies, long[] replicationSeeds, Stepping stepping) {

    public SweepPlan {
        parameters = List.copyOf(parameters);
        points = List.copyOf(points);
        strategies = List.copyOf(strategies);
        replicationSeeds = replicationSeeds.clone();
        java.util.Objects.requireNonNull(stepping, "stepping");
    }

    /** A plan on the daily engine. */
    public SweepPlan(List<SweepParameter> parameters, SweepDesign design, int requestedPoints, List<SweepPoint> points,
            List<String> strategies, long[] replicationSeeds) {
        this(parameters, design, requestedPoints, points, strategies, replicationSeeds, Stepping.DAILY);
    }

    public int replications() {
        return replicationSeeds.length;
    }

    /** The work items of one point, in (replication, strategy) order. */
    public List<WorkItem> workItems(int point) {
        List<WorkItem> out = new ArrayList<>();
        for (int r = 0; r < replicationSeeds.length; r++) {
            for (int s = 0; s < strategies.size(); s++) {
                out.add(new WorkItem(point, s, r, replicationSeeds[r]));
            }
        }
        return out;
    }

    /** Every work item: point × strategy × replication. */
    public List<WorkItem> workItems() {
        List<WorkItem> out = new ArrayList<>();
        for (SweepPoint p : points) {
            out.addAll(workItems(p.index()));
        }
        return out;
    }

    public long[] replicationSeeds() {
        return replicationSeeds.clone();
    }
}
