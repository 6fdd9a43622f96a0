package io.campaignsim.report.bench;

import io.campaignsim.bench.BenchReport;
import java.util.Locale;

/** Renders a {@link BenchReport} as plain-text tables for the terminal. */
public final class BenchTable {

    private static final double MIB = 1024.0 * 1024.0;

    private BenchTable() {}

    public static String render(BenchReport r) {
        StringBuilder b = new StringBuilder();
        BenchReport.Machine m = r.machine();
        line(b, "machine: %d cores, %s, %s, max heap %.0f MiB", m.cores(), m.cpu(), m.java(), m.maxHeapBytes() / MIB);
        if (!r.workloads().isEmpty()) {
            line(b, "");
            line(b, "engine: %,d customers x %d days on %d thread(s), %s stepping, median of %d runs after a warm-up",
                    r.size(), r.days(), r.threads(), r.stepping(), r.runs());
            line(b, "%-22s %18s %14s %14s %10s %8s", "workload", "customer-days/s", "min", "max", "seconds",
                    "cores");
            for (BenchReport.Workload w : r.workloads()) {
                line(b, "%-22s %,18.0f %,14.0f %,14.0f %10.2f %8.2f", w.name(), w.customerDaysPerSecond().median(),
                        w.customerDaysPerSecond().min(), w.customerDaysPerSecond().max(), w.seconds().median(),
                        w.cpuSeconds().median() / w.seconds().median());
            }
            line(b, "%-22s %,18.0f customers/s", "population generation", r.generation().median());
            line(b, "%-22s %,18.0f MiB (%.0f bytes/customer, pool peaks summed)", "peak heap",
                    r.peakHeapBytes() / MIB, (double) r.peakHeapBytes() / r.size());
        }
        if (!r.scaling().isEmpty()) {
            line(b, "");
            line(b, "scaling: rules + journeys, median of %d runs for rows under %d s, else one run", r.runs(),
                    BenchReport.REPEAT_BELOW_SECONDS);
            line(b, "%14s %6s %8s %10s %8s %18s %12s %10s", "customers", "days", "threads", "seconds", "cores",
                    "customer-days/s", "peak MiB", "B/customer");
            for (BenchReport.ScalingRow s : r.scaling()) {
                line(b, "%,14d %6d %8d %10.2f %8.2f %,18.0f %,12.0f %10.0f", s.size(), s.days(), s.threads(), s.seconds(),
                        s.cpuSeconds() / s.seconds(), s.customerDaysPerSecond(), s.peakHeapBytes() / MIB,
                        s.bytesPerCustomer());
            }
            line(b, "(cores = process CPU seconds / wall seconds: how much of the machine the run really got)");
        }
        if (r.algorithms().isEmpty()) {
            return b.toString();
        }
        line(b, "");
        line(b, "algorithms: pure decisions on a synthetic testbed (see bench/reference.py), one thread, "
                + "median of %d runs", r.runs());
        line(b, "%-22s %12s %8s %16s %14s %14s %12s", "algorithm", "rounds", "batch", "decisions/s", "min", "max",
                "mean reward");
        for (BenchReport.AlgorithmRow a : r.algorithms()) {
            line(b, "%-22s %,12d %8d %,16.0f %,14.0f %,14.0f %12.5f", a.name(), a.rounds(), a.batch(),
                    a.decisionsPerSecond().median(), a.decisionsPerSecond().min(), a.decisionsPerSecond().max(),
                    a.meanReward());
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String format, Object... args) {
        b.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
    }
}
