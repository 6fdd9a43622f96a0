package io.campaignsim.strategy;

import io.campaignsim.scenario.ActionSpec;
import io.campaignsim.scenario.ChannelSpec;
import io.campaignsim.scenario.OfferSpec;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.StrategySpec;
import io.campaignsim.scenario.StrategyType;
import io.campaignsim.strategy.ab.AbTest;
import io.campaignsim.strategy.ab.Multivariate;
import io.campaignsim.strategy.bandit.BernoulliThompson;
import io.campaignsim.strategy.bandit.EpsilonGreedy;
import io.campaignsim.strategy.bandit.GaussianThompson;
import io.campaignsim.strategy.bandit.Ucb1;
import io.campaignsim.strategy.baseline.AsProposed;
import io.campaignsim.strategy.baseline.Holdout;
import io.campaignsim.strategy.baseline.RandomArms;
import io.campaignsim.strategy.contextual.LinTs;
import io.campaignsim.strategy.contextual.LinUcb;
import io.campaignsim.strategy.online.BanditStrategy;
import io.campaignsim.strategy.online.ContextualStrategy;
import io.campaignsim.strategy.oracle.Oracle;
import io.campaignsim.strategy.rl.RlSettings;
import io.campaignsim.strategy.rl.RlStrategy;
import io.campaignsim.strategy.targeting.NextBestAction;
import io.campaignsim.strategy.targeting.TargetingStrategy;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Maps each strategy type of the scenario language to the code that builds it, with the
 * documented defaults (docs/strategies.md). The one place where a type becomes an object.
 */
public final class StrategyRegistry {

    /** Builds one strategy for one replication. */
    @FunctionalInterface
    interface Factory {
        Strategy create(StrategySpec spec, StrategyContext ctx);
    }

    public static final String CONVERSION = "conversion";
    public static final String PROFIT = "profit";
    public static final String CLV = "clv";

    private final Map<StrategyType, Factory> factories = new EnumMap<>(StrategyType.class);

    public StrategyRegistry() {
        factories.put(StrategyType.HOLDOUT, (s, c) -> new Holdout());
        factories.put(StrategyType.POLICY, (s, c) -> new AsProposed());
        factories.put(StrategyType.RANDOM, (s, c) -> new RandomArms(arms(s, c), s.number("contact_rate", 1.0)));
        factories.put(StrategyType.ORACLE, (s, c) -> new Oracle(arms(s, c), c.truth()));
        factories.put(StrategyType.AB_TEST, (s, c) -> new AbTest(arms(s, c), (int) s.number("test_days", 14),
                s.number("alpha", 0.05), s.number("power", 0.8), s.number("mde", Double.NaN),
                s.number("test_fraction", 1.0), c.salt(), Boolean.TRUE.equals(s.params().get("sequential")),
                PROFIT.equals(s.params().get("metric"))));
        factories.put(StrategyType.EPSILON_GREEDY, (s, c) -> bandit(s, c,
                new EpsilonGreedy(arms(s, c).size(), s.number("epsilon", 0.1))));
        factories.put(StrategyType.UCB1, (s, c) -> bandit(s, c, new Ucb1(arms(s, c).size(), s.number("c", 1.0))));
        factories.put(StrategyType.THOMPSON, (s, c) -> bandit(s, c, profit(s)
                ? new GaussianThompson(arms(s, c).size())
                : new BernoulliThompson(arms(s, c).size(), s.number("prior_alpha", 1.0), s.number("prior_beta", 1.0))));
        factories.put(StrategyType.LINUCB, (s, c) -> new ContextualStrategy(arms(s, c), new LinUcb(arms(s, c).size(),
                features(c).dimension(), s.number("alpha", 1.0), s.number("l2", 1.0)), profit(s), window(s, c)));
        factories.put(StrategyType.LIN_TS, (s, c) -> new ContextualStrategy(arms(s, c), new LinTs(arms(s, c).size(),
                features(c).dimension(), s.number("v", 0.5), s.number("l2", 1.0)), profit(s), window(s, c)));
        factories.put(StrategyType.PROPENSITY, (s, c) -> targeting(s, c, TargetingStrategy.Goal.PROPENSITY));
        factories.put(StrategyType.UPLIFT, (s, c) -> targeting(s, c, TargetingStrategy.Goal.UPLIFT));
        factories.put(StrategyType.CHURN_PREVENTION, (s, c) -> targeting(s, c, TargetingStrategy.Goal.CHURN));
        factories.put(StrategyType.NEXT_BEST_ACTION, StrategyRegistry::nextBestAction);
        factories.put(StrategyType.MULTIVARIATE, StrategyRegistry::multivariate);
        factories.put(StrategyType.FITTED_Q, (s, c) -> RlStrategy.fittedQ(rlArms(s, c), c.scenario(), c.history(),
                rlSettings(s, c, RlSettings.FITTED_Q_WARMUP_DAYS, RlSettings.FITTED_Q_EPSILON,
                        RlSettings.FITTED_Q_EPSILON_HALF_LIFE)));
        factories.put(StrategyType.Q_LEARNING, (s, c) -> RlStrategy.qLearning(rlArms(s, c), c.scenario(), c.history(),
                rlSettings(s, c, RlSettings.Q_LEARNING_WARMUP_DAYS, RlSettings.Q_LEARNING_EPSILON,
                        RlSettings.Q_LEARNING_EPSILON_HALF_LIFE)));
    }

