package io.campaignsim.jmh;

import io.campaignsim.random.Draws;
import java.util.Arrays;

/** Context vectors shaped like the ones the bandits see. */
final class Contexts {

    private Contexts() {}

    /**
     * FeatureBuilder's layout with 3 segments and 6 channels (d = 27): intercept, segment one-hot,
     * 7 activity features (some often 0), subscribed flag and open rate per channel (rates mostly
     * 0), lifecycle one-hot, age band.
     */
    static void engine(double[] x, Draws draws) {
        Arrays.fill(x, 0.0);
        int k = 0;
        x[k++] = 1;
        int segment = draws.nextInt(3);
        x[k++] = segment == 1 ? 1 : 0;
        x[k++] = segment == 2 ? 1 : 0;
        x[k++] = draws.nextDouble();
        x[k++] = draws.nextDouble() * 0.8;
        x[k++] = draws.nextDouble();
        x[k++] = draws.nextDouble();
        x[k++] = draws.nextDouble() < 0.7 ? 0 : 0.25 * (1 + draws.nextInt(3));
        x[k++] = draws.nextDouble() < 0.5 ? 0 : draws.nextInt(5) / 7.0;
        x[k++] = draws.nextDouble() < 0.6 ? 0 : draws.nextInt(6) / 5.0;
        for (int c = 0; c < 6; c++) {
            x[k++] = draws.nextDouble() < 0.9 ? 1 : 0;
            x[k++] = draws.nextDouble() < 0.75 ? 0 : draws.nextDouble();
        }
        x[k + draws.nextInt(4)] = 1;
        k += 4;
        x[k] = draws.nextInt(6) / 5.0;
    }

    /** The bare algorithm bench's context: (1, z) with z ~ N(0, I). */
    static void dense(double[] x, Draws draws) {
        x[0] = 1;
        for (int j = 1; j < x.length; j++) {
            x[j] = draws.nextGaussian();
        }
    }
}
