package io.campaignsim.scenario;

import io.campaignsim.scenario.yaml.YamlNode;
import java.util.List;

/**
 * Product categories for next-best-product and cross-sell.
 *
 * <pre>{@code
 * catalog:
 *   categories: [apparel, shoes, accessories, beauty]
 *   affinity_correlation: 0.6
 * }</pre>
 *
 * @param categories category names (default apparel, shoes, accessories, home)
 * @param affinityCorrelation correlation of a customer's affinities for neighbouring categories in the list, [0, 0.95]
 *     (default 0.5): it is what makes "bought X, likely to buy Y" true
 */
public record CatalogSpec(List<String> categories, double affinityCorrelation) implements java.io.Serializable {

    public CatalogSpec {
        categories = List.copyOf(categories);
    }

    public static CatalogSpec defaults() {
        return new CatalogSpec(List.of("apparel", "shoes", "accessories", "home"), 0.5);
    }

    static CatalogSpec read(YamlNode node, Problems problems) {
        if (node == null) {
            return defaults();
        }
        MapReader m = MapReader.of(node, "catalog", problems);
        if (m == null) {
            return defaults();
        }
        int before = problems.size();
        List<String> categories = m.names("categories", true);
        m.checkCount("categories", PopulationSpec.MAX_CODES, "at least one category name");
        if (categories.isEmpty() && problems.size() > before) {
            categories = defaults().categories(); // already reported; avoid a second "is empty" message
        }
        CatalogSpec c = new CatalogSpec(categories, m.number("affinity_correlation", 0.5, 0.0, 0.95));
        m.done();
        return c;
    }
}
