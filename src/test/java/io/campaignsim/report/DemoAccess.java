package io.campaignsim.report;
public class DemoAccess { public static io.campaignsim.engine.SimulationResult result(){return ReportFixtures.result();} public static io.campaignsim.scenario.Scenario scenario(){return ReportFixtures.scenario();} }
