package io.campaignsim.report.check;

import io.campaignsim.compare.check.MetricCheck;
import io.campaignsim.compare.check.Verdict;
import io.campaignsim.scenario.CheckSpec.Direction;

/** Says in one sentence why a metric check reached its verdict, for failure messages. */
final class Explanation {

    private Explanation() {
    }

    /** One sentence saying why the verdict was reached, for failure messages. */
    static String of(MetricCheck c) {
        if (c.verdict() == Verdict.SCENARIO_CHANGED) {
            return "scenario changed since the baseline; re-run with --update-baseline";
        }
        if (c.verdict() == Verdict.NO_BASELINE) {
            return "the baseline has no values for " + c.strategy() + " " + c.metric() + "; re-run with --update-baseline";
        }
        String bound = c.direction() == Direction.HIGHER
                ? "upper bound " + Numbers.signed(c.ciHigh()) + " < −" + Numbers.plain(c.margin())
                : "lower bound " + Numbers.signed(c.ciLow()) + " > +" + Numbers.plain(c.margin());
        String what = c.direction() == Direction.HIGHER ? "fell" : "rose";
        String test = c.verdict() == Verdict.REGRESSED ? c.metric() + " " + what + " beyond the margin: " + bound
                : c.metric() + " " + c.verdict().label();
        return test + "; current − baseline = " + Numbers.signed(c.difference()) + " [" + Numbers.signed(c.ciLow()) + ", "
                + Numbers.signed(c.ciHigh()) + "] (" + Numbers.percent(c.intervalLevel()) + " CI), baseline mean "
                + Numbers.plain(c.baselineMean()) + ", current mean " + Numbers.plain(c.currentMean()) + ", margin "
                + Numbers.percent(c.relativeMargin()) + " of the baseline = " + Numbers.plain(c.margin());
    }
}
