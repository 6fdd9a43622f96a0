/**
 * The condition language of journey policies ({@code when}, {@code entry}, {@code exit}):
 * {@link io.campaignsim.scenario.expr.ConditionCompiler} parses a condition against the
 * {@link io.campaignsim.scenario.expr.ObservedFields} of a scenario and returns a
 * {@link io.campaignsim.scenario.expr.Condition}, a tree of small final nodes that evaluates
 * without allocating. The language is documented in docs/conditions.md.
 */
package io.campaignsim.scenario.expr;
