package io.campaignsim.strategy;

import io.campaignsim.scenario.ActionSpec;
import io.campaignsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * One option a strategy can pick for a contact opportunity: an offer, optionally on a given
 * channel, or not contacting the customer today. Written in YAML as {@code ten_off}, {@code none}
 * (a contact without incentive), {@code sms:ten_off} (channel and offer) or {@code no_contact}
 * (leave the customer alone today: an action whose reward learners measure like any other).
 * A part may also name a product category to recommend: {@code helmets}, {@code email:helmets},
 * {@code email:ten_off:helmets} or {@code email:last_purchased} (the customer's last purchased
 * category at send time); an arm that names no offer sends none. A category part may be a bundle
 * of two categories, {@code email:bike+helmets} (scenario.CategoryBundle; how the world responds:
 * docs/model.md).
 *
 * @param label the name as written
 * @param channel channel index, {@link #KEEP} to use the opportunity's channel, or {@link #SKIP} for no contact
 * @param offer offer index, -1 for no incentive, or {@link #KEEP} to use the opportunity's offer
 * @param hour send hour 0..23, or {@link #KEEP} for the opportunity's hour
 * @param category category index, {@link #KEEP} for the opportunity's category, or {@link #LAST_PURCHASED}
 */
public record Arm(String label, int channel, int offer, int hour, int category) {

    public static final int KEEP = -2;
    /** Channel of the no-contact arm: nothing is sent. */
    public static final int SKIP = -3;
    /** The arm name that means "do not contact this customer today". */
    public static final String NO_CONTACT = "no_contact";

    /** The category arm part meaning "the customer's last purchased category when the contact is sent". */
    public static final int LAST_PURCHASED = -4;

    /** An arm that keeps the opportunity's hour and category. */
    public Arm(String label, int channel, int offer) {
        this(label, channel, offer, KEEP, KEEP);
    }

    /** An arm that keeps the opportunity's category. */
    public Arm(String label, int channel, int offer, int hour) {
        this(label, channel, offer, hour, KEEP);
    }

    /** Whether this arm sets the recommended category (a category or last_purchased). */
    public boolean setsCategory() {
        return category != KEEP;
    }

    /** The no-contact arm. */
    public static Arm noContact() {
        return new Arm(NO_CONTACT, SKIP, -1);
    }

    /** Whether choosing this arm means not contacting the customer. */
    public boolean isNoContact() {
        return channel == SKIP;
    }

    /** The arm that changes nothing: the journey policy's own proposal. */
    public static Arm asProposed() {
        return new Arm("as_proposed", KEEP, KEEP);
    }

    /** Parses arm names of a validated scenario; no names means "none" plus every offer. */
    public static List<Arm> parse(List<String> names, Scenario s) {
        List<String> all = names;
        if (all.isEmpty()) {
            all = new ArrayList<>();
            all.add(ActionSpec.NONE);
            all.addAll(s.offerNames().stream().filter(o -> !o.equals(ActionSpec.NONE)).toList());
        }
        List<Arm> arms = new ArrayList<>();
        for (String name : all) {
            if (name.equals(NO_CONTACT)) {
                arms.add(noContact());
                continue;
            }
            arms.add(parseOne(name, s));
        }
        return List.copyOf(arms);
    }

    /**
     * One validated arm name: {@code [channel:]part[:part]}, each part an offer, a category or
     * {@code last_purchased} (ScenarioValidator has rejected anything else).
     */
    private static Arm parseOne(String name, Scenario s) {
        String[] parts = name.split(":", -1);
        int from = 0;
        int channel = KEEP;
        if (parts.length > 1 && s.channelIndex(parts[0]) >= 0) {
            channel = s.channelIndex(parts[0]);
            from = 1;
        }
        int offer = -1;
        int category = KEEP;
        List<String> categories = s.catalog().categories();
        for (int p = from; p < parts.length; p++) {
            String part = parts[p];
            if (part.equals(ActionSpec.NONE)) {
                offer = -1;
            } else if (s.offerIndex(part) >= 0) {
                offer = s.offerIndex(part);
            } else if (part.equals(ActionSpec.LAST_PURCHASED)) {
                category = LAST_PURCHASED;
            } else if (categories.contains(part)) {
                category = categories.indexOf(part);
            } else if (io.campaignsim.scenario.CategoryBundle.parse(part, categories) >= 0) {
                category = io.campaignsim.scenario.CategoryBundle.parse(part, categories);
            } else {
                throw new IllegalArgumentException("arm '" + name + "' names '" + part + "', not an offer or category");
            }
        }
        return new Arm(name, channel, offer, KEEP, category);
    }
}
