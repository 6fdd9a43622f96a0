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
    /** The batch {@link #learn} fills itself for feedback nobody prepared. */
    private final Batch serial;

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
        this.serial = new Batch(this);
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

    /**
     * Accumulates the shard's learnable rows into the feedback's own batch of outcomes (on the
     * shard's thread; nothing of the bandit is written), which {@link #learn} then absorbs.
     */
    @Override
    public void prepare(Feedback f) {
        Batch batch = f.attachment() instanceof Batch b && b.owner == this ? b : new Batch(this);
        f.attach(batch);
        fill(batch, f);
    }

    /**
     * Absorbs the shard's batch, filling it here first if the engine did not prepare it: either way
     * the bandit gets the same sums, so results do not depend on who prepared them or on the
     * thread count.
     */
    @Override
    public void learn(Feedback f) {
        Batch batch;
        if (f.prepared() && f.attachment() instanceof Batch b && b.owner == this) {
            batch = b;
        } else {
            batch = serial; // learn runs alone: one reusable batch serves every unprepared buffer
            fill(batch, f);
        }
        bandit.absorb(batch.outcomes);
    }

    private void fill(Batch batch, Feedback f) {
        batch.outcomes.clear();
        for (int k = 0; k < f.size(); k++) {
            if (f.arm(k) >= 0 && f.learnable(k)) {
                f.features(k, batch.row);
                batch.outcomes.record(f.arm(k), batch.row, reward.of(f, k));
            }
        }
    }

    /** A shard's outcomes of the day and the row scratch to read them with (one per feedback buffer). */
    private static final class Batch {
        final ContextualStrategy owner;
        final ContextualBandit.Outcomes outcomes;
        final double[] row;

        Batch(ContextualStrategy owner) {
            this.owner = owner;
            this.outcomes = owner.bandit.newOutcomes();
            this.row = new double[owner.bandit.dimension()];
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
