package io.campaignsim.report.check;

import io.campaignsim.compare.check.MetricCheck;
import io.campaignsim.compare.check.ScenarioCheck;
import io.campaignsim.compare.check.Verdict;
import io.campaignsim.report.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A pull-request comment: the verdict in the heading, the rows that need a look (regressed,
 * improved, skipped), warnings, the full table folded away and how to update the baselines.
 */
public final class MarkdownReport {

    private MarkdownReport() {}

    public static void write(Path file, List<ScenarioCheck> checks) throws IOException {
        AtomicFiles.writeString(file, render(checks));
    }

    static String render(List<ScenarioCheck> checks) {
        long regressed = checks.stream().mapToLong(c -> c.count(Verdict.REGRESSED)).sum();
        StringBuilder md = new StringBuilder();
        md.append("## campaignsim check: ")
                .append(regressed == 0 ? "no regressions" : regressed + " regression" + (regressed == 1 ? "" : "s"))
                .append("\n\n");
        StringBuilder attention = new StringBuilder();
        StringBuilder all = new StringBuilder();
        for (ScenarioCheck c : checks) {
            for (MetricCheck r : c.rows()) {
                String row = row(CheckTable.cells(c.scenario(), r), r.verdict() == Verdict.REGRESSED);
                all.append(row);
                if (r.verdict() != Verdict.OK) {
                    attention.append(row);
                }
            }
        }
        String header = row(CheckTable.HEADER, false) + "|" + "---|".repeat(CheckTable.HEADER.size()) + "\n";
        if (!attention.isEmpty()) {
            md.append(header).append(attention).append('\n');
        }
        for (ScenarioCheck c : checks) {
            for (String n : c.notes()) {
                md.append("> **warning:** ").append(escape(n)).append("\n\n");
            }
        }
        md.append("```\n").append(CheckTable.summary(checks)).append("\n```\n\n");
        if (!all.isEmpty()) {
            md.append("<details><summary>All tests</summary>\n\n").append(header).append(all).append("\n</details>\n\n");
        }
        md.append("If a change is intended, update the baselines: `campaignsim check SCENARIO.yaml --baseline DIR "
                + "--update-baseline` and commit `DIR/*.json`.\n");
        return md.toString();
    }

    private static String row(List<String> cells, boolean bold) {
        StringBuilder b = new StringBuilder("|");
        for (String c : cells) {
            String e = escape(c);
            b.append(' ').append(bold && !e.isEmpty() ? "**" + e + "**" : e).append(" |");
        }
        return b.append('\n').toString();
    }

    private static String escape(String s) {
        return s.replace("|", "\\|");
    }
}
