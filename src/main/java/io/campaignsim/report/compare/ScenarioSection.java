package io.campaignsim.report.compare;

import static io.campaignsim.report.compare.PageContext.esc;

import java.util.Optional;

/** The scenario as it was run, collapsed. */
final class ScenarioSection implements PageSection {

    @Override
    public String id() {
        return "scenario";
    }

    @Override
    public String title() {
        return "Scenario";
    }

    @Override
    public boolean collapsed() {
        return true;
    }

    @Override
    public Optional<String> body(PageContext page) {
        return page.scenarioYaml() == null ? Optional.empty()
                : Optional.of("<pre>" + esc(page.scenarioYaml()) + "</pre>\n");
    }
}
