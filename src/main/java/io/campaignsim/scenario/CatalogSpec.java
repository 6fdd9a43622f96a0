package io.campaignsim.scenario;

import io.campaignsim.scenario.yaml.Loc;
import io.campaignsim.scenario.yaml.YamlNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Product categories for next-best-product and cross-sell.
 *
 * <pre>{@code
 * catalog:
 *   categories: [bikes, helmets, lights, locks]
 *   affinity_correlation: 0.3
 *   conversion: { bikes: 0.6, helmets: 1.5 }     # how well a recommendation of the category converts
 *   leads_to:                                    # buying bikes raises the hidden affinity for helmets
 *     bikes: { helmets: 3.0, lights: 1.5 }
 *   leads_to_half_life_days: 30
 * }</pre>
 *
 * @param categories category names (default apparel, shoes, accessories, home)
 * @param affinityCorrelation correlation of a customer's affinities for neighbouring categories in the list, [0, 0.95]
 *     (default 0.5): it is what makes "bought X, likely to buy Y" true
 * @param conversion per category (list order), the multiplier of a recommendation's effect on the purchase
 *     probability (default 1 each, so an undeclared catalog changes nothing)
 * @param leadsTo {@code leadsTo[k][j]}: the lift of the hidden affinity for {@code j} right after buying
 *     {@code k} (0 = none); it decays with {@code leadsToHalfLifeDays}
 * @param leadsToHalfLifeDays half-life of the cross-category lift in days
 */
public record CatalogSpec(List<String> categories, double affinityCorrelation, double[] conversion, double[][] leadsTo,
        double leadsToHalfLifeDays) implements java.io.Serializable {

    /** Largest conversion multiplier or cross-category lift accepted. */
    public static final double MAX_FACTOR = 100.0;
    public static final double DEFAULT_HALF_LIFE_DAYS = 30.0;

    public CatalogSpec {
        categories = List.copyOf(categories);
        conversion = conversion.clone();
        leadsTo = Arrays.stream(leadsTo).map(double[]::clone).toArray(double[][]::new);
    }

    /** Categories with neutral conversion and no cross-category effects. */
    public CatalogSpec(List<String> categories, double affinityCorrelation) {
        this(categories, affinityCorrelation, ones(categories.size()), new double[categories.size()][categories.size()],
                DEFAULT_HALF_LIFE_DAYS);
    }

    public static CatalogSpec defaults() {
        return new CatalogSpec(List.of("apparel", "shoes", "accessories", "home"), 0.5);
    }

    /** Conversion multiplier of recommending category {@code k}. */
    public double conversion(int k) {
        return conversion[k];
    }

    /** Lift of the affinity for {@code to} right after buying {@code from}. */
    public double leadsTo(int from, int to) {
        return leadsTo[from][to];
    }

    /** Whether any buy raises another category's affinity (the world then tracks it). */
    public boolean hasCrossEffects() {
        for (double[] row : leadsTo) {
            for (double v : row) {
                if (v != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public double[] conversion() {
        return conversion.clone();
    }

    @Override
    public double[][] leadsTo() {
        return Arrays.stream(leadsTo).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CatalogSpec c && categories.equals(c.categories) && affinityCorrelation == c.affinityCorrelation
                && Arrays.equals(conversion, c.conversion) && Arrays.deepEquals(leadsTo, c.leadsTo)
                && leadsToHalfLifeDays == c.leadsToHalfLifeDays;
    }

    @Override
    public int hashCode() {
        return categories.hashCode() * 31 + Arrays.hashCode(conversion) * 7 + Arrays.deepHashCode(leadsTo);
    }

    @Override
    public String toString() {
        return "CatalogSpec" + categories;
    }

    private static double[] ones(int n) {
        double[] v = new double[n];
        Arrays.fill(v, 1.0);
        return v;
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
        double rho = m.number("affinity_correlation", 0.5, 0.0, 0.95);
        int n = categories.size();
        double[] conversion = ones(n);
        MapReader conv = m.has("conversion") ? MapReader.of(m.node("conversion"), "catalog.conversion", problems) : null;
        if (conv != null) {
            for (String name : new ArrayList<>(conv.entries().keySet())) {
                int k = category(categories, name, conv.keyLoc(name), "catalog.conversion", problems);
                double v = conv.number(name, 1.0, 0.0, MAX_FACTOR);
                if (k >= 0) {
                    conversion[k] = v;
                }
            }
        }
        double[][] leadsTo = new double[n][n];
        MapReader lead = m.has("leads_to") ? MapReader.of(m.node("leads_to"), "catalog.leads_to", problems) : null;
        if (lead != null) {
            for (Map.Entry<String, YamlNode> e : new ArrayList<>(lead.entries().entrySet())) {
                int from = category(categories, e.getKey(), lead.keyLoc(e.getKey()), "catalog.leads_to", problems);
                MapReader to = MapReader.of(e.getValue(), "catalog.leads_to." + e.getKey(), problems);
                if (to == null) {
                    continue;
                }
                for (String name : new ArrayList<>(to.entries().keySet())) {
                    int k = category(categories, name, to.keyLoc(name), "catalog.leads_to." + e.getKey(), problems);
                    double v = to.number(name, 0.0, 0.0, MAX_FACTOR);
                    if (from >= 0 && k >= 0) {
                        leadsTo[from][k] = v;
                    }
                }
            }
        }
        double halfLife = m.number("leads_to_half_life_days", DEFAULT_HALF_LIFE_DAYS, 0.5, 3650);
        m.done();
        return new CatalogSpec(categories, rho, conversion, leadsTo, halfLife);
    }

    private static int category(List<String> categories, String name, Loc loc, String where, Problems problems) {
        int k = categories.indexOf(name);
        if (k < 0) {
            problems.add(loc, where + " names category '" + name + "', which is not in catalog.categories"
                    + MapReader.suggestion(name, categories), "one of the categories: " + String.join(", ", categories));
        }
        return k;
    }
}
