package io.campaignsim.report.compare;

import io.campaignsim.core.ChartName;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The models of model-based strategies against the hidden truth: quality, Qini and calibration. */
final class ModelsSection implements PageSection {

    @Override
    public String id() {
        return "models";
    }

    @Override
    public String title() {
        return "Models";
    }

    @Override
    public boolean collapsed() {
        return true;
    }

    @Override
    public Set<ChartName> chartKinds() {
        return Set.of(ChartName.MODEL_QUALITY, ChartName.QINI, ChartName.CALIBRATION, ChartName.DECILE_LIFT);
    }

    @Override
    public Optional<String> body(PageContext page) {
        List<PageContext.ChartFile> charts = page.charts(ChartName.MODEL_QUALITY, ChartName.QINI, ChartName.CALIBRATION,
                ChartName.DECILE_LIFT);
        String predictions = PredictionTable.html(page.comparison()); // "" without customer-level predictions
        return charts.isEmpty() && predictions.isEmpty() ? Optional.empty()
                : Optional.of(predictions + (charts.isEmpty() ? "" : PageContext.figures(charts)));
    }
}
