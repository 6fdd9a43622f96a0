package io.campaignsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.random.Draws;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecileLiftTest {

    @Test
    void decilesPartitionTheCustomersAndTheLiftsAverageToOne() {
        Draws d = new Draws(7);
        int n = 1003; // not a multiple of ten: sizes differ by one
        double[] score = new double[n];
        double[] truth = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            score[i] = d.nextDouble();
            truth[i] = score[i] * score[i] + 0.1 * d.nextDouble();
            total += truth[i];
        }
        List<DecileLift.Decile> deciles = DecileLift.of(score, truth);
        assertEquals(10, deciles.size());
        long count = 0;
        double weightedLift = 0;
        double truthSum = 0;
        for (DecileLift.Decile g : deciles) {
            assertTrue(g.count() == 100 || g.count() == 101, "sizes differ by at most one: " + g.count());
            count += g.count();
            weightedLift += g.count() * g.lift();
            truthSum += g.count() * g.meanTruth();
        }
        assertEquals(n, count);
        assertEquals(total, truthSum, 1e-9 * total);
        assertEquals(1.0, weightedLift / n, 1e-12);
        // truth increases with the score, so the deciles (highest scores first) fall
        for (int g = 1; g < 10; g++) {
            assertTrue(deciles.get(g).meanTruth() < deciles.get(g - 1).meanTruth(), "decile " + (g + 1));
            assertTrue(deciles.get(g).meanScore() < deciles.get(g - 1).meanScore());
        }
    }

    @Test
    void worksOnAHandCountedExample() {
        // scores 10..1, truth 1 for the two highest, else 0: decile 1 holds score 10 (truth 1), lift 1/0.2 = 5
        double[] score = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        double[] truth = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1};
        List<DecileLift.Decile> deciles = DecileLift.of(score, truth);
        assertEquals(5.0, deciles.get(0).lift(), 1e-12);
        assertEquals(5.0, deciles.get(1).lift(), 1e-12);
        assertEquals(0.0, deciles.get(2).lift(), 1e-12);
        assertEquals(10.0, deciles.get(0).meanScore(), 1e-12);
    }

    @Test
    void fewerCustomersThanDecilesGiveOneGroupEach() {
        assertEquals(3, DecileLift.of(new double[] {1, 2, 3}, new double[] {1, 1, 1}).size());
        assertEquals(0, DecileLift.of(new double[0], new double[0]).size());
    }
}
