package io.campaignsim.scenario.expr;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives every node of a bound tree its own class: a hidden copy of the node's class, defined from
 * the same bytes. The JIT profiles calls per class, so a call from one node to its child then sees
 * a single receiver class and is inlined, and a whole condition compiles into one piece of code
 * instead of a virtual call per node and field read (which is what the shared node classes give,
 * because every {@code And} of every condition calls different children).
 *
 * <p>Copies behave exactly like the originals: same bytecode, same fields. When a copy cannot be
 * made (class bytes not found, a JVM without hidden classes), the original node is kept.
 *
 * @implNote One instance per {@link Condition#bind} call; it caches class bytes for that call only.
 */
final class Specializer {

    private final MethodHandles.Lookup lookup = MethodHandles.lookup();
    private final Map<Class<?>, byte[]> bytes = new HashMap<>();

    /** A new instance of a hidden copy of {@code type}, made with its constructor of the given parameter types. */
    @SuppressWarnings("unchecked")
    <T> T copy(T original, Class<?>[] params, Object... args) {
        Class<?> type = original.getClass();
        try {
            byte[] b = bytes.computeIfAbsent(type, Specializer::read);
            if (b == null) {
                return original;
            }
            MethodHandles.Lookup hidden = lookup.defineHiddenClass(b, true);
            return (T) hidden.findConstructor(hidden.lookupClass(), MethodType.methodType(void.class, params))
                    .invokeWithArguments(args);
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
