package io.campaignsim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.campaignsim.strategy.Strategy;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/**
 * The watch compare wraps around every strategy must forward every method of {@link Strategy}: a
 * capability added to the interface later (a default method) would otherwise silently read as
 * "none" for every strategy in compare.
 */
class WarmupEndWatchTest {

    @Test
    void overridesEveryStrategyMethod() throws Exception {
        for (Method m : Strategy.class.getMethods()) {
            if (Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            Method own = WarmupEndWatch.class.getMethod(m.getName(), m.getParameterTypes());
            assertEquals(WarmupEndWatch.class, own.getDeclaringClass(), m.getName() + " is not forwarded");
        }
    }
}
