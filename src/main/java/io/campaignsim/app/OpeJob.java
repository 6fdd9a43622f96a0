package io.campaignsim.app;

import io.campaignsim.core.UserInputException;
import io.campaignsim.data.ope.BanditLog;
import io.campaignsim.data.ope.Estimator;
import io.campaignsim.data.ope.EvaluationPolicy;
import io.campaignsim.data.ope.OffPolicyEvaluation;
import io.campaignsim.data.ope.OpeEstimate;
import io.campaignsim.data.ope.OpeResult;
import io.campaignsim.data.ope.Policies;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The {@code ope} use case: read the log, build the policy, run the estimators. */
public final class OpeJob {

    public record Request(Path log, String policy, List<Estimator> estimators, int bootstrap, long seed) {

        public Request {
            estimators = List.copyOf(estimators);
            if (estimators.isEmpty()) {
                throw new UserInputException("--estimators is empty; expected any of ips,snips,dm,dr");
            }
            if (bootstrap < 2 || bootstrap > 100_000) {
                throw new UserInputException("--bootstrap is " + bootstrap + "; expected 2 .. 100000 resamples");
            }
        }
    }

    public OpeResult run(Request req) throws IOException {
        BanditLog log = BanditLog.read(req.log());
        EvaluationPolicy policy = Policies.parse(req.policy(), log);
        OpeResult.Observed reference = null;
        if (req.policy().startsWith("empirical:")) {
            reference = OffPolicyEvaluation.observed(BanditLog.read(Path.of(req.policy().substring("empirical:".length()))));
        }
        OffPolicyEvaluation ope = new OffPolicyEvaluation(log, policy);
        List<OpeEstimate> estimates = ope.run(req.estimators(), req.bootstrap(), req.seed());
        return new OpeResult(log.file(), log.size(), log.items(), log.positions(), req.policy(), policy.describe(),
                OffPolicyEvaluation.observed(log), reference, ope.effectiveSampleSize(), req.bootstrap(), req.seed(),
                estimates);
    }
}
