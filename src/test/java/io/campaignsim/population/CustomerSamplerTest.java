package io.campaignsim.population;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.campaignsim.random.RandomStreams;
import io.campaignsim.random.RandomStreams.Purpose;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.junit.jupiter.api.Test;

class CustomerSamplerTest {

    /**
     * The inline Poisson draw must be the library's draw, value for value and uniform for uniform
     * (the population, and every result built on it, depends on it): after each pair of draws the
     * two streams must also be at the same place.
     */
    @Test
    void poissonDrawsWhatCommonsRngDrawsFromTheSameUniforms() {
        double[] means = {1e-9, 1e-4, 0.01, 0.3, 1, 2.5, 7.3, 18, 39.999, CustomerSampler.POISSON_PIVOT, 40.5, 73, 182.5};
        for (double mean : means) {
            UniformRandomProvider ours = RandomStreams.create(7, Purpose.POPULATION, Double.doubleToLongBits(mean));
            UniformRandomProvider library = RandomStreams.create(7, Purpose.POPULATION, Double.doubleToLongBits(mean));
            long sum = 0;
            for (int k = 0; k < 20_000; k++) {
                int expected = PoissonSampler.of(library, mean).sample();
                int actual = CustomerSampler.poisson(ours, mean);
                assertEquals(expected, actual, "mean " + mean + ", draw " + k);
                assertEquals(library.nextLong(), ours.nextLong(), "streams apart after draw " + k + " of mean " + mean);
                sum += actual;
            }
            // and it is a Poisson draw: the mean of 20,000 within 6 standard errors (sqrt(mean / 20,000))
            assertEquals(mean, sum / 20_000.0, 6 * Math.sqrt(mean / 20_000) + 1e-9, "mean " + mean);
        }
    }
}
