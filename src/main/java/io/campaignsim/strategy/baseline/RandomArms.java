package io.campaignsim.strategy.baseline;

import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.Decision;
import io.campaignsim.strategy.Strategy;
import java.util.List;

/**
 * Contacts each opportunity with probability {@code contactRate} and a uniformly random arm: the
 * baseline any learning strategy must beat (and the logging policy of off-policy evaluation).
 */
public final class RandomArms implements Strategy {

    private final List<Arm> arms;
    private final double contactRate;

    public RandomArms(List<Arm> arms, double contactRate) {
        if (arms.isEmpty()) {
            throw new IllegalArgumentException("random needs at least one arm");
        }
        if (!(contactRate >= 0 && contactRate <= 1)) {
            throw new IllegalArgumentException("contact_rate must be between 0 and 1, but was " + contactRate);
        }
        this.arms = List.copyOf(arms);
        this.contactRate = contactRate;
    }

    @Override
    public List<Arm> arms() {
        return arms;
    }

    @Override
    public int choose(Decision d) {
        if (contactRate < 1 && d.draws().nextDouble() >= contactRate) {
            return NO_CONTACT;
        }
        return d.draws().nextInt(arms.size());
    }
}
