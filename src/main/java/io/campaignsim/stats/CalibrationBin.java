package io.campaignsim.stats;

/**
 * One bin of a calibration table.
 *
 * @param meanPredicted mean predicted probability of the customers in the bin
 * @param meanTruth mean true probability (or observed 0/1 outcome) of the same customers
 * @param count customers in the bin
 */
public record CalibrationBin(double meanPredicted, double meanTruth, long count) implements java.io.Serializable {}
