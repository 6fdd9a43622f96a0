package io.campaignsim.strategy.baseline;

import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.Decision;
import io.campaignsim.strategy.Strategy;
import java.util.List;

/** Business as usual: sends exactly what the scenario's journey policy proposes. */
public final class AsProposed implements Strategy {

    private final List<Arm> arms = List.of(Arm.asProposed());

    @Override
    public List<Arm> arms() {
        return arms;
    }

    @Override
    public int choose(Decision decision) {
        return 0;
    }
}
