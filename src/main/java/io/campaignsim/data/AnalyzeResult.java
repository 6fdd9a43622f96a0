package io.campaignsim.data;

import java.util.List;

/**
 * Everything {@code analyze} found in one log.
 *
 * @param features the model features (after one-hot encoding)
 * @param notes one-line remarks for the reader: heavy-tailed outcomes, dropped feature columns
 */
public record AnalyzeResult(String file, int rows, String treatment, String control, List<String> arms,
                            List<OutcomeShape> outcomes, String segment, List<String> features, int folds, long seed,
                            List<ArmStat> armStats, List<Effect> effects, List<UpliftResult> uplift,
                            List<String> notes) {

    public AnalyzeResult {
        arms = List.copyOf(arms);
        outcomes = List.copyOf(outcomes);
        features = List.copyOf(features);
        armStats = List.copyOf(armStats);
        effects = List.copyOf(effects);
        uplift = List.copyOf(uplift);
        notes = List.copyOf(notes);
    }
}
