package io.campaignsim.scenario.expr;

import java.util.List;

/**
 * Several bound conditions (a policy's rules) tested as one piece: {@link #holding} gives which of them hold, as a bit
 * mask, in one call. A loop calling {@link BoundCondition#test} on each is one call site that sees every condition's
 * class, so the JIT makes it a virtual call per condition that it cannot inline; here the conditions are links of a
 * chain, each link an instance of its own {@linkplain Specializer hidden class copy}, so every call in the chain sees
 * one receiver class and the whole set compiles into one piece of code.
 *
 * <p>The conditions are tested in order and have no side effects, so the mask is exactly the values a loop over
 * {@link BoundCondition#test} would give (with {@code firstOnly}: up to the first that holds).
 *
 * @implNote Immutable and stateless, like the conditions; at most {@link #MAX} conditions.
 */
public final class ConditionSet {

    /** Conditions one mask holds. */
    public static final int MAX = 64;

    private final Link chain;

    /**
     * @param conditions bound conditions, at most {@link #MAX}
     * @param firstOnly stop at the first condition that holds (its bit alone is then set)
     */
    public ConditionSet(List<BoundCondition> conditions, boolean firstOnly) {
        if (conditions.size() > MAX) {
            throw new IllegalArgumentException("at most " + MAX + " conditions, not " + conditions.size());
        }
        Specializer s = new Specializer();
        String key = "";
        Link next = s.copy(key, new End(), new Class<?>[0]);
        for (int k = conditions.size() - 1; k >= 0; k--) {
            BoolNode root = conditions.get(k).root();
            long bit = 1L << k;
            // The same conditions in the same places get the same classes in every run (see Specializer#COPIES).
            key = root + " \u0001 " + k + " " + key;
            next = firstOnly ? s.copy(key, new First(root, bit, next), LINK, root, bit, next)
                    : s.copy(key, new Every(root, bit, next), LINK, root, bit, next);
        }
        this.chain = next;
    }

    private static final Class<?>[] LINK = {BoolNode.class, long.class, Link.class};

    /** Bit {@code k} set when condition {@code k} holds for {@code customer} on {@code day} (see {@code firstOnly}). */
    public long holding(int customer, int day) {
        return chain.holding(customer, day);
    }

    /** A link of the chain: its condition's bit and the links after it. Package-private for the hidden copies. */
    abstract static class Link {
        abstract long holding(int customer, int day);
    }

    /** The end of the chain. */
    static final class End extends Link {
        End() {}

        @Override
        long holding(int customer, int day) {
            return 0;
        }
    }

    /** Tests its condition, then the rest. */
    static final class Every extends Link {
        final BoolNode condition;
        final long bit;
        final Link next;

        Every(BoolNode condition, long bit, Link next) {
            this.condition = condition;
            this.bit = bit;
            this.next = next;
        }

        @Override
        long holding(int customer, int day) {
            long mine = condition.test(customer, day) ? bit : 0;
            return mine | next.holding(customer, day);
        }
    }

    /** Tests its condition and the rest only when it does not hold. */
    static final class First extends Link {
        final BoolNode condition;
        final long bit;
        final Link next;

        First(BoolNode condition, long bit, Link next) {
            this.condition = condition;
            this.bit = bit;
            this.next = next;
        }

        @Override
        long holding(int customer, int day) {
            return condition.test(customer, day) ? bit : next.holding(customer, day);
        }
    }
}
