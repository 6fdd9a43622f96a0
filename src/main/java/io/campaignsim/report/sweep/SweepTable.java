package io.campaignsim.report.sweep;

import io.campaignsim.compare.sweep.Candidate;
import io.campaignsim.compare.sweep.SweepAnalysis;
import io.campaignsim.compare.sweep.SweepResult;
import io.campaignsim.report.Numbers;
import io.campaignsim.stats.Estimate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The terminal summary of a sweep: what ran, the best configuration, and those not significantly worse. */
public final class SweepTable {

    /** Rows of the not-worse set shown; the rest are in sweep.json. */
    static final int MAX_ROWS = 12;

    private SweepTable() {}

    public static String render(SweepResult r) {
        SweepAnalysis.Result a = r.analysis();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "sweep of %s: %d point%s (%s design) x %d strateg%s x %d replication%s, "
                        + "same seeds at every point%n", r.scenario(), r.plan().points().size(),
                r.plan().points().size() == 1 ? "" : "s", r.plan().design().key(), r.plan().strategies().size(),
                r.plan().strategies().size() == 1 ? "y" : "ies", r.plan().replications(),
                r.plan().replications() == 1 ? "" : "s"));
        r.plan().parameters().forEach(p -> b.append("  ").append(p.path()).append(": ").append(p.describe()).append('\n'));
        Candidate best = a.best();
        b.append(String.format(Locale.ROOT, "%nbest %s: %s with %s = %s%n", a.objective().key(),
                r.plan().strategies().get(best.strategy()), point(r, best), ci(best.objective())));
        List<Candidate> set = new ArrayList<>(a.notWorse());
        set.sort(Comparator.comparingDouble((Candidate c) -> -c.objective().mean()));
        if (r.plan().replications() < 2) {
            b.append("one replication: no intervals and no tests; run with --replications 2 or more to see which "
                    + "configurations are not significantly worse\n");
            return b.toString();
        }
        b.append(String.format(Locale.ROOT, "not significantly worse than the best: %d of %d configurations "
                        + "(one-sided paired t-tests on the shared seeds, Holm-corrected over %d comparisons, alpha %s)%n",
                set.size(), a.candidates().size(), a.candidates().size() - 1, Numbers.significantText(a.alpha())));
        List<Candidate> shown = set.subList(0, Math.min(MAX_ROWS, set.size()));
        int nameWidth = shown.stream().mapToInt(c -> r.plan().strategies().get(c.strategy()).length()).max().orElse(1);
        int pointWidth = shown.stream().mapToInt(c -> point(r, c).length()).max().orElse(1);
        for (Candidate c : shown) {
            b.append(String.format(Locale.ROOT, "  %-" + nameWidth + "s  %-" + pointWidth + "s  %s%s%n",
                    r.plan().strategies().get(c.strategy()), point(r, c),
                    ci(c.objective()), c == best ? "  (best)" : "  shortfall " + ci(c.shortfall()) + ", Holm p "
                            + Numbers.pValue(c.adjustedP())));
        }
        if (set.size() > MAX_ROWS) {
            b.append("  ... ").append(set.size() - MAX_ROWS).append(" more in sweep.json\n");
        }
        return b.toString();
    }

    static String point(SweepResult r, Candidate c) {
        List<String> parts = new ArrayList<>();
        for (int j = 0; j < r.plan().parameters().size(); j++) {
            String path = r.plan().parameters().get(j).path();
            parts.add(path.substring(path.lastIndexOf('.') + 1) + "=" + r.plan().points().get(c.point()).values().get(j));
        }
        return String.join(", ", parts);
    }

    static String ci(Estimate e) {
        if (!e.hasInterval()) {
            return Numbers.grouped(e.mean(), 2);
        }
        return Numbers.grouped(e.mean(), 2) + " (95% CI " + Numbers.grouped(e.ciLow(), 2) + " to "
                + Numbers.grouped(e.ciHigh(), 2) + ")";
    }
}
