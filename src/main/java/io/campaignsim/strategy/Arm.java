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
 *
 * @param label the name as written
 * @param channel channel index, {@link #KEEP} to use the opportunity's channel, or {@link #SKIP} for no contact
 * @param offer offer index, -1 for no incentive, or {@link #KEEP} to use the opportunity's offer
 * @param hour send hour 0..23, or {@link #KEEP} for the opportunity's hour
 */
public record Arm(String label, int channel, int offer, int hour) {

    public static final int KEEP = -2;
    /** Channel of the no-contact arm: nothing is sent. */
    public static final int SKIP = -3;
    /** The arm name that means "do not contact this customer today". */
    public static final String NO_CONTACT = "no_contact";

    /** An arm that keeps the opportunity's hour. */
    public Arm(String label, int channel, int offer) {
        this(label, channel, offer, KEEP);
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
            int colon = name.indexOf(':');
            int channel = colon < 0 ? KEEP : s.channelIndex(name.substring(0, colon));
            String offer = colon < 0 ? name : name.substring(colon + 1);
            arms.add(new Arm(name, channel, offer.equals(ActionSpec.NONE) ? -1 : s.offerIndex(offer)));
        }
        return List.copyOf(arms);
    }
}
