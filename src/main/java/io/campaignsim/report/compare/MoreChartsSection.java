package io.campaignsim.report.compare;

import io.campaignsim.core.ChartName;
import java.util.List;
import java.util.Optional;

/** Charts of kinds that no other section shows, so a chart added to the registry is never lost from the page. */
final class MoreChartsSection implements PageSection {

    @Override
    public String id() {
        return "more";
    }

    @Override
    public String title() {
        return "More charts";
    }

    @Override
    public boolean collapsed() {
        return true;
    }

    @Override
    public Optional<String> body(PageContext page) {
        List<PageContext.ChartFile> charts = page.charts(page.unclaimed().toArray(ChartName[]::new));
        return charts.isEmpty() ? Optional.empty() : Optional.of(PageContext.figures(charts));
    }
}
