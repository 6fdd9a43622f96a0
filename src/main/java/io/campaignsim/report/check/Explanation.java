package io.campaignsim.report.check;

import io.campaignsim.compare.check.MetricCheck;
import io.campaignsim.compare.check.Verdict;
import io.campaignsim.report.Numbers;
import io.campaignsim.scenario.CheckSpec.Direction;

/** Says in one sentence why a metric check reached its verdict, for failure messages. */
final class Explanation {

    private Explanation() {
    }

    /** One sentence saying why the verdict was reached, for failure messages. */
    static String of(MetricCheck c) {
        if (c.verdict() == Verdict.NO_BASELINE) {
            return "the baseline has no values for " + c.strategy() + " " + c.metric() + "; re-run with --update-baseline";
        }
        String what = c.direction() == Direction.HIGHER ? "fell" : "rose";
        String p = Double.isNaN(c.adjustedPValue()) ? "not tested: every replication gave the same value in both runs"
                : "paired one-sided p = " + Numbers.pValue(c.pValue()) + ", after correction " + Numbers.pValue(c.adjustedPValue());
        String test = c.verdict() == Verdict.REGRESSED ? c.metric() + " " + what + " by more than the margin (" + p + ")"
                : c.metric() + " " + c.verdict().label() + " (" + p + ")";
        return test + "; current − baseline = " + Numbers.compactSigned(c.difference()) + " [" + Numbers.compactSigned(c.ciLow()) + ", "
                + Numbers.compactSigned(c.ciHigh()) + "] (" + Numbers.percentLabel(c.intervalLevel(), 2) + " paired CI), baseline mean "
                + Numbers.compact(c.baselineMean()) + ", current mean " + Numbers.compact(c.currentMean()) + ", margin "
                + Numbers.percentLabel(c.relativeMargin(), 2) + " of the baseline = " + Numbers.compact(c.margin());
    }
}
