package io.campaignsim.core;

import java.util.List;

/** The age bands a customer is observed in: the levels of the {@code age_band} field and CSV column. */
public final class AgeBand {

    private AgeBand() {
    }

    /** Labels in band order; a customer's band is an index into this list. */
    public static final List<String> LABELS = List.of("18-24", "25-34", "35-44", "45-54", "55-64", "65+");
}
