package io.campaignsim.app;

import io.campaignsim.core.IoFaults;
import io.campaignsim.core.OutputPaths;
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
        checkName(req.name());
        OutputPaths.checkFile(req.out(), "--out");
        AtomicFiles.check(req.out(), "--out");
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
        try {
            AtomicFiles.writeString(req.out(), yaml);
        } catch (IOException e) {
            if (IoFaults.isInterruption(e)) {
                throw e;
            }
            throw IoFaults.fault(e, "write the scenario", req.out());
        }
        return new Outcome(log, fit, req.out());
    }

    /** The scenario name becomes a folder name (report.out): checked before the fit, as validate would. */
    static void checkName(String name) {
        String shown = name.length() > 40 ? name.substring(0, 37) + "..." : name;
        shown = shown.replaceAll("\\p{Cntrl}", "?");
        if (!name.matches("[A-Za-z][A-Za-z0-9_\\-]*")) {
            throw new io.campaignsim.core.UserInputException("--name '" + shown + "' is not a valid scenario name; "
                    + "expected letters, digits, '_' or '-', starting with a letter (no path separators or line breaks)");
        }
        if (name.length() > io.campaignsim.scenario.MapReader.MAX_NAME_LENGTH) {
            throw new io.campaignsim.core.UserInputException("--name '" + shown + "' is " + name.length()
                    + " characters long; expected at most " + io.campaignsim.scenario.MapReader.MAX_NAME_LENGTH);
        }
    }
}
