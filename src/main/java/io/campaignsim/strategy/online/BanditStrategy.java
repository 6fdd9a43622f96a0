package io.campaignsim.strategy.online;

import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.Decision;
import io.campaignsim.strategy.Feedback;
import io.campaignsim.strategy.Reward;
import io.campaignsim.strategy.RewardWindow;
import io.campaignsim.strategy.Strategy;
import io.campaignsim.strategy.bandit.Bandit;
import java.util.List;

/**
 * A multi-armed bandit choosing the arm of every opportunity, updated once a day from the
 * delivered contacts' rewards: conversion on the day of the contact (0/1) or the day's profit
 * (margin - incentive - contact cost).
 */
public final class BanditStrategy implements Strategy {

    private final List<Arm> arms;
    private final Bandit bandit;
    private final Reward reward;
    private final RewardWindow window;

    public BanditStrategy(List<Arm> arms, Bandit bandit, Reward reward) {
        this(arms, bandit, reward, null);
    }

    /**
     * @param window null for rewards of the day of the decision; for {@code reward: clv} the CLV
     *     reward window: each decision's feedback arrives after it ({@link RewardWindow})
     */
    public BanditStrategy(List<Arm> arms, Bandit bandit, Reward reward, RewardWindow window) {
        if (arms.size() != bandit.arms()) {
            throw new IllegalArgumentException("expected " + bandit.arms() + " arms, but was " + arms.size());
        }
        this.arms = List.copyOf(arms);
        this.bandit = bandit;
        this.reward = reward;
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
                bandit.record(f.arm(k), reward.of(f, k));
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
