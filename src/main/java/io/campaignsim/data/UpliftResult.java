package io.campaignsim.data;

import io.campaignsim.stats.Curve;

/**
 * How well one uplift model, scored out of fold, ranks one arm's customers against the control.
 *
 * @param qini Qini coefficient: area between the Qini curve and the random line, in incremental
 *     outcomes per customer (see {@link io.campaignsim.stats.UpliftMetrics})
 * @param normalisedQini qini / the best ranking's qini (1 = hindsight)
 * @param auuc area under the uplift curve, per customer
 * @param upliftAt10 treated minus control outcome rate among the top 10 % by predicted uplift
 * @param qiniCurve Qini curve at every 1 % of customers targeted
 * @param randomCurve the random-targeting line
 */
public record UpliftResult(String outcome, String model, String arm, long n, double qini, double normalisedQini,
                           double auuc, double upliftAt10, double upliftAt30, Curve qiniCurve, Curve randomCurve) {}