    /** Whether a type can be run by compare. */
    public boolean supports(StrategyType type) {
        return factories.containsKey(type);
    }

    /** A fresh strategy for one replication. */
    public Strategy create(StrategySpec spec, StrategyContext ctx) {
        Factory f = factories.get(spec.type());
        if (f == null) {
            throw new IllegalArgumentException("strategy type " + spec.type().yamlName() + " cannot be run yet");
        }
        return f.create(spec, ctx);
    }

    /** The written arms without no_contact, for strategies in which not contacting is built in. */
    private static List<Arm> contactArms(StrategySpec s, StrategyContext c) {
        return s.names("arms").isEmpty() ? List.of() : arms(s, c).stream().filter(a -> !a.isNoContact()).toList();
    }

    private static List<Arm> arms(StrategySpec s, StrategyContext c) {
        return Arm.parse(s.names("arms"), c.scenario());
    }

    /** A real-valued reward (profit or clv), learned with a Gaussian model rather than a Bernoulli one. */
    private static boolean profit(StrategySpec s) {
        Object reward = s.params().get("reward");
        return PROFIT.equals(reward) || CLV.equals(reward);
    }

    /** The CLV reward window of {@code reward: clv}, or null for same-day rewards. */
    private static RewardWindow window(StrategySpec s, StrategyContext c) {
        return CLV.equals(s.params().get("reward"))
                ? RewardWindow.of(c.scenario(), (int) s.number("reward_window_days", RewardWindow.DEFAULT_DAYS)) : null;
    }

    private static FeatureBuilder features(StrategyContext c) {
        return new FeatureBuilder(c.scenario());
    }

    private static Strategy bandit(StrategySpec s, StrategyContext c, io.campaignsim.strategy.bandit.Bandit b) {
        return new BanditStrategy(arms(s, c), b, profit(s), window(s, c));
    }

    private static Strategy targeting(StrategySpec s, StrategyContext c, TargetingStrategy.Goal goal) {
        // Leaving customers below the score threshold alone is built in: a listed no_contact arm adds nothing.
        List<Arm> listed = contactArms(s, c);
        List<Arm> arms = listed.isEmpty() ? List.of(new Arm(ActionSpec.NONE, Arm.KEEP, -1)) : listed;
        Object learner = s.params().get("learner");
        return new TargetingStrategy(arms, goal, learner == null ? "t_learner" : learner.toString(),
                (int) s.number("warmup_days", 14), s.number("budget", 0.3), features(c).dimension() - 1);
    }

    private static Strategy multivariate(StrategySpec s, StrategyContext c) {
        Scenario sc = c.scenario();
        List<String> offers = s.names("offers");
        List<String> channels = s.names("channels");
        return Multivariate.of(offers.stream().map(o -> o.equals(ActionSpec.NONE) ? -1 : sc.offerIndex(o)).toList(), offers,
                channels.stream().map(sc::channelIndex).toList(), channels,
                s.names("hours").stream().map(Integer::valueOf).toList(), (int) s.number("test_days", 14),
                s.number("alpha", 0.05), s.number("test_fraction", 1.0), c.salt());
    }

