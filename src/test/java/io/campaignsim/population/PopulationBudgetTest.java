package io.campaignsim.population;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.campaignsim.core.UserInputException;
import org.junit.jupiter.api.Test;

class PopulationBudgetTest {

    private static final long MIB = 1024 * 1024;

    @Test
    void estimateCountsPopulationAndEngineState() {
        // 3 channels, 4 categories: observed 19 + truth 51 + engine 85 + 3 x 22 = 221 bytes a customer.
        assertEquals(221L * 1_000_000, PopulationBudget.estimateBytes(1_000_000, 3, 4));
    }

    @Test
    void refusesWhatCannotFitWithAOneLineHowTo() {
        UserInputException e = assertThrows(UserInputException.class,
                () -> PopulationBudget.check(50_000_000, 3, 4, 64 * MIB));
        assertEquals("a population of 50000000 customers needs about 10538 MiB but only 64 MiB of heap is available; "
                + "use a smaller --size or give Java more heap, e.g. CAMPAIGNSIM_OPTS=-Xmx15g", e.getMessage());
    }

    @Test
    void acceptsWhatFitsWithHeadroom() {
        // 1,000,000 customers need 211 MiB: fine in 1 GiB, refused in 200 MiB (beyond 75 %).
        assertDoesNotThrow(() -> PopulationBudget.check(1_000_000, 3, 4, 1024 * MIB));
        assertThrows(UserInputException.class, () -> PopulationBudget.check(1_000_000, 3, 4, 200 * MIB));
    }
}
