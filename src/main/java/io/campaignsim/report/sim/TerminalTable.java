package io.campaignsim.report.sim;

import io.campaignsim.core.Metric;
import io.campaignsim.engine.Kpis;
import io.campaignsim.engine.SimulationResult;
import io.campaignsim.report.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * The main KPIs of a simulation as a fixed-width table for the terminal: policy, no contact and
 * incremental columns, then the headline. With {@code color}, ANSI codes make the headline bold and
 * colour incremental values green when they are good news and red when bad (a cost going up is bad).
 */
public final class TerminalTable {

    private static final List<Metric> ROWS = List.of(Metric.CONTACTS, Metric.OPENS, Metric.CLICKS, Metric.CONVERSIONS,
            Metric.CONTACT_CONVERSIONS, Metric.REVENUE, Metric.CONTACT_COST, Metric.INCENTIVE_COST, Metric.PROFIT,
            Metric.UNSUBSCRIBES, Metric.CHURNED, Metric.ACTIVE);
    private static final String[] HEADER = {"metric", "policy", "no contact", "incremental"};

    private static final String BOLD = "\u001B[1m";
    private static final String GREEN = "\u001B[32m";
    private static final String RED = "\u001B[31m";
    private static final String RESET = "\u001B[0m";

    private TerminalTable() {}

    /** The table, lines ending in "\n". */
    public static String render(SimulationResult r, boolean color) {
        Kpis inc = r.incremental();
        List<String[]> rows = new ArrayList<>();
        List<Integer> verdicts = new ArrayList<>();
        for (Metric m : ROWS) {
            rows.add(new String[] {m.key(), Numbers.display(r.total().get(m), m.isMoney()),
                Numbers.display(r.counterfactualTotal().get(m), m.isMoney()), Numbers.signed(inc.get(m), m.isMoney())});
            verdicts.add(Direction.of(m).verdict(inc.get(m)));
        }
        int[] width = new int[HEADER.length];
        for (int c = 0; c < width.length; c++) {
            width[c] = HEADER[c].length();
            for (String[] row : rows) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(r.scenarioName()).append(": seed ").append(r.seed()).append(", ")
                .append(Numbers.display(r.customers(), false)).append(" customers, ").append(r.days())
                .append(" days, simulated in ").append(Headline.elapsed(r.elapsedMillis())).append('\n');
        line(out, HEADER, width, 0, false);
        for (int i = 0; i < rows.size(); i++) {
            line(out, rows.get(i), width, verdicts.get(i), color);
        }
        String headline = Headline.sentence(r);
        out.append(color ? BOLD + headline + RESET : headline).append('\n');
        return out.toString();
    }

    // Pads on the plain text first, so colour codes do not disturb the alignment.
    private static void line(StringBuilder out, String[] cells, int[] width, int verdict, boolean color) {
        out.append(pad(cells[0], width[0], true));
        for (int c = 1; c < cells.length; c++) {
            String cell = pad(cells[c], width[c], false);
            if (color && c == cells.length - 1 && verdict != 0) {
                cell = (verdict > 0 ? GREEN : RED) + cell + RESET;
            }
            out.append("  ").append(cell);
        }
        out.append('\n');
    }

    private static String pad(String s, int width, boolean left) {
        String fill = " ".repeat(width - s.length());
        return left ? s + fill : fill + s;
    }
}
