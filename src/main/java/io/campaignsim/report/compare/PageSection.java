package io.campaignsim.report.compare;

import io.campaignsim.core.ChartName;
import java.util.Optional;
import java.util.Set;

/**
 * One section of the compare page ({@code index.html}). The page is the list
 * {@link ComparisonPages#SECTIONS} in order: the decision banner and the overview make the first
 * screen, then views one click away in the tab bar, then detail sections collapsed in
 * {@code <details>}. A section that has nothing to show returns an empty body and is left out,
 * tab included. To add a section, write a class and add one line to that list.
 */
public interface PageSection {

    /** The anchor ({@code id}) of the section; unique on the page, letters, digits and '-'. */
    String id();

    /** The heading and tab label; null for a section without heading and tab (the banner). */
    String title();

    /** The section's HTML (without its heading), or empty when it has nothing to show. */
    Optional<String> body(PageContext page);

    /** True for detail material: the section is collapsed in a {@code <details>} until opened. */
    default boolean collapsed() {
        return false;
    }

    /** The chart kinds this section shows; charts of kinds no section claims go to {@link MoreChartsSection}. */
    default Set<ChartName> chartKinds() {
        return Set.of();
    }
}
