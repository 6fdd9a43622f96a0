package io.campaignsim.scenario;

import io.campaignsim.scenario.yaml.YamlNode;

/**
 * A loaded scenario file with what {@code campaignsim sweep} needs beyond the {@link Scenario}: the
 * parsed tree (to set swept values in) and the {@code sweep:} block.
 *
 * @param fileName the file as named in messages
 * @param root the parsed YAML tree with source positions
 * @param scenario the bound, validated scenario
 * @param sweep the {@code sweep:} block, or null when the file has none
 */
public record ScenarioDocument(String fileName, YamlNode root, Scenario scenario, SweepSpec sweep) {}
