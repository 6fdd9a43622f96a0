package io.campaignsim.app;

import io.campaignsim.core.UserInputException;
import io.campaignsim.data.ope.BanditLog;
import io.campaignsim.data.ope.Estimator;
import io.campaignsim.data.ope.EvaluationPolicy;
import io.campaignsim.data.ope.OffPolicyEvaluation;
import io.campaignsim.data.ope.OpeEstimate;
import io.campaignsim.data.ope.OpeOptions;
import io.campaignsim.data.ope.OpeResult;
import io.campaignsim.data.ope.Policies;
import io.campaignsim.random.RandomStreams;
import io.campaignsim.report.AtomicOutputDirectory;
import io.campaignsim.report.analyze.OpeFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code ope} use case: read the log, build the policy, run the estimators and, with an
 * output folder, write {@code estimates.csv} and {@code ope.json} into it atomically.
 */
public final class OpeJob {

    /** @param out the output folder, or null to write nothing */
    public record Request(Path log, String policy, List<Estimator> estimators, int bootstrap, long seed,
                          OpeOptions options, Path out) {

        public Request(Path log, String policy, List<Estimator> estimators, int bootstrap, long seed) {
            this(log, policy, estimators, bootstrap, seed, OpeOptions.DEFAULTS, null);
        }

        public Request {
            estimators = List.copyOf(estimators);
            if (estimators.isEmpty()) {
                throw new UserInputException("--estimators is empty; expected any of " + Estimator.keys());
            }
            if (bootstrap < 2 || bootstrap > 100_000) {
                throw new UserInputException("--bootstrap is " + bootstrap + "; expected 2 .. 100000 resamples");
            }
        }
    }

    /**
     * @param result the estimates
     * @param outDir the folder written, or null
     * @param files the files written there
     */
    public record Outcome(OpeResult result, Path outDir, List<Path> files) {}

    public Outcome run(Request req) throws IOException {
        OpeResult result = evaluate(req);
        if (req.out() == null) {
            return new Outcome(result, null, List.of());
        }
        try (AtomicOutputDirectory dir = AtomicOutputDirectory.create(req.out())) {
            List<Path> files = OpeFiles.write(result, dir.staging());
            dir.commit();
            return new Outcome(result, dir.target(), files.stream().map(f -> dir.target().resolve(f.getFileName())).toList());
        }
    }

    /** The estimates without writing anything. */
    public OpeResult evaluate(Request req) throws IOException {
        BanditLog log = BanditLog.read(req.log());
        EvaluationPolicy policy = Policies.parse(req.policy(), log);
        OpeResult.Observed reference = null;
        if (req.policy().startsWith("empirical:")) {
            reference = OffPolicyEvaluation.observed(BanditLog.read(Path.of(req.policy().substring("empirical:".length()))));
        }
        // the folds and the bootstrap resamples both follow --seed, through separate streams
        boolean model = req.estimators().stream().anyMatch(e -> e != Estimator.IPS && e != Estimator.SNIPS);
        OffPolicyEvaluation ope = model
                ? new OffPolicyEvaluation(log, policy, req.options(), RandomStreams.seed(req.seed(), RandomStreams.Purpose.OPE_FOLDS))
                : OffPolicyEvaluation.withoutRewardModel(log, policy);
        List<OpeEstimate> estimates = ope.run(req.estimators(), req.bootstrap(), req.seed());
        return new OpeResult(log.file(), log.size(), log.items(), log.positions(), req.policy(), policy.describe(),
                OffPolicyEvaluation.observed(log), reference, ope.effectiveSampleSize(), req.bootstrap(), req.seed(),
                req.options(), ope.features(), estimates);
    }
}
