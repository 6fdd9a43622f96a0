package io.campaignsim.report.compare;

import static io.campaignsim.report.compare.PageContext.esc;

import java.util.Optional;

/** The comparison's caveats, one sentence each. */
final class NotesSection implements PageSection {

    @Override
    public String id() {
        return "notes";
    }

    @Override
    public String title() {
        return "Notes";
    }

    @Override
    public Optional<String> body(PageContext page) {
        if (page.comparison().notes().isEmpty()) {
            return Optional.empty();
        }
        StringBuilder h = new StringBuilder("<ul>\n");
        page.comparison().notes().forEach(n -> h.append("<li>").append(esc(n)).append("</li>\n"));
        return Optional.of(h.append("</ul>\n").toString());
    }
}
