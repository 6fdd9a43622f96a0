package io.campaignsim.app;

import io.campaignsim.core.IoFaults;
import io.campaignsim.core.OutputPaths;
import io.campaignsim.core.UserInputException;
import io.campaignsim.data.AnalyzeResult;
import io.campaignsim.data.ArmAnalysis;
import io.campaignsim.data.Design;
import io.campaignsim.data.FeatureEncoder;
import io.campaignsim.data.LogTable;
import io.campaignsim.data.OutcomeShape;
import io.campaignsim.data.UpliftAnalysis;
import io.campaignsim.data.UpliftResult;
import io.campaignsim.report.AtomicOutputDirectory;
import io.campaignsim.report.analyze.AnalyzeReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The {@code analyze} use case: read a randomised log, check the column mapping, measure each
 * arm and its effect versus the control (overall and per segment), fit uplift models with
 * cross-fitting, and write the report folder atomically.
 */
public final class AnalyzeJob {

    public static final int DEFAULT_FOLDS = 5;
    public static final long DEFAULT_SEED = 42;
    /** Control values recognised without {@code --control}, case-insensitive prefixes. */
    private static final List<String> CONTROL_WORDS = List.of("no ", "no_", "no-", "none", "control", "holdout");
    private static final int MAX_SEGMENTS = 100;

    /**
     * @param control the control arm, or null to recognise one ("No …", "control", "holdout", "0")
     * @param segment the segment column, or null
     * @param features the model feature columns, or null for every column except treatment, outcomes and segment
     * @param out the output folder, or null for {@code reports/analyze-<log file name>}
     */
    public record Request(Path log, String treatment, String control, List<String> outcomes, String segment,
                          List<String> features, Path out, int folds, long seed) {

        public Request {
            Objects.requireNonNull(log, "log");
            Objects.requireNonNull(treatment, "treatment");
            outcomes = List.copyOf(outcomes);
            features = features == null ? null : List.copyOf(features);
            if (folds < 2) {
                throw new UserInputException("--folds is " + folds + "; expected at least 2");
            }
        }
    }

    public record Outcome(AnalyzeResult result, Path outDir, List<Path> files) {}

    public Outcome run(Request req) throws IOException {
        Path out = req.out() != null ? req.out() : defaultOut(req.log());
        OutputPaths.checkFolder(out, "--out");
        AtomicOutputDirectory.check(out);
        AnalyzeResult result = analyze(req);
        try (AtomicOutputDirectory dir = AtomicOutputDirectory.create(out)) {
            List<Path> files;
            try {
                files = AnalyzeReport.write(result, dir.staging());
            } catch (IOException e) {
                throw dir.writeFailed(e);
            }
            dir.commit();
            return new Outcome(result, dir.target(),
                    files.stream().map(f -> dir.target().resolve(f.getFileName())).toList());
        } catch (IOException e) {
            if (IoFaults.isInterruption(e)) {
                throw e;
            }
            throw IoFaults.fault(e, "write the report", out);
        }
    }

    /** The analysis without writing anything. */
    public AnalyzeResult analyze(Request req) throws IOException {
        LogTable t = LogTable.read(req.log());
        Design d = design(t, req);
        List<double[]> values = new ArrayList<>();
        List<Boolean> binary = new ArrayList<>();
        List<OutcomeShape> shapes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int c : d.outcomes()) {
            double[] y = t.requireNumeric(c, "--outcome");
            boolean b = t.isBinary(c);
            values.add(y);
            binary.add(b);
            OutcomeShape shape = OutcomeShape.of(t.names().get(c), b, y);
            shapes.add(shape);
            if (shape.heavyTailed()) {
                notes.add(shape.note());
            }
        }
        ArmAnalysis.Result arms = ArmAnalysis.run(t, d, values, binary);
        FeatureEncoder encoder = new FeatureEncoder(t, d.features());
        if (!encoder.dropped().isEmpty()) {
            notes.add("features left out of the uplift models: " + String.join(", ", encoder.dropped()));
        }
        if (!binary.contains(true)) {
            notes.add("no 0/1 outcome: uplift models need one (their outcome models are logistic)");
        }
        List<UpliftResult> uplift = UpliftAnalysis.run(t, d, encoder, values, binary, req.folds(), req.seed());
        String segment = d.segment() >= 0 ? t.names().get(d.segment()) : null;
        return new AnalyzeResult(t.file(), t.rows(), t.names().get(d.treatment()), d.control(), d.arms(), shapes,
                segment, encoder.names(), req.folds(), req.seed(), arms.arms(), arms.effects(), uplift, notes);
    }

    static Path defaultOut(Path log) {
        String name = log.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
        return Path.of("reports", "analyze-" + name);
    }

    static Design design(LogTable t, Request req) {
        int treatment = t.column(req.treatment(), "--treatment");
        List<Integer> outcomes = new ArrayList<>();
        for (String o : req.outcomes()) {
            int c = t.column(o, "--outcome");
            if (c == treatment) {
                throw new UserInputException("--outcome '" + o + "' is the treatment column; expected an outcome column");
            }
            if (!outcomes.contains(c)) {
                outcomes.add(c);
            }
        }
        if (outcomes.isEmpty()) {
            throw new UserInputException("no --outcome; expected at least one outcome column");
        }
        int segment = req.segment() == null ? -1 : t.column(req.segment(), "--segment");
        if (segment >= 0 && t.levels(segment).size() > MAX_SEGMENTS) {
            throw new UserInputException("--segment column '" + req.segment() + "' has " + t.levels(segment).size()
                    + " values; expected a column with at most " + MAX_SEGMENTS + " (a grouping such as a channel)");
        }
        List<String> levels = t.levels(treatment);
        String control = req.control() != null ? req.control() : guessControl(t, req.treatment(), levels);
        if (!levels.contains(control)) {
            throw new UserInputException("--control '" + control + "' does not occur in column '" + req.treatment()
                    + "'" + io.campaignsim.scenario.MapReader.suggestion(control, levels) + "; expected one of "
                    + String.join(", ", levels));
        }
        if (levels.size() < 2) {
            throw new UserInputException("column '" + req.treatment() + "' has only the value '" + control
                    + "'; expected a control and at least one treated arm");
        }
        List<String> arms = new ArrayList<>();
        arms.add(control);
        levels.stream().filter(v -> !v.equals(control)).forEach(arms::add);
        List<Integer> features = new ArrayList<>();
        if (req.features() != null) {
            for (String f : req.features()) {
                int c = t.column(f, "--features");
                if (c == treatment || outcomes.contains(c)) {
                    throw new UserInputException("--features '" + f + "' is the treatment or an outcome; expected a "
                            + "column known before the treatment");
                }
                features.add(c);
            }
        } else {
            for (int c = 0; c < t.names().size(); c++) {
                if (c != treatment && c != segment && !outcomes.contains(c)) {
                    features.add(c);
                }
            }
        }
        return new Design(treatment, control, arms, outcomes, segment, features);
    }

    private static String guessControl(LogTable t, String column, List<String> levels) {
        for (String v : levels) {
            String lower = v.toLowerCase(Locale.ROOT);
            if (lower.equals("0") || lower.equals("no") || CONTROL_WORDS.stream().anyMatch(lower::startsWith)) {
                return v;
            }
        }
        throw new UserInputException(t.file() + ": no control arm recognised in column '" + column
                + "'; expected --control VALUE, one of " + String.join(", ", levels));
    }
}
