package io.campaignsim.strategy.contextual;

import java.util.Arrays;

/**
 * Counts of {@code long} keys (the sets of features equal to 1 in recorded contexts, see
 * {@link RidgeArms}), open addressing with linear probing, no boxing; also serves, frozen, as the
 * read-only key-to-slot table select looks patterns up in.
 *
 * @implNote Not thread-safe for writes; concurrent reads of a table nobody writes are safe.
 */
final class PatternCounts {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private long[] keys = new long[16];
    /** Per slot: the key's count (for a frozen table, its pattern index) plus one; 0 = empty. */
    private int[] values = new int[16];
    private int size;

    int size() {
        return size;
    }

    int capacity() {
        return keys.length;
    }

    /** Whether slot {@code i} holds a key. */
    boolean used(int i) {
        return values[i] != 0;
    }

    long key(int i) {
        return keys[i];
    }

    /** The count at slot {@code i} (or the value {@link #put} stored). */
    int value(int i) {
        return values[i] - 1;
    }

    void add(long key, int n) {
        int i = find(key);
        if (values[i] != 0) {
            values[i] = (int) Math.min((long) values[i] + n, Integer.MAX_VALUE);
            return;
        }
        keys[i] = key;
        values[i] = n + 1;
        if (++size * 2 > keys.length) {
            grow();
        }
    }

    /** Sets {@code key}'s value (at least 0). */
    void put(long key, int value) {
        int i = find(key);
        if (values[i] == 0 && ++size * 2 > keys.length) {
            keys[i] = key;
            values[i] = value + 1;
            grow();
            return;
        }
        keys[i] = key;
        values[i] = value + 1;
    }

    /** The value stored for {@code key}, or -1. */
    int get(long key) {
        long[] k = keys;
        int mask = k.length - 1;
        int i = (int) ((key * GOLDEN) >>> 40) & mask;
        while (true) {
            int v = values[i];
            if (v == 0) {
                return -1;
            }
            if (k[i] == key) {
                return v - 1;
            }
            i = (i + 1) & mask;
        }
    }

    void clear() {
        if (size > 0) {
            Arrays.fill(values, 0);
            size = 0;
        }
    }

    private int find(long key) {
        int mask = keys.length - 1;
        int i = (int) ((key * GOLDEN) >>> 40) & mask;
        while (values[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != 0) {
                int j = find(oldKeys[i]);
                keys[j] = oldKeys[i];
                values[j] = oldValues[i];
            }
        }
    }
}
