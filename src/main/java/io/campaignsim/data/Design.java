package io.campaignsim.data;

import java.util.List;

/**
 * How a log maps onto an experiment, resolved against its header: column indices and the arms.
 *
 * @param treatment the treatment column
 * @param control the control arm's value
 * @param arms every arm value, the control first and the others in sorted order
 * @param outcomes the outcome columns (numeric)
 * @param segment the segment column, or -1 for none
 * @param features the columns the uplift models use
 */
public record Design(int treatment, String control, List<String> arms, List<Integer> outcomes, int segment,
                     List<Integer> features) {

    public Design {
        arms = List.copyOf(arms);
        outcomes = List.copyOf(outcomes);
        features = List.copyOf(features);
    }

    /** The arm index of every row (0 = control). */
    public int[] armOf(LogTable t) {
        int[] out = new int[t.rows()];
        for (int i = 0; i < out.length; i++) {
            out[i] = arms.indexOf(t.text(treatment, i));
        }
        return out;
    }
}
