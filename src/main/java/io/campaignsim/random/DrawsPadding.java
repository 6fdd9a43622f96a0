package io.campaignsim.random;

/**
 * The padding around {@link Draws}'s state, as superclasses: the JVM lays out a superclass's fields
 * before its subclass's, so the state ends up with seven longs before it and (in {@link Draws}) seven
 * after, whatever the field layout within a class.
 */
final class DrawsPadding {

    private DrawsPadding() {
    }

    abstract static class Before {
        @SuppressWarnings("unused")
        private long p0, p1, p2, p3, p4, p5, p6;
    }

    abstract static class State extends Before {
        /** The SplitMix64 state of {@link Draws}. */
        long state;
    }
}
