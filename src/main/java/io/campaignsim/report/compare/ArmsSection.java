package io.campaignsim.report.compare;

import static io.campaignsim.report.compare.PageContext.esc;

import io.campaignsim.compare.ArmShares;
import io.campaignsim.compare.StrategySummary;
import io.campaignsim.core.ChartName;
import io.campaignsim.report.compare.charts.ArmAllocationChart;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How the strategies with arms split their contacts by day. A strategy that used one arm all the
 * time gets no chart (a flat line at 100 % says nothing); it is named in one sentence instead.
 */
final class ArmsSection implements PageSection {

    @Override
    public String id() {
        return "arms";
    }

    @Override
    public String title() {
        return "Arm allocation";
    }

    @Override
    public boolean collapsed() {
        return true;
    }

    @Override
    public Set<ChartName> chartKinds() {
        return Set.of(ChartName.ARM_ALLOCATION);
    }

    @Override
    public Optional<String> body(PageContext page) {
        List<PageContext.ChartFile> charts = page.charts(ChartName.ARM_ALLOCATION);
        List<String> single = page.wants(ChartName.ARM_ALLOCATION) ? page.comparison().ranked().stream()
                .filter(s -> s.arms() != null && ArmAllocationChart.singleArm(s.arms()).isPresent())
                .map(ArmsSection::single).toList() : List.of();
        if (charts.isEmpty() && single.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder h = new StringBuilder();
        if (!single.isEmpty()) {
            h.append("<p>One arm all the time (no chart): ").append(esc(String.join("; ", single))).append(".</p>\n");
        }
        if (charts.size() > 1) {
            h.append("<div class=\"multiples\">\n").append(PageContext.figures(charts)).append("</div>\n");
        } else {
            h.append(PageContext.figures(charts));
        }
        return Optional.of(h.toString());
    }

    private static String single(StrategySummary s) {
        ArmShares a = s.arms();
        return s.name() + " (" + a.arms().get(ArmAllocationChart.singleArm(a).orElseThrow()) + ")";
    }
}
