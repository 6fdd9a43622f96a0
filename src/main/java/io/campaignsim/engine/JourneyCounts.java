package io.campaignsim.engine;

import java.util.List;

/**
 * What a contact policy's touchpoints did over a run, one entry per touchpoint (each rule, each
 * journey stage), in {@link ContactPolicy#touchpoints()} order. For a journey stage: customers who
 * entered it, and who left the journey while in it, split by why (opted out, finished the last
 * stage, bought with {@code exit_on: purchase}, or another exit: an exit condition or an
 * unsubscribe); {@code exits} is their sum. For a rule: {@code entries} counts the times it
 * fired (proposed a contact); a rule has no exits.
 */
public record JourneyCounts(List<String> touchpoints, long[] entries, long[] optedOut, long[] finished, long[] bought,
        long[] otherExits) implements java.io.Serializable {

    public static final JourneyCounts NONE = new JourneyCounts(List.of(), new long[0], new long[0], new long[0],
            new long[0], new long[0]);

    public JourneyCounts {
        touchpoints = List.copyOf(touchpoints);
        entries = entries.clone();
        optedOut = optedOut.clone();
        finished = finished.clone();
        bought = bought.clone();
        otherExits = otherExits.clone();
    }

    /** Everyone who left the journey from touchpoint {@code t}, for whatever reason. */
    public long exits(int t) {
        return optedOut[t] + finished[t] + bought[t] + otherExits[t];
    }

    public int size() {
        return touchpoints.size();
    }
}
