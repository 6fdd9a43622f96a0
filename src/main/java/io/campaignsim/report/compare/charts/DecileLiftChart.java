package io.campaignsim.report.compare.charts;

import io.campaignsim.compare.ModelSummary;
import io.campaignsim.compare.PredictionFigures;
import io.campaignsim.compare.StrategySummary;
import io.campaignsim.core.ChartName;
import io.campaignsim.report.Numbers;
import io.campaignsim.report.Palette;
import io.campaignsim.stats.DecileLift;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

/**
 * {@code decile_lift}: per strategy with a customer-level prediction, the lift by score decile at
 * the end of the warm-up: customers sorted by the model's score, highest first, in ten equal groups,
 * and each group's mean true value (probability or value, from the hidden truth) over everyone's.
 * Bars falling from decile 1 to 10 mean the score ranks customers by what it predicts; a flat line
 * at 1 is a useless score.
 */
public final class DecileLiftChart implements CompareChart.PerStrategy {

    public static final String PREFIX = "decile_lift_";
    /** Legend names. */
    public static final String LIFT = "lift (mean true value of the decile / overall mean)";
    public static final String NO_LIFT = "no lift (random ranking)";

    @Override
    public ChartName name() {
        return ChartName.DECILE_LIFT;
    }

    @Override
    public String title() {
        return "per strategy with a customer-level prediction (file decile_lift_<strategy>): lift by score decile "
                + "against the hidden truth at the end of the warm-up";
    }

    @Override
    public String needs() {
        return "a strategy with a customer-level prediction (score: churn_within, first_purchase, repeat_purchase, "
                + "clv, or basket: next_basket_value)";
    }

    @Override
    public String filePrefix() {
        return PREFIX;
    }

    @Override
    public String caption(StrategySummary s) {
        PredictionFigures f = s.model().prediction();
        return "Lift by score decile of the " + f.prediction() + " prediction of " + s.name()
                + " against the hidden truth, at the end of the warm-up";
    }

    /** The lift per decile (mean over replications), with the line of no lift; empty without deciles. */
    @Override
    public Optional<CategoryChart> draw(StrategySummary s) {
        ModelSummary m = s.model();
        if (m == null || m.prediction() == null || m.prediction().deciles().isEmpty()) {
            return Optional.empty();
        }
        PredictionFigures f = m.prediction();
        List<String> deciles = new ArrayList<>();
        List<Double> lift = new ArrayList<>();
        List<Double> one = new ArrayList<>();
        for (DecileLift.Decile d : f.deciles()) {
            deciles.add(Integer.toString(d.decile()));
            lift.add(Double.isFinite(d.lift()) ? d.lift() : 0.0);
            one.add(1.0);
        }
        String window = f.withinDays() > 0 ? " (" + f.withinDays() + " days)" : "";
        CategoryChart chart = ChartStyle.category(s.name() + ": lift by decile of " + f.prediction() + window,
                "score decile (1 = highest scores); " + Numbers.grouped(f.customers(), 0) + " customers, mean of "
                        + ChartStyle.replications(m.replications()),
                "lift (overall mean " + Numbers.significant(f.meanTruth(), 3) + ")");
        chart.getStyler().setXAxisLabelRotation(0);
        chart.getStyler().setOverlapped(true); // the no-lift line across the bars, not beside them
        chart.getStyler().setLegendVisible(true);
        chart.addSeries(LIFT, deciles, lift).setFillColor(Palette.color(0));
        CategorySeries flat = chart.addSeries(NO_LIFT, deciles, one);
        flat.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        flat.setLineColor(Palette.color(7));
        flat.setMarkerColor(Palette.color(7));
        return Optional.of(chart);
    }
}
