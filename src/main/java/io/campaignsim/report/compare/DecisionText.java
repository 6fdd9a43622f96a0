package io.campaignsim.report.compare;

import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.Decision;
import io.campaignsim.compare.ExperimentSummary;
import io.campaignsim.compare.Role;
import io.campaignsim.compare.StrategySummary;
import io.campaignsim.compare.Uplift;
import io.campaignsim.core.CompareMetric;
import io.campaignsim.report.Numbers;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The decision in words, shared by the terminal table, summary.md and the banner of index.html: a
 * title ("Winner: ts", "Inconclusive between a, b and c", "Underpowered: mvt's own test"), what the
 * best did against the holdout, why, and which A/B or multivariate tests lacked power.
 */
public final class DecisionText {

    /** At most this many names in a title; the rest are counted ("and 5 more"). */
    static final int TITLE_NAMES = 4;

    private DecisionText() {}

    /** One line: title, the best's effect, the reason and the power warning. */
    public static String headline(Comparison c) {
        StringBuilder b = new StringBuilder(title(c, Integer.MAX_VALUE)).append(". ").append(effect(c)).append(". ")
                .append(c.decision().reason()).append('.');
        String power = power(c);
        if (!power.isEmpty()) {
            b.append(' ').append(power);
        }
        return b.toString();
    }

    /** The banner title, listing at most {@code maxNames} contenders. */
    public static String title(Comparison c, int maxNames) {
        Decision d = c.decision();
        return switch (d.kind()) {
            case WINNER -> "Winner: " + d.winner();
            case INCONCLUSIVE -> d.contenders().size() == 1 ? "Inconclusive: " + d.best() + " alone, untested"
                    : "Inconclusive between " + names(d.contenders(), maxNames);
            case UNDERPOWERED -> "Underpowered: " + d.best() + " ranks first on a test that lacked power";
        };
    }

    /** "ts: profit +4,459.1 vs holdout (+3.5 %), 95 % CI [+3,686.6, +5,231.6]", for the best by mean. */
    public static String effect(Comparison c) {
        CompareMetric objective = c.objective().metric();
        StrategySummary s = c.bestSummary();
        String who = c.decision().kind() == Decision.Kind.WINNER ? s.name() : "Best by mean: " + s.name();
        if (s.role() == Role.HOLDOUT) {
            return who + ", the holdout: no strategy did better than contacting nobody on " + objective.key();
        }
        Uplift u = s.uplift(objective);
        return who + ": " + objective.key() + " " + Numbers.signedGrouped(u.absolute().mean(), 1) + " vs " + baseline(c)
                + " (" + Numbers.relativeChange(u.relative().mean()) + "), " + Numbers.percentLabel(c.level(), 4) + " CI "
                + interval(u.absolute().ciLow(), u.absolute().ciHigh());
    }

    /** "Underpowered tests: mvt power 0.13, ab 0.20 (below 0.8; …)", or "" when every test had enough power. */
    public static String power(Comparison c) {
        List<Decision.TestPower> weak = c.decision().underpoweredTests();
        if (weak.isEmpty()) {
            return "";
        }
        String list = weak.stream().map(t -> t.strategy() + " " + Numbers.fixed(t.power(), 2) + " with "
                + Numbers.grouped(t.perArm(), 0) + " per arm").collect(Collectors.joining(", "));
        boolean mde = weak.stream().allMatch(Decision.TestPower::effectIsMde);
        return (weak.size() == 1 ? "Underpowered test: " : "Underpowered tests: ") + list + " (power below "
                + Numbers.fixed(ExperimentSummary.ADEQUATE_POWER, 1) + " to detect "
                + (mde ? "the configured MDE" : "the effect its arms really had, pooled over replications")
                + ": such a test usually misses the effect).";
    }

    static String baseline(Comparison c) {
        return c.holdoutIsTwin() ? Comparison.TWIN : "holdout";
    }

    static String names(List<String> names, int max) {
        if (names.size() <= max) {
            return names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0, names.size() - 1)) + " and "
                    + names.get(names.size() - 1);
        }
        return String.join(", ", names.subList(0, max)) + " and " + (names.size() - max) + " more";
    }

    private static String interval(double low, double high) {
        return Double.isFinite(low) && Double.isFinite(high)
                ? "[" + Numbers.signedGrouped(low, 1) + ", " + Numbers.signedGrouped(high, 1) + "]" : "[n/a]";
    }
}
