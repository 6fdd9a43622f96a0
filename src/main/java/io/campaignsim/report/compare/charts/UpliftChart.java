package io.campaignsim.report.compare.charts;

import static io.campaignsim.report.compare.charts.ChartStyle.baseline;
import static io.campaignsim.report.compare.charts.ChartStyle.label;

import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.Role;
import io.campaignsim.compare.StrategySummary;
import io.campaignsim.core.ChartName;
import io.campaignsim.core.CompareMetric;
import io.campaignsim.report.Palette;
import io.campaignsim.report.compare.ComparisonCharts;
import io.campaignsim.stats.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

/** {@code uplift}: each strategy's mean uplift in profit, then in conversions, with its confidence interval. */
public final class UpliftChart implements CompareChart.Whole {

    /** File stems. */
    public static final String PROFIT = "uplift_profit";
    public static final String CONVERSIONS = "uplift_conversions";
    /** Legend name. */
    public static final String SERIES = "mean uplift with 95 % CI";

    @Override
    public ChartName name() {
        return ChartName.UPLIFT;
    }

    @Override
    public String title() {
        return "bars of each strategy's mean profit uplift and conversion uplift versus the holdout (or the "
                + "no-contact twin) with 95 % confidence intervals";
    }

    @Override
    public String needs() {
        return "a strategy other than the holdout with a defined uplift";
    }

    @Override
    public List<ComparisonCharts.Named> draw(Comparison c, ComparisonCharts.Options options) {
        List<ComparisonCharts.Named> out = new ArrayList<>();
        chart(c, CompareMetric.PROFIT).ifPresent(ch -> out.add(new ComparisonCharts.Named(PROFIT,
                "Profit uplift versus " + baseline(c) + " with 95 % confidence intervals", ch)));
        chart(c, CompareMetric.CONVERSIONS).ifPresent(ch -> out.add(new ComparisonCharts.Named(CONVERSIONS,
                "Conversion uplift versus " + baseline(c) + " with 95 % confidence intervals", ch)));
        return out;
    }

    /**
     * Bars of each strategy's mean uplift in {@code metric} against the holdout (or the no-contact twin),
     * with error bars to the interval bounds (the paired t interval is symmetric); no error bar when the
     * interval is undefined (one replication). Empty when no strategy has a defined uplift.
     */
    public static Optional<CategoryChart> chart(Comparison c, CompareMetric metric) {
        List<String> names = new ArrayList<>();
        List<Double> mean = new ArrayList<>();
        List<Double> error = new ArrayList<>();
        for (StrategySummary s : c.ranked()) {
            Estimate u = s.uplift(metric).absolute();
            if (s.role() == Role.HOLDOUT || !Double.isFinite(u.mean())) {
                continue;
            }
            names.add(label(s));
            mean.add(u.mean());
            error.add(Double.isFinite(u.ciHigh()) ? u.ciHigh() - u.mean() : 0.0);
        }
        if (names.isEmpty()) {
            return Optional.empty();
        }
        String unit = metric.isMoney() ? metric.key() + " uplift (currency units)" : metric.key() + " uplift (count)";
        CategoryChart chart = ChartStyle.category(capitalised(metric.key()) + " uplift versus " + baseline(c) + " over "
                + c.days() + " days", "strategy", unit);
        chart.getStyler().setLegendVisible(true);
        CategorySeries series = chart.addSeries(SERIES, names, mean, error);
        series.setFillColor(Palette.color(0));
        return Optional.of(chart);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
