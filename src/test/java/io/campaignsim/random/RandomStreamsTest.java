package io.campaignsim.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.campaignsim.random.RandomStreams.Purpose;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {

    @Test
    void everyPurposeHasItsOwnKey() {
        assertEquals(Purpose.values().length, Arrays.stream(Purpose.values()).mapToLong(Purpose::key).distinct().count());
    }

    /** The population and world streams keep their names, so simulate's figures did not move. */
    @Test
    void theSimulationStreamsKeepTheirNames() {
        assertEquals(Seeds.derive(42, 0, 3), RandomStreams.seed(42, Purpose.POPULATION, 3));
        assertEquals(Seeds.derive(42, 1, 5), RandomStreams.seed(42, Purpose.WORLD, 5));
        assertEquals(new KeyedUniforms(42, Purpose.WORLD, 5).key(7, 9),
                Seeds.mix(Seeds.derive(42, 1, 5) + ((7L << 12) | 9)));
    }

    /**
     * Strategy streams were salted as seed + 31 * index, so strategy 1 of seed s drew exactly
     * what strategy 0 of seed s + 31 drew; named by (seed, STRATEGY, replication, index) they differ.
     */
    @Test
    void strategyStreamsOfNeighbouringSeedsDoNotCoincide() {
        long s = 1000;
        KeyedUniforms second = new KeyedUniforms(s, Purpose.STRATEGY, 0, 1);
        KeyedUniforms firstOfOtherSeed = new KeyedUniforms(s + 31, Purpose.STRATEGY, 0, 0);
        assertNotEquals(second.key(0, 0), firstOfOtherSeed.key(0, 0));
        assertNotEquals(new KeyedUniforms(s, Purpose.STRATEGY, 0, 1).key(0, 0),
                new KeyedUniforms(s, Purpose.STRATEGY, 1, 0).key(0, 0), "replication and strategy are separate keys");
    }

    @Test
    void purposesDoNotShareStreams() {
        for (Purpose a : Purpose.values()) {
            for (Purpose b : Purpose.values()) {
                if (a != b) {
                    assertNotEquals(RandomStreams.seed(7, a, 1), RandomStreams.seed(7, b, 1), a + " vs " + b);
                }
            }
        }
    }
}
