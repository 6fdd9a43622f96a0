package io.campaignsim.report.compare;

import io.campaignsim.report.MicroReviewHtml;
import java.util.Optional;

/**
 * Per channel and touchpoint (the micro review, issue #18): each strategy's contacts, opens,
 * clicks, conversions and true incremental profit by channel, rule and journey stage, from
 * breakdown.csv, one click from the first screen beside the per-segment view.
 */
final class MicroReviewSection implements PageSection {

    @Override
    public String id() {
        return "channels";
    }

    @Override
    public String title() {
        return "Per channel and touchpoint";
    }

    @Override
    public Optional<String> body(PageContext page) {
        String csv = page.breakdownCsv();
        if (csv == null || csv.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(MicroReviewHtml.body(csv));
    }
}
