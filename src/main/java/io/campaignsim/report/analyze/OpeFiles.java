package io.campaignsim.report.analyze;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.campaignsim.data.ope.OpeEstimate;
import io.campaignsim.data.ope.OpeResult;
import io.campaignsim.report.Numbers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The files of {@code ope --out DIR}: {@code estimates.csv} (one row per estimator, and the log's
 * own observed value, with 95 % intervals) and {@code ope.json} (the same and what was evaluated:
 * log, policy, effective sample size, bootstrap resamples and seed). Numbers are rounded through
 * {@link Numbers} so reruns are byte-identical.
 */
public final class OpeFiles {

    public static final String CSV = "estimates.csv";
    public static final String JSON = "ope.json";

    private OpeFiles() {}

    /** Writes both files into {@code dir} (the caller's staging folder) and returns them. */
    public static List<Path> write(OpeResult r, Path dir) throws IOException {
        Path csv = dir.resolve(CSV);
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
                     .setHeader("estimator", "value", "ci_low", "ci_high", "interval", "parameter").get())) {
            for (OpeEstimate e : r.estimates()) {
                p.printRecord(e.estimator().key(), num(e.value()), num(e.ciLow()), num(e.ciHigh()),
                        "bootstrap percentile, reward model fixed", parameter(e));
            }
            observed(p, "observed", r.observed());
            if (r.reference() != null) {
                observed(p, "reference", r.reference());
            }
        }
        Path json = dir.resolve(JSON);
        Files.writeString(json, json(r), StandardCharsets.UTF_8);
        return List.of(csv, json);
    }

    /** The result as JSON text with snake_case keys. */
    public static String json(OpeResult r) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("log", r.file());
        root.put("rows", r.rows());
        root.put("items", r.items());
        root.put("positions", r.positions());
        root.put("policy", r.policy());
        root.put("policy_description", r.policyDescription());
        root.put("effective_sample_size", Numbers.decimal(r.effectiveSampleSize(), Numbers.METRIC_SCALE));
        root.put("bootstrap", r.bootstrap());
        root.put("seed", r.seed());
        ObjectNode model = root.putObject("reward_model");
        model.put("model", "logistic regression, L2 penalty, cross-fitted");
        model.put("folds", r.options().folds());
        model.put("l2", r.options().l2());
        var features = model.putArray("features");
        r.rewardFeatures().forEach(features::add);
        root.put("switch_tau", setting(r.options().switchTau()));
        root.put("dros_lambda", setting(r.options().drosLambda()));
        root.set("observed", observed(r.observed()));
        if (r.reference() != null) {
            root.set("reference", observed(r.reference()));
        }
        var estimates = root.putArray("estimates");
        for (OpeEstimate e : r.estimates()) {
            ObjectNode o = estimates.addObject();
            o.put("estimator", e.estimator().key());
            o.put("value", Numbers.decimal(e.value(), Numbers.RATE_SCALE));
            o.put("ci_low", Numbers.decimal(e.ciLow(), Numbers.RATE_SCALE));
            o.put("ci_high", Numbers.decimal(e.ciHigh(), Numbers.RATE_SCALE));
            if (e.estimator().tuned()) {
                o.put(e.estimator() == io.campaignsim.data.ope.Estimator.SWITCH_DR ? "tau" : "lambda", parameter(e));
            }
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return new ObjectMapper().writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode observed(OpeResult.Observed o) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("log", o.file());
        n.put("rows", o.rows());
        n.put("rate", Numbers.decimal(o.rate(), Numbers.RATE_SCALE));
        n.put("ci_low", Numbers.decimal(o.ciLow(), Numbers.RATE_SCALE));
        n.put("ci_high", Numbers.decimal(o.ciHigh(), Numbers.RATE_SCALE));
        return n;
    }

    private static void observed(CSVPrinter p, String what, OpeResult.Observed o) throws IOException {
        p.printRecord(what, num(o.rate()), num(o.ciLow()), num(o.ciHigh()), "wald (" + o.file() + ")", "");
    }

    /** τ or λ as text: a number, "inf", or empty for an estimator without one. */
    static String parameter(OpeEstimate e) {
        double v = e.parameter();
        if (Double.isNaN(v)) {
            return "";
        }
        return Double.isInfinite(v) ? "inf" : Numbers.text(v, Numbers.METRIC_SCALE);
    }

    private static String setting(double v) {
        return Double.isNaN(v) ? "auto" : Double.isInfinite(v) ? "inf" : Numbers.text(v, Numbers.METRIC_SCALE);
    }

    private static String num(double v) {
        return Numbers.text(v, Numbers.RATE_SCALE);
    }
}
