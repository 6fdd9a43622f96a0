package io.campaignsim.jmh;

import io.campaignsim.random.Draws;
import io.campaignsim.random.KeyedUniforms;
import io.campaignsim.random.RandomStreams;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The samplers of the hot loops: the engine's keyed uniforms and normals (three to seven a
 * customer-day), and the bandits' exact draws (ziggurat normal, Marsaglia–Tsang Gamma, Beta from
 * two Gammas with prepared constants, as Thompson sampling uses them).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SamplerBench {

    private final KeyedUniforms keys = new KeyedUniforms(11, RandomStreams.Purpose.WORLD, 0);
    private final Draws draws = new Draws(5);
    private final Draws.BetaLaw smallBeta = Draws.BetaLaw.of(3, 97);
    private final Draws.BetaLaw largeBeta = Draws.BetaLaw.of(1200, 38800);
    private int customer;

    @Benchmark
    public long keyedKey() {
        return keys.key(customer++, 17);
    }

    @Benchmark
    public double keyedUniform() {
        return KeyedUniforms.uniform(keys.key(customer++, 17), 1);
    }

    @Benchmark
    public double keyedNormal() {
        return KeyedUniforms.normal(keys.key(customer++, 17), 2);
    }

    @Benchmark
    public double gaussian() {
        return draws.nextGaussian();
    }

    @Benchmark
    public double gammaShapeBelowOne() {
        return draws.nextGamma(0.4);
    }

    @Benchmark
    public double gammaShapeThree() {
        return draws.nextGamma(3);
    }

    @Benchmark
    public double betaFewObservations() {
        return draws.nextBeta(smallBeta);
    }

    @Benchmark
    public double betaManyObservations() {
        return draws.nextBeta(largeBeta);
    }
}
