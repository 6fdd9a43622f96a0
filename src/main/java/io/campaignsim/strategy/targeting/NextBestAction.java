package io.campaignsim.strategy.targeting;

import io.campaignsim.engine.ObservedHistory;
import io.campaignsim.ml.FeatureMatrix;
import io.campaignsim.ml.LogisticRegression;
import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.Decision;
import io.campaignsim.strategy.Feedback;
import io.campaignsim.strategy.Strategy;
import io.campaignsim.strategy.predict.CustomerPredictor;
import io.campaignsim.strategy.predict.PredictorTrainer;
import io.campaignsim.strategy.predict.ScoreCache;
import java.util.Arrays;
import java.util.List;

/**
 * Next best action: per customer, the arm (channel x offer) with the highest expected
 * incremental profit, or no contact when none is expected to pay.
 *
 * <p>A randomised warm-up assigns each opportunity to no contact or one of the arms with equal
 * probability. Then one logistic model of P(buy | x) is fitted per arm and one for no contact
 * (a T-learner per action), and each opportunity gets
 *
 * <pre>
 *   value(a) = (P_a(x) - P_0(x)) * margin_rate * basket  -  P_a(x) * incentive_a(basket)  -  cost(channel_a)
 * </pre>
 *
 * where basket is the customer's observed average basket (the population's expected basket for
 * customers who never bought), or with {@code basket: next_basket_value} the Gamma-Gamma prediction
 * of the next basket, fitted on the observed record at the end of the warm-up and refreshed every
 * {@value ScoreCache#RESCORE_DAYS} days (docs/predictions.md). The best arm is sent if its value is positive and within the
 * {@code budget} share of warm-up opportunities with the highest best value.
 */
public final class NextBestAction implements Strategy {

    static final double L2 = 1.0;

    private final List<Arm> arms;
    private final int warmupDays;
    private final double budget;
    private final int dimension;
    private final double marginRate;
    private final double fallbackBasket;
    private final double[] discount;
    private final double[] fixedCost;
    private final double[] channelCost;
    private WarmupRows warmup;
    private LogisticRegression control;
    private LogisticRegression[] perArm;
    private double threshold;
    private final ObservedHistory history;
    private PredictorTrainer basketTrainer;
    private CustomerPredictor basketPredictor;
    private ScoreCache baskets;

    /**
     * @param offerDiscount discount per offer index; {@code offerFixedCost} likewise
     * @param channelCost contact cost per channel index
     */
    public NextBestAction(List<Arm> arms, int warmupDays, double budget, int dimension, double marginRate,
            double fallbackBasket, double[] offerDiscount, double[] offerFixedCost, double[] channelCost) {
        this(arms, warmupDays, budget, dimension, marginRate, fallbackBasket, offerDiscount, offerFixedCost, channelCost,
                null, null);
    }

    /**
     * @param basketTrainer learns the next-basket prediction used instead of the observed mean basket,
     *     or null for the observed mean
     * @param history the run's observed history (needed with a basket trainer)
     */
    public NextBestAction(List<Arm> arms, int warmupDays, double budget, int dimension, double marginRate,
            double fallbackBasket, double[] offerDiscount, double[] offerFixedCost, double[] channelCost,
            PredictorTrainer basketTrainer, ObservedHistory history) {
        for (Arm a : arms) {
            if (a.channel() == Arm.KEEP) {
                throw new IllegalArgumentException("next_best_action arms name a channel, e.g. email:ten_off, but was "
                        + a.label());
            }
        }
        this.arms = List.copyOf(arms);
        this.warmupDays = warmupDays;
        this.budget = budget;
        this.dimension = dimension;
        this.marginRate = marginRate;
        this.fallbackBasket = fallbackBasket;
        this.discount = offerDiscount.clone();
        this.fixedCost = offerFixedCost.clone();
        this.channelCost = channelCost.clone();
        this.warmup = new WarmupRows(dimension);
        this.basketTrainer = basketTrainer;
        this.history = history;
        if (basketTrainer != null) {
            this.baskets = new ScoreCache(history.size());
            basketTrainer.startOfDay(history, 0);
        }
    }

    @Override
    public List<CustomerPredictor> predictors() {
        return basketPredictor == null ? List.of() : List.of(basketPredictor);
    }

    @Override
    public List<Arm> arms() {
        return arms;
    }

    @Override
    public boolean needsFeatures() {
        return control == null;
    }

    @Override
    public int choose(Decision d) {
        if (control == null) {
            int pick = d.draws().nextInt(arms.size() + 1);
            return pick == arms.size() ? NO_CONTACT : pick;
        }
        double basket = basketPredictor != null ? baskets.score(d.customer()) : d.history().monetary(d.customer());
        double[] x = d.featuresWithoutIntercept();
        double p0 = control.probability(x);
        int best = NO_CONTACT;
        double bestValue = threshold;
        for (int a = 0; a < arms.size(); a++) {
            Arm arm = arms.get(a);
            if (!d.history().subscribed(d.customer(), arm.channel())) {
                continue;
            }
            double v = value(a, perArm[a].probability(x), p0, basket);
            if (v > bestValue) {
                bestValue = v;
                best = a;
            }
        }
        return best;
    }

    private double value(int a, double pa, double p0, double observedBasket) {
        double basket = observedBasket > 0 ? observedBasket : fallbackBasket;
        Arm arm = arms.get(a);
        double incentive = arm.offer() >= 0 ? basket * discount[arm.offer()] + fixedCost[arm.offer()] : 0.0;
        return (pa - p0) * marginRate * basket - pa * incentive - channelCost[arm.channel()];
    }

    @Override
    public void learn(Feedback f) {
        if (control == null) {
            warmup.addAll(f);
        }
    }

    @Override
    public void endOfDay(int day) {
        if (basketPredictor != null) {
            baskets.refresh(basketPredictor, history, day + 1);
        } else if (basketTrainer != null) {
            if (day + 1 < warmupDays) {
                basketTrainer.startOfDay(history, day + 1);
            } else {
                basketPredictor = basketTrainer.fit(history, day + 1);
                basketTrainer = null;
                if (basketPredictor != null) {
                    baskets.refresh(basketPredictor, history, day + 1);
                }
            }
        }
        if (control != null || day + 1 < warmupDays || warmup.size() == 0) {
            return;
        }
        FeatureMatrix x = warmup.matrix();
        double[] y = warmup.outcomes();
        control = LogisticRegression.fit(x, y, warmup.weightsFor(NO_CONTACT), L2);
        perArm = new LogisticRegression[arms.size()];
        for (int a = 0; a < arms.size(); a++) {
            perArm[a] = LogisticRegression.fit(x, y, warmup.weightsFor(a), L2);
        }
        threshold = 0.0;
        if (budget < 1) {
            // Basket unknown here (features are scaled); the budget cut uses the fallback basket.
            double[] best = new double[x.n()];
            for (int i = 0; i < x.n(); i++) {
                double[] row = x.row(i);
                double p0 = control.probability(row);
                double b = Double.NEGATIVE_INFINITY;
                for (int a = 0; a < arms.size(); a++) {
                    b = Math.max(b, value(a, perArm[a].probability(row), p0, 0));
                }
                best[i] = b;
            }
            Arrays.sort(best);
            threshold = Math.max(0.0, best[(int) Math.min(best.length - 1, Math.floor((1 - budget) * best.length))]);
        }
        warmup = null;
    }
}
