package io.campaignsim.app;

import io.campaignsim.data.clv.ClvAnalysis;
import io.campaignsim.data.clv.ClvOptions;
import io.campaignsim.data.clv.ClvResult;
import io.campaignsim.data.clv.CustomerSummary;
import io.campaignsim.data.clv.Period;
import io.campaignsim.data.clv.TransactionLog;
import io.campaignsim.report.AtomicOutputDirectory;
import io.campaignsim.report.clv.ClvReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The {@code clv} use case: read a transaction log, summarise each customer's calibration history,
 * fit BG/NBD, Pareto/NBD and Gamma-Gamma, score every customer, compare with the holdout, and write
 * the report folder atomically. Everything that can be wrong with the input is found before the
 * output folder is touched.
 */
public final class ClvJob {

    /**
     * @param calibrationEnd the last day of the calibration period (yyyy-MM-dd or the --date-format)
     * @param holdoutEnd the last day of the holdout period, or null
     * @param horizon periods ahead for expected purchases and CLV, or null for one year
     * @param out the output folder, or null for {@code reports/clv-<log name>}
     */
    public record Request(Path log, TransactionLog.Format format, String calibrationEnd, String holdoutEnd,
                          Period period, Integer horizon, double discountRate, int maxEvaluations, Path out) {

        public Request {
            Objects.requireNonNull(log, "log");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(calibrationEnd, "calibrationEnd");
            Objects.requireNonNull(period, "period");
        }
    }

    public record Outcome(ClvResult result, Path outDir, List<Path> files) {}

    public Outcome run(Request req) throws IOException {
        Path out = req.out() != null ? req.out() : defaultOut(req.log());
        ClvResult result = analyze(req);
        try (AtomicOutputDirectory dir = AtomicOutputDirectory.create(out)) {
            List<Path> files = ClvReport.write(result, dir.staging());
            dir.commit();
            return new Outcome(result, dir.target(),
                    files.stream().map(f -> dir.target().resolve(f.getFileName())).toList());
        }
    }

    /** The analysis without writing anything. */
    public ClvResult analyze(Request req) throws IOException {
        String dateFormat = req.format().dateFormat();
        LocalDate cal = TransactionLog.parseDateOption(req.calibrationEnd(), "--calibration-end", dateFormat);
        LocalDate hold = req.holdoutEnd() == null ? null
                : TransactionLog.parseDateOption(req.holdoutEnd(), "--holdout-end", dateFormat);
        int horizon = req.horizon() != null ? req.horizon() : ClvOptions.defaultHorizon(req.period());
        ClvOptions options = new ClvOptions(req.period(), horizon, req.discountRate(), req.maxEvaluations());
        TransactionLog log = TransactionLog.read(req.log(), req.format());
        CustomerSummary summary = CustomerSummary.of(log, cal, hold, req.period());
        return ClvAnalysis.run(summary, options);
    }

    static Path defaultOut(Path log) {
        String name = log.getFileName().toString().replaceFirst("(?i)\\.(csv|txt|tsv)$", "");
        return Path.of("reports", "clv-" + name);
    }
}
