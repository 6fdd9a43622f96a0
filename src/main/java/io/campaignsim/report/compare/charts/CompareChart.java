package io.campaignsim.report.compare.charts;

import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.StrategySummary;
import io.campaignsim.core.ChartName;
import io.campaignsim.report.compare.ComparisonCharts;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * One kind of chart of a comparison, as listed in {@link ComparisonCharts#REGISTRY}: the name a
 * scenario selects it by in {@code report.charts}, what it shows, what data it needs, and how it
 * draws. A chart draws nothing when its data is missing (e.g. no bandit, so no arm allocation).
 */
public sealed interface CompareChart permits CompareChart.Whole, CompareChart.PerStrategy {

    /** The name in {@code report.charts}. */
    ChartName name();

    /** What it shows, one line (for the documentation). */
    String title();

    /** What it needs from the comparison; without it nothing is drawn. */
    String needs();

    /** A chart of the whole comparison; may draw more than one figure (e.g. one per metric). */
    non-sealed interface Whole extends CompareChart {

        /** The figures, in page order; empty when the comparison lacks the data. */
        List<ComparisonCharts.Named> draw(Comparison c, ComparisonCharts.Options options);
    }

    /**
     * A chart drawn once for each strategy that has the data, in rank order, saved as
     * {@code <filePrefix><strategy>}. Per-strategy charts of one section of the page (see
     * {@link ComparisonCharts}) are drawn strategy by strategy, so one strategy's charts sit together.
     */
    non-sealed interface PerStrategy extends CompareChart {

        /** The file stem before the strategy's name, e.g. {@code arms_}. */
        String filePrefix();

        /** The chart of {@code s}, or empty when {@code s} lacks the data. */
        Optional<? extends Chart<?, ?>> draw(StrategySummary s);

        /** What the figure of {@code s} shows (its caption and alt text). */
        String caption(StrategySummary s);
    }
}
