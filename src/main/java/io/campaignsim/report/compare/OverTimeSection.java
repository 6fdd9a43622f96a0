package io.campaignsim.report.compare;

import io.campaignsim.core.ChartName;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The series by day: the cumulative objective (small multiples, one panel a strategy, when there
 * are many), the regret against the oracle and the customers still active.
 */
final class OverTimeSection implements PageSection {

    @Override
    public String id() {
        return "time";
    }

    @Override
    public String title() {
        return "Over time";
    }

    @Override
    public boolean collapsed() {
        return true;
    }

    @Override
    public Set<ChartName> chartKinds() {
        return Set.of(ChartName.CUMULATIVE_OBJECTIVE, ChartName.REGRET, ChartName.ACTIVE_CUSTOMERS);
    }

    @Override
    public Optional<String> body(PageContext page) {
        List<PageContext.ChartFile> cumulative = page.charts(ChartName.CUMULATIVE_OBJECTIVE);
        List<PageContext.ChartFile> rest = page.charts(ChartName.REGRET, ChartName.ACTIVE_CUSTOMERS);
        if (cumulative.isEmpty() && rest.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder h = new StringBuilder();
        if (cumulative.size() > 1) {
            h.append("<div class=\"multiples\">\n").append(PageContext.figures(cumulative)).append("</div>\n");
        } else {
            h.append(PageContext.figures(cumulative));
        }
        return Optional.of(h.append(PageContext.figures(rest)).toString());
    }
}
