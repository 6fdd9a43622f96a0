package io.campaignsim.strategy.online;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.random.Draws;
import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.Feedback;
import io.campaignsim.strategy.FeedbackFixture;
import io.campaignsim.strategy.Reward;
import io.campaignsim.strategy.contextual.ContextualBandit;
import io.campaignsim.strategy.contextual.LinTs;
import io.campaignsim.strategy.contextual.LinUcb;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #20, parallel learning: a shard's outcomes can be prepared on its own thread
 * ({@code Strategy.prepare}) and absorbed in shard order by {@code learn}; the coefficients must be
 * the same to the last bit as when {@code learn} does it all, so results cannot depend on whether
 * (or on which thread) the engine prepared them.
 */
class ContextualStrategyLearnTest {

    private static final int D = 12;
    private static final int ARMS = 3;

    @Test
    void preparedAndUnpreparedLearningGiveTheSameCoefficientsOverSeveralDays() {
        Learner prepared = strategy(false);
        Learner plain = strategy(false);
        Draws world = new Draws(5);
        for (int day = 0; day < 4; day++) {
            // two shards a day, rows of every arm (and control rows, which are not learned from)
            for (int shard = 0; shard < 2; shard++) {
                FeedbackFixture a = new FeedbackFixture(D);
                FeedbackFixture b = new FeedbackFixture(D);
                fill(world, 300 + 100 * day, a, b);
                a.prepare(prepared.strategy());
                prepared.learn(a.feedback());
                plain.learn(b.feedback());
            }
            prepared.endOfDay(day);
            plain.endOfDay(day);
            assertSameCoefficients(prepared, plain);
        }
    }

    @Test
    void rowsAddedAfterPreparingAreNotLost() {
        Learner prepared = strategy(true);
        Learner plain = strategy(true);
        Draws world = new Draws(6);
        FeedbackFixture a = new FeedbackFixture(D);
        FeedbackFixture b = new FeedbackFixture(D);
        fill(world, 50, a, b);
        a.prepare(prepared.strategy());
        assertTrue(a.feedback().prepared());
        fill(world, 3, a, b); // stale preparation: learn must redo it
        assertFalse(a.feedback().prepared());
        prepared.learn(a.feedback());
        plain.learn(b.feedback());
        prepared.endOfDay(0);
        plain.endOfDay(0);
        assertSameCoefficients(prepared, plain);
    }

    @Test
    void fewOutcomesAnArmStillGoThroughRankOneUpdatesWhenPrepared() {
        // 2 rows an arm a day (below d/4 = 3): the committed inverse comes from Sherman-Morrison updates.
        Learner prepared = strategy(false);
        Learner plain = strategy(false);
        Draws world = new Draws(7);
        for (int day = 0; day < 5; day++) {
            FeedbackFixture a = new FeedbackFixture(D);
            FeedbackFixture b = new FeedbackFixture(D);
            fill(world, 2 * ARMS, a, b);
            a.prepare(prepared.strategy());
            prepared.learn(a.feedback());
            plain.learn(b.feedback());
            prepared.endOfDay(day);
            plain.endOfDay(day);
            assertSameCoefficients(prepared, plain);
        }
    }

    /** A strategy over its own bandit, which the assertions read. */
    private record Learner(ContextualStrategy strategy, ContextualBandit bandit) {
        void learn(Feedback f) {
            strategy.learn(f);
        }

        void endOfDay(int day) {
            strategy.endOfDay(day);
        }
    }

    private static Learner strategy(boolean thompson) {
        List<Arm> arms = List.of(Arm.asProposed(), Arm.asProposed(), Arm.asProposed());
        ContextualBandit bandit = thompson ? new LinTs(ARMS, D, 0.5, 1) : new LinUcb(ARMS, D, 1, 1);
        return new Learner(new ContextualStrategy(arms, bandit, Reward.PROFIT), bandit);
    }

    /** The same rows into both fixtures: sparse contexts, profit rewards, some control rows. */
    private static void fill(Draws world, int rows, FeedbackFixture a, FeedbackFixture b) {
        for (int r = 0; r < rows; r++) {
            double[] x = new double[D];
            x[0] = 1;
            x[1 + world.nextInt(3)] = 1;
            for (int j = 4; j < D; j++) {
                x[j] = world.nextDouble() < 0.5 ? 0 : world.nextGaussian();
            }
            int arm = r % (ARMS + 1) - 1; // -1: a control row
            boolean bought = arm >= 0 && world.nextDouble() < 0.3;
            double profit = bought ? 10 * world.nextDouble() : 0;
            a.add(r, arm, bought, profit, x);
            b.add(r, arm, bought, profit, x);
        }
    }

    private static void assertSameCoefficients(Learner a, Learner b) {
        for (int arm = 0; arm < ARMS; arm++) {
            assertArrayEquals(b.bandit().coefficients(arm), a.bandit().coefficients(arm), 0.0, "arm " + arm);
        }
    }
}
