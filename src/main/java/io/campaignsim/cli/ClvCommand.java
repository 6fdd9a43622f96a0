package io.campaignsim.cli;

import io.campaignsim.app.ClvJob;
import io.campaignsim.data.clv.ClvOptions;
import io.campaignsim.data.clv.Period;
import io.campaignsim.data.clv.TransactionLog;
import io.campaignsim.report.clv.ClvTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code campaignsim clv}: BG/NBD, Pareto/NBD and Gamma-Gamma on a real transaction log, with per-customer CLV. */
@Command(name = "clv", mixinStandardHelpOptions = true,
        description = {"Fit customer-lifetime-value models to a transaction log (one row per purchase): BG/NBD and "
                + "Pareto/NBD for repeat purchases, Gamma-Gamma for spend, by maximum likelihood, with standard "
                + "errors and log-likelihoods.",
            "Writes models.json, customers.csv (P(alive), expected purchases, expected spend, discounted CLV per "
                + "customer) and, with --holdout-end, holdout.csv, tracking.csv, a tracking plot and index.html "
                + "(atomically).",
            "The summary follows the literature: a first purchase is not a repeat; purchases on the same day are one "
                + "transaction. Files without a header: --no-header and column numbers (1 = first column).",
            "Exit 1 when a model does not converge (its parameters are not reported); see docs/clv.md."},
        footerHeading = "%nExamples:%n",
        footer = {"  campaignsim clv orders.csv --customer customer_id --date order_date \\",
            "      --amount revenue --calibration-end 2024-06-30 --holdout-end 2024-12-31",
            "  campaignsim clv CDNOW_master.txt --whitespace --customer customer_id \\",
            "      --date date --amount dollar_value --date-format yyyyMMdd \\",
            "      --calibration-end 1997-09-30 --holdout-end 1998-06-30",
            "  campaignsim clv CDNOW_sample.txt --whitespace --no-header --customer 1 \\",
            "      --date 3 --amount 5 --date-format yyyyMMdd \\",
            "      --calibration-end 1997-09-30 --holdout-end 1998-06-30 --out reports/cdnow"})
public final class ClvCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LOG", description = "The transaction log: one row per purchase.")
    Path log;

    @Option(names = "--customer", required = true, paramLabel = "COL",
            description = "The customer id column: a header name, or a column number from 1.")
    String customer;

    @Option(names = "--date", required = true, paramLabel = "COL", description = "The purchase date column.")
    String date;

    @Option(names = "--amount", paramLabel = "COL",
            description = "The spend column (optional; without it no Gamma-Gamma, expected spend or CLV).")
    String amount;

    @Option(names = "--date-format", paramLabel = "PATTERN",
            description = "The date pattern, e.g. yyyyMMdd or dd/MM/yyyy (default yyyy-MM-dd, a time after it ignored).")
    String dateFormat;

    @Option(names = "--calibration-end", required = true, paramLabel = "DATE",
            description = "Last day of the calibration period the models are fitted on (yyyy-MM-dd, included).")
    String calibrationEnd;

    @Option(names = "--holdout-end", paramLabel = "DATE",
            description = "Last day of the holdout period: predictions are compared with its purchases.")
    String holdoutEnd;

    @Option(names = "--period", paramLabel = "day|week|month", defaultValue = "week",
            description = "Unit of time of recency, age, parameters and --horizon (default week; a month is 365.25/12 days).")
    Period period;

    @Option(names = "--horizon", paramLabel = "N",
            description = "Periods after the calibration end for expected purchases and CLV (default one year: 52 weeks, 12 months, 365 days).")
    Integer horizon;

    @Option(names = "--discount-rate", paramLabel = "R", defaultValue = "0.10",
            description = "Annual discount rate of the CLV (default 0.10 = 10 %% a year).")
    double discountRate;

    @Option(names = "--whitespace", description = "Fields separated by spaces or tabs instead of commas.")
    boolean whitespace;

    @Option(names = "--no-header", description = "The file has no header row; name columns by number (1 = first).")
    boolean noHeader;

    @Option(names = "--max-evaluations", paramLabel = "N", defaultValue = "" + ClvOptions.DEFAULT_MAX_EVALUATIONS,
            description = "Likelihood evaluations allowed per model before it is declared not converged (default ${DEFAULT-VALUE}).")
    int maxEvaluations;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: reports/clv-<log name>).")
    Path out;

    @Override
    public Integer call() throws Exception {
        TransactionLog.Format format = new TransactionLog.Format(!noHeader, whitespace, customer, date, amount,
                dateFormat);
        ClvJob.Outcome o = new ClvJob().run(new ClvJob.Request(log, format, calibrationEnd, holdoutEnd, period,
                horizon, discountRate, maxEvaluations, out));
        PrintWriter w = spec.commandLine().getOut();
        w.print(ClvTable.render(o.result()));
        w.printf("%nwrote %d files to %s%n", o.files().size(), o.outDir());
        w.flush();
        if (!o.result().allConverged()) {
            PrintWriter e = spec.commandLine().getErr();
            o.result().fits().stream().filter(f -> !f.converged())
                    .forEach(f -> e.println("campaignsim: " + f.model() + " did not converge: " + f.note()));
            e.flush();
            return ExitCode.FAILURE.code();
        }
        return ExitCode.OK.code();
    }
}
