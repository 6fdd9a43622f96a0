package io.campaignsim.strategy.baseline;

import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.Decision;
import io.campaignsim.strategy.Strategy;
import java.util.List;

/** Contacts nobody: the control every other strategy is measured against. */
public final class Holdout implements Strategy {

    @Override
    public List<Arm> arms() {
        return List.of();
    }

    @Override
    public int choose(Decision decision) {
        return NO_CONTACT;
    }
}
