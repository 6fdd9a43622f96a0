package io.campaignsim.stats;

/**
 * What an {@link Msprt} knows after a look at the data. Immutable: each look makes a new state.
 *
 * @param looks number of looks so far
 * @param nA customers seen in arm A (cumulative)
 * @param nB customers seen in arm B (cumulative)
 * @param difference latest rate difference p̂_B − p̂_A (NaN before the first look)
 * @param lambda mixture likelihood ratio Λ_n of the latest look (1 when there is no information)
 * @param pValue always-valid p-value, min over looks of 1/Λ, capped at 1; never increases
 * @param ciLow lower end of the always-valid confidence sequence for p_B − p_A (running intersection)
 * @param ciHigh upper end of that sequence
 * @param rejected whether pValue ≤ alpha: H0 may be rejected now, whenever one stops
 */
public record MsprtState(int looks, long nA, long nB, double difference, double lambda, double pValue, double ciLow,
        double ciHigh, boolean rejected) {}
