package io.campaignsim.app;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.core.UserInputException;
import org.junit.jupiter.api.Test;

class WorkBudgetTest {

    @Test
    void absurdRunsAreRefusedWithTheEstimateAndHowToProceed() {
        // 50 million customers for 10 years, 20 strategies x 20 replications: months of work.
        UserInputException e = assertThrows(UserInputException.class,
                () -> WorkBudget.check(50e6 * 3650, 400, 2, false));
        assertTrue(e.getMessage().contains("hours") && e.getMessage().contains("--allow-long"), e.getMessage());
        assertDoesNotThrow(() -> WorkBudget.check(50e6 * 3650, 400, 2, true));
    }

    @Test
    void ordinaryRunsPass() {
        // The bundled retail scenario: 200,000 customers x 91 days x 5 strategies x 20 replications.
        assertDoesNotThrow(() -> WorkBudget.check(200_000.0 * 91, 100, 2, false));
    }
}
