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
        return Set.of(ChartName.MODEL_QUALITY, ChartName.QINI, ChartName.CALIBRATION);
    }

    @Override
    public Optional<String> body(PageContext page) {
        List<PageContext.ChartFile> charts = page.charts(ChartName.MODEL_QUALITY, ChartName.QINI, ChartName.CALIBRATION);
        return charts.isEmpty() ? Optional.empty() : Optional.of(PageContext.figures(charts));
    }
}
