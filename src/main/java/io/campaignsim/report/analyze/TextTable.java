package io.campaignsim.report.analyze;

import java.util.List;

/** A fixed-width terminal table: the first {@code leftColumns} columns left-aligned, the rest right-aligned. */
public final class TextTable {

    private TextTable() {}

    /** Lines ending in "\n". */
    public static String render(String[] header, List<String[]> rows, int leftColumns) {
        int[] width = new int[header.length];
        for (int c = 0; c < header.length; c++) {
            width[c] = header[c].length();
            for (String[] r : rows) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        StringBuilder b = new StringBuilder();
        line(b, header, width, leftColumns);
        for (String[] r : rows) {
            line(b, r, width, leftColumns);
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String[] cells, int[] width, int leftColumns) {
        StringBuilder l = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            String fill = " ".repeat(width[c] - cells[c].length());
            l.append(c == 0 ? "" : "  ").append(c < leftColumns ? cells[c] + fill : fill + cells[c]);
        }
        b.append(l.toString().stripTrailing()).append('\n');
    }
}
