package io.campaignsim.scenario;

import java.util.List;

/**
 * A bundle of two catalog categories recommended together ({@code bike+helmets} in an arm), and
 * its code: contacts carry a category as an int, and a bundle's int is {@link #BASE} plus both
 * category indices, so everything that passes a category along passes a bundle unchanged. The world
 * reads the two categories back (world.WorldModel: how a bundle converts, docs/model.md).
 */
public final class CategoryBundle {

    /** Codes at or above this are bundles; catalogs have at most 127 categories. */
    public static final int BASE = 1 << 14;
    private static final int STRIDE = 128;

    private CategoryBundle() {}

    /** The code of the bundle of categories {@code a} and {@code b} (distinct); the same for (b, a). */
    public static int code(int a, int b) {
        if (a == b || a < 0 || b < 0 || a >= STRIDE || b >= STRIDE) {
            throw new IllegalArgumentException("a bundle needs two distinct categories, but was " + a + " and " + b);
        }
        return BASE + Math.min(a, b) * STRIDE + Math.max(a, b);
    }

    public static boolean isBundle(int category) {
        return category >= BASE;
    }

    /** The bundle's first category (the lower index). */
    public static int first(int code) {
        return (code - BASE) / STRIDE;
    }

    /** The bundle's second category (the higher index). */
    public static int second(int code) {
        return (code - BASE) % STRIDE;
    }

    /** Whether {@code part} is written as a bundle ({@code x+y}), valid or not. */
    public static boolean looksLikeBundle(String part) {
        return part.indexOf('+') > 0;
    }

    /** The code of {@code part} ({@code bike+helmets}), or -1 unless it names two distinct declared categories. */
    public static int parse(String part, List<String> categories) {
        int plus = part.indexOf('+');
        if (plus <= 0) {
            return -1;
        }
        int a = categories.indexOf(part.substring(0, plus));
        int b = categories.indexOf(part.substring(plus + 1));
        return a < 0 || b < 0 || a == b ? -1 : code(a, b);
    }

    /** A category's or bundle's name ({@code bike+helmets}), for event logs and reports. */
    public static String name(int category, List<String> categories) {
        return isBundle(category) ? categories.get(first(category)) + "+" + categories.get(second(category))
                : categories.get(category);
    }
}
