package io.campaignsim.strategy.online;

import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.Decision;
import io.campaignsim.strategy.Feedback;
import io.campaignsim.strategy.RewardWindow;
import io.campaignsim.strategy.Strategy;
import io.campaignsim.strategy.bandit.Bandit;
import java.util.List;

/**
 * A multi-armed bandit choosing the arm of every opportunity, updated once a day from the
 * delivered contacts' rewards (and, for a {@code no_contact} arm, its decisions'): conversion on
 * the day of the decision (0/1), the day's profit (margin - incentive - contact cost), or the CLV
 * reward of a {@link RewardWindow}.
 */
public final class BanditStrategy implements Strategy {

    private final List<Arm> arms;
    private final Bandit bandit;
    private final boolean profitReward;
    private final RewardWindow window;

    public BanditStrategy(List<Arm> arms, Bandit bandit, boolean profitReward) {
        this(arms, bandit, profitReward, null);
    }

    /**
     * @param window null: rewards of the day of the decision; else the CLV reward of each decision
     *     after the window ({@code reward: clv}, see {@link RewardWindow}), learned as a profit
     */
    public BanditStrategy(List<Arm> arms, Bandit bandit, boolean profitReward, RewardWindow window) {
        if (arms.size() != bandit.arms()) {
            throw new IllegalArgumentException("expected " + bandit.arms() + " arms, but was " + arms.size());
        }
        this.arms = List.copyOf(arms);
        this.bandit = bandit;
        this.profitReward = profitReward || window != null;
        this.window = window;
    }

    @Override
    public List<Arm> arms() {
        return arms;
    }

    @Override
    public int choose(Decision d) {
        return bandit.select(d.draws());
    }

    @Override
    public void learn(Feedback f) {
        for (int k = 0; k < f.size(); k++) {
            if (f.arm(k) >= 0 && f.learnable(k)) {
                bandit.record(f.arm(k), profitReward ? f.profit(k) : (f.purchased(k) ? 1.0 : 0.0));
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

    public Bandit bandit() {
        return bandit;
    }
}
