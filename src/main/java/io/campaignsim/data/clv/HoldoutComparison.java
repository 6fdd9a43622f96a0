package io.campaignsim.data.clv;

import java.time.LocalDate;
import java.util.List;

/**
 * Predicted versus actual repeat transactions in the holdout period, as in Fader, Hardie &amp; Lee
 * (2005): in total, by calibration frequency (the conditional expectations of their Figure 4), and
 * cumulatively by week over calibration and holdout (the tracking plot of their Figure 2, built from
 * the unconditional E[X(t)] of each customer from their first purchase). A model that did not
 * converge has NaN predictions.
 *
 * @param length the holdout length in periods
 * @param calibrationWeeks the week (1-based) that contains the calibration end
 */
public record HoldoutComparison(double length, double actual, double bgNbd, double paretoNbd,
                                List<FrequencyGroup> groups, List<WeekPoint> weeks, int calibrationWeeks) {

    public HoldoutComparison {
        groups = List.copyOf(groups);
        weeks = List.copyOf(weeks);
    }

    /**
     * Customers with one calibration frequency (or more, for the last group), and their mean actual and
     * predicted repeat transactions in the holdout.
     */
    public record FrequencyGroup(String label, int customers, double actual, double bgNbd, double paretoNbd) {}

    /** Cumulative repeat transactions of all customers by the end of week {@code week} (1-based). */
    public record WeekPoint(int week, LocalDate end, double actual, double bgNbd, double paretoNbd) {}
}
