package io.campaignsim.scenario.expr;

import io.campaignsim.core.AgeBand;
import io.campaignsim.core.Lifecycle;
import io.campaignsim.scenario.JourneySpec;
import io.campaignsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields a condition may name in one scenario: the generic ones plus one set per declared
 * channel and one flag per journey. Immutable.
 *
 * <p>When a generated name equals an earlier one (a channel called {@code purchase} would give
 * {@code days_since_purchase}), the earlier field keeps the name: generic fields come first.
 */
public final class ObservedFields {

    private final Map<String, Field> byName;

    private ObservedFields(Map<String, Field> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** The fields of a bound scenario (its population must be present). */
    public static ObservedFields of(Scenario s) {
        List<String> journeys = s.policy().journeys().stream().map(JourneySpec::name).toList();
        return of(s.channelNames(), s.segmentNames(), s.population().regions(), s.catalog().categories(), journeys);
    }

    /**
     * The fields for the given names. Lists are index-ordered; a {@code null} name (already reported by the
     * reader) gives no field but keeps the indices of the others.
     */
    public static ObservedFields of(List<String> channels, List<String> segments, List<String> regions,
            List<String> categories, List<String> journeys) {
        Map<String, Field> map = new LinkedHashMap<>();
        for (FieldType t : FieldType.values()) {
            switch (t.scope()) {
                case GLOBAL -> add(map, new Field(t.fieldName(null), t, -1, levels(t, segments, regions, categories)));
                case CHANNEL -> addEach(map, t, channels);
                case JOURNEY -> addEach(map, t, journeys);
                default -> throw new AssertionError(t);
            }
        }
        return new ObservedFields(map);
    }

    /** The field called {@code name}, or {@code null}. */
    public Field find(String name) {
        return byName.get(name);
    }

    /** All field names, in catalog order (for suggestions and documentation). */
    public Set<String> names() {
        return byName.keySet();
    }

    public List<Field> all() {
        return List.copyOf(byName.values());
    }

    private static void addEach(Map<String, Field> map, FieldType t, List<String> owners) {
        for (int i = 0; i < owners.size(); i++) {
            if (owners.get(i) != null) {
                add(map, new Field(t.fieldName(owners.get(i)), t, i, List.of()));
            }
        }
    }

    private static void add(Map<String, Field> map, Field f) {
        map.putIfAbsent(f.name(), f);
    }

    private static List<String> levels(FieldType t, List<String> segments, List<String> regions,
            List<String> categories) {
        List<String> raw = switch (t) {
            case SEGMENT -> segments;
            case AGE_BAND -> AgeBand.LABELS;
            case REGION -> regions;
            case LIFECYCLE -> Lifecycle.NAMES;
            case LAST_CATEGORY -> categories;
            default -> List.of();
        };
        List<String> out = new ArrayList<>(raw.size());
        for (String s : raw) {
            out.add(s == null ? "" : s); // keep indices aligned with the scenario's lists
        }
        return out;
    }
}
