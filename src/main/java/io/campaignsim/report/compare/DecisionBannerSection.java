package io.campaignsim.report.compare;

import static io.campaignsim.report.compare.PageContext.esc;

import io.campaignsim.compare.Comparison;
import java.util.Locale;
import java.util.Optional;

/**
 * The first thing on the page: the decision (winner, inconclusive between which strategies, or
 * underpowered), what the best did against the holdout, why, and which tests lacked power.
 */
final class DecisionBannerSection implements PageSection {

    /** Names listed in the banner's title before "and N more" (all are in the reason and the table). */
    static final int NAMES = 6;

    @Override
    public String id() {
        return "decision";
    }

    @Override
    public String title() {
        return null;
    }

    @Override
    public Optional<String> body(PageContext page) {
        Comparison c = page.comparison();
        StringBuilder h = new StringBuilder("<div class=\"banner banner-")
                .append(c.decision().kind().name().toLowerCase(Locale.ROOT)).append("\" role=\"status\">\n")
                .append("<p class=\"banner-title\">").append(esc(DecisionText.title(c, NAMES))).append("</p>\n")
                .append("<p>").append(esc(DecisionText.effect(c))).append(".</p>\n")
                .append("<p>").append(esc(c.decision().reason())).append(".</p>\n");
        String power = DecisionText.power(c);
        if (!power.isEmpty()) {
            h.append("<p class=\"banner-power\">").append(esc(power)).append("</p>\n");
        }
        return Optional.of(h.append("</div>\n").toString());
    }
}
