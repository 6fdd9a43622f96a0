package io.campaignsim.compare.sweep;

import io.campaignsim.stats.Estimate;

/**
 * One configuration (point, strategy) judged against the best one on the objective.
 *
 * @param point point index
 * @param strategy strategy index
 * @param objective the objective's mean over replications with its 95 % CI (t interval over replications)
 * @param shortfall best minus this configuration, replication by replication (paired on the shared seeds),
 *     mean with its 95 % CI; zero for the best itself
 * @param pValue one-sided paired t-test of "this configuration is worse than the best" (NaN for the best,
 *     or with fewer than 2 replications)
 * @param adjustedP Holm-adjusted over all configurations compared with the best (NaN as pValue)
 * @param notWorse true when the best itself, or when the adjusted p-value is at least α (the data do not show it
 *     is worse); false when shown worse or not testable
 */
public record Candidate(int point, int strategy, Estimate objective, Estimate shortfall, double pValue, double adjustedP,
        boolean notWorse) {}
