package io.campaignsim.report.compare.charts;

import static io.campaignsim.report.compare.charts.ChartStyle.STROKES;
import static io.campaignsim.report.compare.charts.ChartStyle.colour;
import static io.campaignsim.report.compare.charts.ChartStyle.style;

import io.campaignsim.compare.ModelSummary;
import io.campaignsim.compare.StrategySummary;
import io.campaignsim.core.ChartName;
import io.campaignsim.report.Numbers;
import io.campaignsim.stats.CalibrationBin;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** {@code calibration}: per probability-model strategy, mean true against mean predicted probability by decile. */
public final class CalibrationChart implements CompareChart.PerStrategy {

    public static final String PREFIX = "calibration_";
    /** Legend name of the diagonal. */
    public static final String DIAGONAL = "perfect calibration";

    @Override
    public ChartName name() {
        return ChartName.CALIBRATION;
    }

    @Override
    public String title() {
        return "per probability-model strategy (file calibration_<strategy>): mean true against mean predicted "
                + "probability by decile of prediction, with the diagonal of perfect calibration";
    }

    @Override
    public String needs() {
        return "a strategy with a probability model (a calibration table in comparison.json)";
    }

    @Override
    public String filePrefix() {
        return PREFIX;
    }

    @Override
    public String caption(StrategySummary s) {
        return "Calibration of the model of " + s.name() + ": mean predicted versus mean true probability "
                + "by decile, held-out customers";
    }

    /**
     * The calibration of a strategy's probability model, averaged over replications: mean true
     * against mean predicted probability per decile of prediction, with the diagonal of perfect
     * calibration across the plotted range. Empty without a calibration table.
     */
    @Override
    public Optional<XYChart> draw(StrategySummary s) {
        ModelSummary m = s.model();
        if (m == null || m.calibration() == null || m.calibration().bins().isEmpty()) {
            return Optional.empty();
        }
        List<Double> predicted = new ArrayList<>();
        List<Double> truth = new ArrayList<>();
        for (CalibrationBin b : m.calibration().bins()) {
            predicted.add(b.meanPredicted());
            truth.add(b.meanTruth());
        }
        double low = Math.min(Collections.min(predicted), Collections.min(truth));
        double high = Math.max(Collections.max(predicted), Collections.max(truth));
        XYChart chart = ChartStyle.xy("Calibration of " + s.name() + " on held-out customers (deciles, mean of "
                + ChartStyle.replications(m.replications()) + ")", "mean predicted probability",
                "mean true probability", false);
        chart.getStyler().setXAxisDecimalPattern(ChartStyle.FINE_DECIMALS)
                .setYAxisDecimalPattern(ChartStyle.FINE_DECIMALS);
        ChartStyle.legendBelow(chart);
        XYSeries model = chart.addSeries(m.model() + " (mean abs. calibration error "
                + Numbers.fixed(m.calibrationError(), 4) + ")", predicted, truth);
        style(model, colour(0), STROKES[0]);
        model.setMarker(SeriesMarkers.CIRCLE);
        model.setMarkerColor(colour(0));
        style(chart.addSeries(DIAGONAL, List.of(low, high), List.of(low, high)), colour(7), STROKES[2]);
        return Optional.of(chart);
    }
}
