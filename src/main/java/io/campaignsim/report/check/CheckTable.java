package io.campaignsim.report.check;

import io.campaignsim.compare.check.MetricCheck;
import io.campaignsim.compare.check.ScenarioCheck;
import io.campaignsim.compare.check.Verdict;
import io.campaignsim.report.Numbers;
import java.util.ArrayList;
import java.util.List;

/** The terminal table of a check: one line per (scenario, strategy, metric), then notes and a summary. */
public final class CheckTable {

    static final List<String> HEADER = List.of("scenario", "strategy", "metric", "baseline", "current",
            "difference [CI]", "margin", "p (adj.)", "verdict");

    private CheckTable() {}

    public static String render(List<ScenarioCheck> checks) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (ScenarioCheck c : checks) {
            for (MetricCheck r : c.rows()) {
                rows.add(cells(c.scenario(), r));
            }
        }
        StringBuilder out = new StringBuilder();
        if (rows.size() > 1) {
            int[] width = new int[HEADER.size()];
            for (List<String> row : rows) {
                for (int i = 0; i < row.size(); i++) {
                    width[i] = Math.max(width[i], row.get(i).length());
                }
            }
            for (List<String> row : rows) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < row.size(); i++) {
                    boolean number = i >= 3 && i <= 7;
                    String cell = row.get(i);
                    String pad = " ".repeat(width[i] - cell.length());
                    line.append(i == 0 ? "" : "  ").append(number ? pad + cell : cell + (i == row.size() - 1 ? "" : pad));
                }
                out.append(line).append('\n');
            }
        }
        for (ScenarioCheck c : checks) {
            for (String n : c.notes()) {
                out.append("warning: ").append(n).append('\n');
            }
        }
        out.append(summary(checks)).append('\n');
        return out.toString();
    }

    /** The cells of one row, shared with the Markdown report. */
    static List<String> cells(String scenario, MetricCheck r) {
        String diff = r.verdict().skipped() ? "-" : Numbers.compactSigned(r.difference()) + " [" + Numbers.compactSigned(r.ciLow())
                + ", " + Numbers.compactSigned(r.ciHigh()) + "]";
        String margin = Numbers.percentLabel(r.relativeMargin(), 2) + (r.verdict().skipped() ? "" : " = " + Numbers.compact(r.margin()));
        String p = Double.isNaN(r.adjustedPValue()) ? "-" : Numbers.pValue(r.adjustedPValue());
        return List.of(scenario, r.strategy(), r.metric() + " (" + r.direction().key() + ")", Numbers.compact(r.baselineMean()),
                Numbers.compact(r.currentMean()), diff, margin, p, r.verdict().label());
    }

    /** "check: 2 REGRESSED, 1 improved, 33 ok, 0 skipped in 36 tests; ..." with the test's meaning. */
    static String summary(List<ScenarioCheck> checks) {
        long regressed = checks.stream().mapToLong(c -> c.count(Verdict.REGRESSED)).sum();
        long improved = checks.stream().mapToLong(c -> c.count(Verdict.IMPROVED)).sum();
        long ok = checks.stream().mapToLong(c -> c.count(Verdict.OK)).sum();
        long skipped = checks.stream().mapToLong(ScenarioCheck::skipped).sum();
        long tests = checks.stream().mapToLong(c -> c.rows().size()).sum();
        String s = "check: " + regressed + " REGRESSED, " + improved + " improved, " + ok + " ok, " + skipped
                + " skipped, in " + tests + " tests over " + checks.size() + " scenario" + (checks.size() == 1 ? "" : "s");
        double alpha = checks.stream().flatMap(c -> c.rows().stream()).filter(r -> !r.verdict().skipped())
                .mapToDouble(MetricCheck::alpha).max().orElse(Double.NaN);
        if (!Double.isNaN(alpha)) {
            s += "\nCI: " + Numbers.percentLabel(1 - 2 * alpha, 2) + " two-sided paired-t interval of the mean of current − baseline "
                    + "over the baseline's replications (simultaneous over the scenario's tests); p (adj.): one-sided "
                    + "p-value of \"worse by more than the margin\" after the scenario's correction (Holm by default), "
                    + "REGRESSED below 1 − confidence; \"-\": every replication gave the same value in both runs, nothing to test";
        }
        return s;
    }
}
