package io.campaignsim.strategy;

/**
 * An effect a factorial test estimated: a main effect ("offer=ten_off") or a two-way
 * interaction, on the conversion rate, with its standard error. Offered through
 * {@link Strategy#factorialEffects()}.
 */
public record EffectEstimate(String term, double estimate, double standardError) implements java.io.Serializable {}
