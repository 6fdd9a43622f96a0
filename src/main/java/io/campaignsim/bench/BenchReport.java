package io.campaignsim.bench;


import java.util.List;

/**
 * Everything one {@code bench} run measured; rendered by the report package's {@code BenchTable}, written as JSON by
 * the command. Throughputs are medians over the timed runs (after a warm-up).
 *
 * @param machine where it ran
 * @param size customers of the headline runs
 * @param days days of the headline runs
 * @param threads engine threads of the headline runs
 * @param runs timed runs per workload
 * @param workloads customer-days per second per engine workload (empty with --algorithms-only)
 * @param generation customers generated per second (null with --algorithms-only)
 * @param peakHeapBytes largest peak heap of the headline runs (0 with --algorithms-only)
 * @param scaling single timed runs over sizes and thread counts
 * @param algorithms decisions per second of the pure algorithms
 */
public record BenchReport(Machine machine, long size, int days, int threads, int runs, List<Workload> workloads,
        Samples generation, long peakHeapBytes, List<ScalingRow> scaling, List<AlgorithmRow> algorithms,
        String stepping) {

    /** A report of the daily engine. */
    public BenchReport(Machine machine, long size, int days, int threads, int runs, List<Workload> workloads,
            Samples generation, long peakHeapBytes, List<ScalingRow> scaling, List<AlgorithmRow> algorithms) {
        this(machine, size, days, threads, runs, workloads, generation, peakHeapBytes, scaling, algorithms, "daily");
    }

    /** Scaling runs shorter than this are repeated ({@code --runs} times) and the median kept. */
    public static final int REPEAT_BELOW_SECONDS = 5;


    /**
     * Customer-days per second of one engine workload, its wall seconds, and the CPU seconds the
     * process used meanwhile (cpu / wall = cores actually busy; below the thread count on a
     * machine shared with other work).
     */
    public record Workload(String name, Samples customerDaysPerSecond, Samples seconds, Samples cpuSeconds) {}

    /** One point of the scaling table. */
    public record ScalingRow(long size, int days, int threads, double seconds, double cpuSeconds,
            double customerDaysPerSecond, long peakHeapBytes) {
        public double bytesPerCustomer() {
            return (double) peakHeapBytes / size;
        }
    }

    /** Decisions per second of one pure algorithm, and the mean expected reward of its choices. */
    public record AlgorithmRow(String name, long rounds, int batch, Samples decisionsPerSecond, double meanReward) {}

    /** Where the figures were measured. */
    public record Machine(int cores, String cpu, String java, long maxHeapBytes) {}
}
