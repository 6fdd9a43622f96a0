package io.campaignsim.app;

import io.campaignsim.data.ExperimentLog;
import io.campaignsim.report.AtomicFiles;
import io.campaignsim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Path;

/** The {@code calibrate} use case: read the log, fit by simulation, write the scenario atomically. */
public final class CalibrateJob {

    /** What the user asked for. */
    public record Request(Path log, ExperimentLog.Columns columns, int windowDays, String name, long seed, int threads,
            int replications, Path out) {}

    /** What was written and how close the fit came. */
    public record Outcome(ExperimentLog log, Calibrator.Fit fit, Path out) {}

    public Outcome run(Request req) throws IOException, InterruptedException {
        ExperimentLog log = ExperimentLog.read(req.log(), req.columns());
        if (log.arms().size() < 2) {
            throw new io.campaignsim.core.UserInputException(req.log() + ": only the control arm occurs in column '"
                    + req.columns().treatment() + "'; expected a randomised experiment with a control and treated arms");
        }
        Calibrator calibrator = new Calibrator(log, req.name(), req.log().getFileName().toString(), req.windowDays(),
                req.seed(), req.threads());
        Calibrator.Fit fit = calibrator.fit();
        String yaml = calibrator.scenario(fit, req.replications());
        new ScenarioLoader().parse(yaml, req.out().toString()); // what we write must load
        AtomicFiles.writeString(req.out(), yaml);
        return new Outcome(log, fit, req.out());
    }
}
