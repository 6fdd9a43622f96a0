package io.campaignsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuietSkippingTest {

    @Test
    void systemPropertyValues() {
        assertEquals(QuietSkipping.NEVER, QuietSkipping.of("false"));
        assertEquals(QuietSkipping.ALWAYS, QuietSkipping.of("always"));
        assertEquals(QuietSkipping.ALWAYS, QuietSkipping.of("true"));
        assertEquals(QuietSkipping.NEVER, QuietSkipping.of(null));
        assertEquals(QuietSkipping.NEVER, QuietSkipping.of("no such mode"));
    }
}
