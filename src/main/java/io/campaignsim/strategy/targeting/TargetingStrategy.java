package io.campaignsim.strategy.targeting;

import io.campaignsim.ml.ClassTransformation;
import io.campaignsim.ml.FeatureMatrix;
import io.campaignsim.ml.LogisticRegression;
import io.campaignsim.ml.TLearner;
import io.campaignsim.ml.UpliftModel;
import io.campaignsim.ml.XLearner;
import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.Decision;
import io.campaignsim.strategy.Feedback;
import io.campaignsim.strategy.ScoringModel;
import io.campaignsim.strategy.Strategy;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Predictive targeting: a randomised warm-up, then a model decides who is contacted.
 *
 * <p>During the first {@code warmupDays} each opportunity is contacted with arm 0 or left alone
 * with probability 1/2 each (a randomised experiment: the only honest way to learn uplift). At
 * the end of the warm-up a model is fitted on the customers' features at decision time and the
 * same-day purchase outcome (intent to treat), and its score threshold is set so that a
 * {@code budget} share of the warm-up opportunities would have been contacted. From then on an
 * opportunity is contacted with arm 0 exactly when its score clears the threshold.
 *
 * <ul>
 *   <li>{@link Goal#PROPENSITY}: logistic P(buy | contacted, x) on the contacted: targets the most likely buyers
 *       (who may well have bought anyway);
 *   <li>{@link Goal#UPLIFT}: a T-learner, X-learner or class-transformation uplift model: targets those whose
 *       purchase the contact causes;
 *   <li>{@link Goal#CHURN}: logistic P(buy | not contacted, x) on the control group; targets the highest risk
 *       of going cold (1 - P), since a CRM sees churn only as a customer who stops buying.
 * </ul>
 */
public final class TargetingStrategy implements Strategy, ScoringModel {

    /** What the model targets. */
    public enum Goal { PROPENSITY, UPLIFT, CHURN }

    /** The uplift learners, as scenarios name them; the first is the default. */
    public static final List<String> LEARNERS = List.of("t_learner", "x_learner", "class_transformation");

    /** Ridge penalty of every fit: enough to keep separable warm-up data finite. */
    static final double L2 = 1.0;

    private final List<Arm> arms;
    private final Goal goal;
    private final String learner;
    private final int warmupDays;
    private final double budget;
    private final int dimension;
    private WarmupRows warmup;
    private LogisticRegression probability;
    private UpliftModel uplift;
    private double threshold = Double.POSITIVE_INFINITY;

    /**
     * @param learner for uplift: t_learner, x_learner or class_transformation
     * @param dimension features without intercept
     */
    public TargetingStrategy(List<Arm> arms, Goal goal, String learner, int warmupDays, double budget, int dimension) {
        if (arms.isEmpty()) {
            throw new IllegalArgumentException("targeting needs an arm to send");
        }
        if (warmupDays < 1) {
            throw new IllegalArgumentException("warmup_days must be at least 1, but was " + warmupDays);
        }
        if (!(budget > 0 && budget <= 1)) {
            throw new IllegalArgumentException("budget must be in (0, 1], but was " + budget);
        }
        this.arms = List.of(arms.get(0));
        this.goal = goal;
        this.learner = learner;
        this.warmupDays = warmupDays;
        this.budget = budget;
        this.dimension = dimension;
        this.warmup = new WarmupRows(dimension);
    }

    @Override
    public Optional<ScoringModel> scoringModel() {
        return Optional.of(this);
    }

    @Override
    public List<Arm> arms() {
        return arms;
    }

    @Override
    public boolean needsFeatures() {
        return !fitted();
    }

    @Override
    public int choose(Decision d) {
        if (!fitted()) {
            return d.draws().nextDouble() < 0.5 ? 0 : NO_CONTACT;
        }
        return score(d.featuresWithoutIntercept()) >= threshold ? 0 : NO_CONTACT;
    }

    @Override
    public void learn(Feedback f) {
        if (!fitted()) {
            warmup.addAll(f);
        }
    }

    @Override
    public void endOfDay(int day) {
        if (!fitted() && day + 1 >= warmupDays && warmup.size() > 0) {
            fit();
        }
    }

    private void fit() {
        int n = warmup.size();
        FeatureMatrix x = warmup.matrix();
        boolean[] t = warmup.contacted();
        double[] y = warmup.outcomes();
        switch (goal) {
            case PROPENSITY -> probability = LogisticRegression.fit(x, y, warmup.weightsFor(0), L2);
            case CHURN -> probability = LogisticRegression.fit(x, y, warmup.weightsFor(NO_CONTACT), L2);
            default -> uplift = switch (learner) {
                case "x_learner" -> XLearner.fit(x, t, y, L2, 0.5);
                case "class_transformation" -> ClassTransformation.fit(x, t, y, 0.5, L2);
                default -> TLearner.fit(x, t, y, L2);
            };
        }
        double[] scores = new double[n];
        double[] row = new double[dimension];
        for (int i = 0; i < n; i++) {
            System.arraycopy(x.row(i), 0, row, 0, dimension);
            scores[i] = rawScore(row);
        }
        Arrays.sort(scores);
        int cut = (int) Math.floor((1 - budget) * n);
        threshold = budget >= 1 ? Double.NEGATIVE_INFINITY : scores[Math.min(cut, n - 1)];
        warmup = null;
    }

    private double rawScore(double[] row) {
        return switch (goal) {
            case PROPENSITY -> probability.probability(row);
            case CHURN -> 1.0 - probability.probability(row);
            default -> uplift.uplift(row);
        };
    }

    @Override
    public String modelName() {
        return switch (goal) {
            case PROPENSITY -> "logistic propensity (contacted)";
            case CHURN -> "logistic risk of no purchase (control)";
            default -> learner.replace('_', '-') + " uplift (logistic outcome models)";
        };
    }

    @Override
    public boolean scoresUplift() {
        return goal == Goal.UPLIFT;
    }

    @Override
    public boolean fitted() {
        return probability != null || uplift != null;
    }

    @Override
    public double score(double[] featuresWithoutIntercept) {
        return rawScore(featuresWithoutIntercept);
    }

    @Override
    public int treatmentArm() {
        return 0;
    }
}
