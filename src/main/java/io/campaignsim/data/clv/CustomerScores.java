package io.campaignsim.data.clv;

/**
 * Per-customer predictions, indexed like the {@link CustomerSummary}; NaN where the model behind a
 * value did not converge (or there is no amount column, for spend and CLV).
 *
 * <p>P(alive) is at the calibration end; expected purchases and CLV cover the next
 * {@link ClvOptions#horizon()} periods after it; expected spend is the Gamma-Gamma conditional mean
 * per transaction; CLV is expected spend times the discounted expected purchases, per model.
 */
public record CustomerScores(double[] aliveBgNbd, double[] aliveParetoNbd, double[] purchasesBgNbd,
                             double[] purchasesParetoNbd, double[] expectedSpend, double[] clvBgNbd,
                             double[] clvParetoNbd, double[] holdoutBgNbd, double[] holdoutParetoNbd) {}
