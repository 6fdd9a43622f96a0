package io.campaignsim.strategy.rl;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code fitted_q}: collects transitions in a {@link ReplayBuffer}, fits the action values by
 * {@link FittedQIteration} at the end of the warm-up (the randomised exploration log) and refits
 * every {@code refitDays} after that on everything sampled so far, each refit starting from the
 * previous fit. Between fits the values do not move.
 */
final class FittedQLearner implements Learner {

    private final LinearQ q;
    private final ReplayBuffer replay;
    private final FittedQIteration fqi;
    private final FittedQIteration refit;
    private final int firstFitDay;
    private final int refitDays;
    private final List<FittedQIteration.Fit> fits = new ArrayList<>();

    FittedQLearner(int actions, int dimension, RlSettings s) {
        this.q = new LinearQ(actions, dimension, actions - 1); // "no contact" (last) is the baseline
        this.replay = new ReplayBuffer(dimension, s.replaySize(), s.salt());
        this.fqi = new FittedQIteration(s.l2(), s.iterations(), 1e-4);
        this.refit = new FittedQIteration(s.l2(), Math.max(10, s.iterations() / 10), 1e-4);
        this.firstFitDay = Math.max(0, s.warmupDays() - 1);
        this.refitDays = s.refitDays();
    }

    @Override
    public LinearQ q() {
        return q;
    }

    @Override
    public void observe(Transitions completed) {
        replay.offerAll(completed);
    }

    @Override
    public void endOfDay(int day) {
        if (day < firstFitDay || (day - firstFitDay) % refitDays != 0 || replay.rows().size() == 0) {
            return;
        }
        // A refit starts from the previous fit, whose lookahead it extends: a tenth of the first
        // fit's iterations (at least 10) per refit is enough to follow the new data.
        fits.add((fits.isEmpty() ? fqi : refit).fit(replay.rows(), q));
    }

    @Override
    public long transitions() {
        return replay.offered();
    }

    /** The fits so far (iterations, last change, converged). */
    List<FittedQIteration.Fit> fits() {
        return List.copyOf(fits);
    }
}
