package io.campaignsim.scenario.expr;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives every node of a bound tree its own class: a hidden copy of the node's class, defined from
 * the same bytes (one per node text, shared by later binds of the same text). The JIT profiles calls per class, so a call from one node to its child then sees
 * a single receiver class and is inlined, and a whole condition compiles into one piece of code
 * instead of a virtual call per node and field read (which is what the shared node classes give,
 * because every {@code And} of every condition calls different children).
 *
 * <p>Copies behave exactly like the originals: same bytecode, same fields. When a copy cannot be
 * made (class bytes not found, a JVM without hidden classes), the original node is kept.
 *
 * @implNote One instance per {@link Condition#bind} call; it caches class bytes for that call only, the copies
 *     themselves for the JVM ({@link #COPIES}).
 */
final class Specializer {

    /**
     * The hidden copies made so far, by original class and node text, with their constructors: a node with the same
     * text (and so the same children, by text) gets the same copy in every later bind. Each run of a policy binds its
     * conditions afresh; with new classes each time, every run's conditions were compiled again by the JIT, and code
     * that had inlined a condition failed its type check and was thrown away (bench rules workload, warm-up and 3
     * runs: 234 hidden-class compilations and 551 methods made not entrant before, 89 and 406 after;
     * docs/performance.md, session 6). Bounded: past {@link #CACHED} copies, new ones are not kept.
     */
    private static final Map<String, MethodHandle> COPIES = new ConcurrentHashMap<>();
    private static final int CACHED = 4096;

    private final MethodHandles.Lookup lookup = MethodHandles.lookup();
    private final Map<Class<?>, byte[]> bytes = new HashMap<>();

    /**
     * A new instance of a hidden copy of {@code type}, made with its constructor of the given parameter types; the
     * copy is shared with every earlier node of the same class and text (the text fixes the classes of everything
     * the node calls: the children's copies are keyed by their texts, field readers by field).
     */
    @SuppressWarnings("unchecked")
    <T> T copy(T original, Class<?>[] params, Object... args) {
        String key = original.toString();
        Class<?> type = original.getClass();
        String k = type.getName() + '\u0000' + key;
        try {
            MethodHandle constructor = COPIES.get(k);
            if (constructor == null) {
                byte[] b = bytes.computeIfAbsent(type, Specializer::read);
                if (b == null) {
                    return original;
                }
                MethodHandles.Lookup hidden = lookup.defineHiddenClass(b, true);
                constructor = hidden.findConstructor(hidden.lookupClass(), MethodType.methodType(void.class, params));
                if (COPIES.size() < CACHED) {
                    MethodHandle earlier = COPIES.putIfAbsent(k, constructor);
                    constructor = earlier == null ? constructor : earlier;
                }
            }
            return (T) constructor.invokeWithArguments(args);
        } catch (Error e) {
            if (e instanceof LinkageError) { // e.g. class bytes the JVM will not define twice
                return original;
            }
            throw e;
        } catch (Throwable e) { // reflective failures: the shared class computes the same
            return original;
        }
    }

    private static byte[] read(Class<?> type) {
        String file = type.getName().substring(type.getPackageName().length() + 1) + ".class";
        try (InputStream in = type.getResourceAsStream(file)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }
}
