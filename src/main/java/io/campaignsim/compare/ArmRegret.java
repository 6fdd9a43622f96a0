package io.campaignsim.compare;

import io.campaignsim.stats.Estimate;

/**
 * Regret against the best fixed arm (bandit regret): in each replication, the objective of the
 * best of the strategy's own arms played alone on every opportunity, on the same seeds, minus the
 * strategy's objective, paired over the replications. The best arm is chosen per replication in
 * hindsight, so the comparator is max_a V_r(a), whose mean is at least the best arm's mean (the
 * maximum of noisy values is biased upwards); this regret is therefore slightly larger than the
 * regret against the single arm with the best expected value. A strategy that uses context or
 * chooses whom not to contact can beat every fixed arm: its regret is then negative, legitimately.
 *
 * @param bestArm the arm with the highest mean objective over the replications
 * @param regret paired estimate of max_a V_r(a) − V_r(strategy)
 */
public record ArmRegret(String bestArm, Estimate regret) {}
