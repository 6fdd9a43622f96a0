package io.campaignsim.report.compare;

import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.ModelSummary;
import io.campaignsim.compare.PredictionFigures;
import io.campaignsim.compare.StrategySummary;
import io.campaignsim.report.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * The model-quality section's table of customer-level predictions (docs/predictions.md): one row
 * per strategy with one, its figures against the hidden truth at the end of the warm-up (means over
 * replications) beside the constant baseline's, as HTML and as Markdown. Empty when no strategy has
 * a customer-level prediction, so other comparisons' pages are unchanged.
 */
public final class PredictionTable {

    static final List<String> HEADER = List.of("strategy", "prediction", "customers", "AUC ± SE", "Brier (baseline)",
            "calibration error", "MAE (baseline)", "RMSE (baseline)", "top-decile lift");

    private PredictionTable() {}

    /** The rows, one per strategy with a customer-level prediction, in rank order. */
    static List<List<String>> rows(Comparison c) {
        List<List<String>> rows = new ArrayList<>();
        for (StrategySummary s : c.ranked()) {
            ModelSummary m = s.model();
            if (m == null || m.prediction() == null) {
                continue;
            }
            PredictionFigures f = m.prediction();
            String auc = Double.isFinite(m.auc()) ? Numbers.fixed(m.auc(), 3) + " ± " + Numbers.fixed(f.aucSe(), 3) : "n/a";
            rows.add(List.of(s.name(), f.prediction() + (f.withinDays() > 0 ? " (" + f.withinDays() + " days)" : ""),
                    Numbers.grouped(f.customers(), 0), auc, pair(f.brier(), f.baselineBrier()),
                    Double.isFinite(m.calibrationError()) ? Numbers.significant(m.calibrationError(), 3) : "n/a",
                    pair(f.mae(), f.baselineMae()), pair(f.rmse(), f.baselineRmse()),
                    f.deciles().isEmpty() ? "n/a" : Numbers.fixed(f.deciles().get(0).lift(), 2)));
        }
        return rows;
    }

    private static String pair(double model, double baseline) {
        return Double.isFinite(model) ? Numbers.significant(model, 3) + " (" + Numbers.significant(baseline, 3) + ")"
                : "n/a";
    }

    /** The HTML section, or "" without predictions. */
    static String html(Comparison c) {
        List<List<String>> rows = rows(c);
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder h = new StringBuilder("<h2>Predictions against the hidden truth</h2>\n<p>Scored on every covered "
                + "customer at the end of the warm-up (docs/predictions.md); baseline: a constant at the mean "
                + "prediction. Per-customer scores: <code>compare --scores</code>.</p>\n<div class=\"scroll\">\n<table>\n"
                + "<thead><tr>");
        HEADER.forEach(col -> h.append("<th scope=\"col\">").append(esc(col)).append("</th>"));
        h.append("</tr></thead>\n<tbody>\n");
        for (List<String> r : rows) {
            h.append("<tr>");
            for (int i = 0; i < r.size(); i++) {
                h.append(i < 2 ? "<td>" : "<td class=\"n\">").append(esc(r.get(i))).append("</td>");
            }
            h.append("</tr>\n");
        }
        return h.append("</tbody>\n</table>\n</div>\n").toString();
    }

    /** The Markdown section, or "" without predictions. */
    static String markdown(Comparison c) {
        List<List<String>> rows = rows(c);
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder m = new StringBuilder("\n#### Predictions against the hidden truth (end of warm-up)\n\n|");
        HEADER.forEach(col -> m.append(' ').append(col).append(" |"));
        m.append("\n|");
        for (int i = 0; i < HEADER.size(); i++) {
            m.append(i < 2 ? " --- |" : " ---: |");
        }
        m.append('\n');
        for (List<String> r : rows) {
            m.append('|');
            r.forEach(x -> m.append(' ').append(x.replace("|", "\\|")).append(" |"));
            m.append('\n');
        }
        return m.toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
