package io.campaignsim.jmh;

import io.campaignsim.random.Draws;

/** {@link Contexts} for benchmarks in other packages. */
public final class ContextsAccess {

    private ContextsAccess() {}

    public static void engine(double[] x, Draws draws) {
        Contexts.engine(x, draws);
    }

    public static void dense(double[] x, Draws draws) {
        Contexts.dense(x, draws);
    }
}