    /** RL arms: as written (a no_contact arm is dropped: "no contact" is always an action), or channel x offer. */
    private static List<Arm> rlArms(StrategySpec s, StrategyContext c) {
        if (!s.names("arms").isEmpty()) {
            return arms(s, c).stream().filter(a -> !a.isNoContact()).toList();
        }
        Scenario sc = c.scenario();
        List<Arm> arms = new ArrayList<>();
        for (ChannelSpec ch : sc.channels()) {
            int channel = sc.channelIndex(ch.name());
            arms.add(new Arm(ch.name() + ":none", channel, -1));
            for (OfferSpec o : sc.offers()) {
                if (!o.name().equals(ActionSpec.NONE)) {
                    arms.add(new Arm(ch.name() + ":" + o.name(), channel, sc.offerIndex(o.name())));
                }
            }
        }
        return arms;
    }

    /**
     * The RL discount when {@code gamma} is not written: with {@code reward: clv} the CLV's own
     * daily discount (economics.discount_rate), so that the learner maximises what CLV measures;
     * without a discount rate (0) ten years' worth (1 - 1/3650), since gamma must stay below 1.
     */
    private static double rlGamma(StrategySpec s, StrategyContext c) {
        if (!CLV.equals(s.params().get("reward"))) {
            return RlSettings.DEFAULT_GAMMA;
        }
        double delta = c.scenario().economics().dailyDiscount();
        return delta < 1 ? delta : 1 - 1.0 / 3650;
    }

    private static RlSettings rlSettings(StrategySpec s, StrategyContext c, int warmupDays, double epsilon,
            double epsilonHalfLife) {
        return new RlSettings(s.number("gamma", rlGamma(s, c)), (int) s.number("warmup_days", warmupDays),
                s.number("warmup_epsilon", RlSettings.DEFAULT_WARMUP_EPSILON), s.number("epsilon", epsilon), s.number("epsilon_half_life_days", epsilonHalfLife),
                s.number("learning_rate", RlSettings.DEFAULT_LEARNING_RATE),
                (int) s.number("refit_days", RlSettings.DEFAULT_REFIT_DAYS),
                (int) s.number("iterations", RlSettings.DEFAULT_ITERATIONS), s.number("l2", RlSettings.DEFAULT_L2),
                (int) s.number("replay_size", RlSettings.DEFAULT_REPLAY_SIZE),
                s.number("pessimism", RlSettings.DEFAULT_PESSIMISM), c.scenario().economics().marginRate(),
                c.salt());
    }

    private static Strategy nextBestAction(StrategySpec s, StrategyContext c) {
        Scenario sc = c.scenario();
        // Not contacting is built in (its own model, chosen when no arm's value is positive).
        List<Arm> arms = new ArrayList<>(contactArms(s, c));
        for (ChannelSpec ch : arms.isEmpty() ? sc.channels() : List.<ChannelSpec>of()) {
            arms.add(new Arm(ch.name() + ":none", sc.channelIndex(ch.name()), -1));
            for (OfferSpec o : sc.offers()) {
                if (!o.name().equals(ActionSpec.NONE)) {
                    arms.add(new Arm(ch.name() + ":" + o.name(), sc.channelIndex(ch.name()), sc.offerIndex(o.name())));
                }
            }
        }
        double basket = sc.population().segments().stream().mapToDouble(g -> g.share() * g.avgBasket()).sum();
        return new NextBestAction(arms, (int) s.number("warmup_days", 14), s.number("budget", 1.0),
                features(c).dimension() - 1, sc.economics().marginRate(), basket,
                sc.offers().stream().mapToDouble(OfferSpec::discount).toArray(),
                sc.offers().stream().mapToDouble(OfferSpec::fixedCost).toArray(),
                sc.channels().stream().mapToDouble(ChannelSpec::cost).toArray());
    }

}
