package io.campaignsim.strategy.online;

import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.Decision;
import io.campaignsim.strategy.Feedback;
import io.campaignsim.strategy.Reward;
import io.campaignsim.strategy.RewardWindow;
import io.campaignsim.strategy.Strategy;
import io.campaignsim.strategy.contextual.ContextualBandit;
import java.util.List;

/**
 * A contextual bandit (LinUCB, linear Thompson sampling) choosing each opportunity's arm from
 * the customer's observed features, updated once a day.
 */
public final class ContextualStrategy implements Strategy {

    private final List<Arm> arms;
    private final ContextualBandit bandit;
    private final Reward reward;
    private final RewardWindow window;
    private final double[] row;

    public ContextualStrategy(List<Arm> arms, ContextualBandit bandit, Reward reward) {
        this(arms, bandit, reward, null);
    }

    /**
     * @param window null for rewards of the day of the decision; for {@code reward: clv} the CLV
     *     reward window: each decision's feedback arrives after it ({@link RewardWindow})
     */
    public ContextualStrategy(List<Arm> arms, ContextualBandit bandit, Reward reward, RewardWindow window) {
        if (arms.size() != bandit.arms()) {
            throw new IllegalArgumentException("expected " + bandit.arms() + " arms, but was " + arms.size());
        }
        this.arms = List.copyOf(arms);
        this.bandit = bandit;
        this.reward = reward;
        this.window = window;
        this.row = new double[bandit.dimension()];
    }

    @Override
    public List<Arm> arms() {
        return arms;
    }

    @Override
    public boolean needsFeatures() {
        return true;
    }

    @Override
    public int choose(Decision d) {
        return bandit.select(d.features(), d.draws());
    }

    @Override
    public void learn(Feedback f) {
        for (int k = 0; k < f.size(); k++) {
            if (f.arm(k) >= 0 && f.learnable(k)) {
                f.features(k, row);
                bandit.record(f.arm(k), row, reward.of(f, k));
            }
        }
    }

    @Override
    public RewardWindow rewardWindow() {
        return window;
    }

    @Override
    public void endOfDay(int day) {
        bandit.commit();
    }
}
