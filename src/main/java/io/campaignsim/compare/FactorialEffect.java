package io.campaignsim.compare;

import io.campaignsim.strategy.EffectEstimate;

/** One effect a multivariate test estimated in one replication of a comparison. */
public record FactorialEffect(String strategy, int replication, EffectEstimate effect) implements java.io.Serializable {}
