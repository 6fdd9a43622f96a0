package io.campaignsim.report.compare.charts;

import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.ModelSummary;
import io.campaignsim.compare.StrategySummary;
import io.campaignsim.core.ChartName;
import io.campaignsim.report.Palette;
import io.campaignsim.report.compare.ComparisonCharts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;

/** {@code model_quality}: AUC and normalised Qini of each model strategy on held-out customers. */
public final class ModelQualityChart implements CompareChart.Whole {

    /** File stem. */
    public static final String FILE = "model_quality";
    /** Legend names. */
    public static final String AUC = "AUC (propensity)";
    public static final String QINI = "Qini coefficient (normalised)";

    @Override
    public ChartName name() {
        return ChartName.MODEL_QUALITY;
    }

    @Override
    public String title() {
        return "bars of AUC and normalised Qini per model strategy, on held-out customers";
    }

    @Override
    public String needs() {
        return "a strategy with a model that reported AUC or Qini";
    }

    @Override
    public List<ComparisonCharts.Named> draw(Comparison c, ComparisonCharts.Options options) {
        return chart(c).map(ch -> List.of(new ComparisonCharts.Named(FILE, "Model quality per model strategy", ch)))
                .orElse(List.of());
    }

    /** Bars of AUC and normalised Qini per strategy with a model; empty when no model reported a figure. */
    public static Optional<CategoryChart> chart(Comparison c) {
        List<String> names = new ArrayList<>();
        List<Double> auc = new ArrayList<>();
        List<Double> qini = new ArrayList<>();
        for (StrategySummary s : c.ranked()) {
            ModelSummary m = s.model();
            if (m != null && (Double.isFinite(m.auc()) || Double.isFinite(m.qini()))) {
                names.add(s.name());
                auc.add(Double.isFinite(m.auc()) ? m.auc() : 0.0);
                qini.add(Double.isFinite(m.qini()) ? m.qini() : 0.0);
            }
        }
        if (names.isEmpty()) {
            return Optional.empty();
        }
        CategoryChart chart = ChartStyle.category("Model quality on held-out customers (n/a shown as 0)", "strategy",
                "score (AUC 0.5 = random; Qini 1 = ideal, 0 = random)");
        chart.getStyler().setLegendVisible(true);
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0);
        chart.addSeries(AUC, names, auc).setFillColor(Palette.color(0));
        chart.addSeries(QINI, names, qini).setFillColor(Palette.color(1));
        return Optional.of(chart);
    }
}
