package io.campaignsim.random;

/**
 * Derives independent seeds and uniforms from a root seed and integer keys, with the SplitMix64
 * finaliser (a bijective 64-bit mixer with full avalanche). This is how every random stream in
 * campaignsim is named: by what it is for, not by which thread asks for it, so results do not
 * depend on the thread count.
 */
public final class Seeds {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Seeds() {}

    /** SplitMix64's output function. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A seed for the stream named by {@code keys} under {@code root}. */
    public static long derive(long root, long... keys) {
        long h = mix(root + GOLDEN);
        for (long k : keys) {
            h = mix(h + GOLDEN * (k + 1));
        }
        return h;
    }

    /** Three-key form of {@link #derive(long, long...)} that allocates nothing (hot loops). */
    public static long derive3(long root, long a, long b, long c) {
        long h = mix(root + GOLDEN);
        h = mix(h + GOLDEN * (a + 1));
        h = mix(h + GOLDEN * (b + 1));
        return mix(h + GOLDEN * (c + 1));
    }

    /** A uniform double in [0, 1) from 53 bits of {@code bits}. */
    public static double toUnit(long bits) {
        return (bits >>> 11) * 0x1.0p-53;
    }
}
