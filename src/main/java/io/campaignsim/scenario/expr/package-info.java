/**
 * The condition language of journey policies ({@code when}, {@code entry}, {@code exit}):
 * {@link io.campaignsim.scenario.expr.ConditionCompiler} parses a condition against the
 * {@link io.campaignsim.scenario.expr.ObservedFields} of a scenario and returns a
 * {@link io.campaignsim.scenario.expr.Condition}, a tree of small final nodes. Bound to a
 * {@link io.campaignsim.scenario.expr.FieldSource}, which hands out one reader per field, it becomes a
 * {@link io.campaignsim.scenario.expr.BoundCondition} that evaluates for a customer and day without
 * allocating. The language is documented in docs/conditions.md.
 */
package io.campaignsim.scenario.expr;
