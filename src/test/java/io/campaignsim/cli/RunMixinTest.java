package io.campaignsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What Ctrl-C reports (issue #21: never "interrupted after 0 of 0 days"). */
class RunMixinTest {

    @Test
    void beforeTheFirstDayItSaysItWasPreparing() {
        assertEquals("interrupted after 0 days of simulate (while loading and generating, before the first day)",
                RunMixin.howFar(new long[] {0, 0}, " days", "simulate"));
    }

    @Test
    void laterItSaysHowFarItGot() {
        assertEquals("interrupted after 3 of 30 days of simulate", RunMixin.howFar(new long[] {3, 30}, " days", "simulate"));
    }
}
