package io.campaignsim.strategy.spec;

import io.campaignsim.policy.WeekdayLearner;
import io.campaignsim.scenario.ParamSpec;
import io.campaignsim.scenario.SegmentSpec;
import io.campaignsim.scenario.SendTimeSpec;
import io.campaignsim.scenario.StrategySpec;
import io.campaignsim.scenario.StrategyTypeInfo;
import io.campaignsim.strategy.Strategy;
import io.campaignsim.strategy.StrategyContext;
import io.campaignsim.strategy.personal.FixedSendTime;
import io.campaignsim.strategy.personal.LearnedSendTime;
import java.util.List;

/**
 * {@code send_time}: chooses only the send hour of each opportunity. {@code learned}: per
 * customer, Thompson sampling on open rates by hour with the segment as prior
 * (docs/personalisation.md); {@code fixed}: always {@code hour}.
 */
public record SendTimeStrategySpec(String mode, int hour, double priorStrength, String weekday, int weekdayWindowDays)
        implements FamilySpec {

    public static final String LEARNED = "learned";
    public static final String FIXED = "fixed";
    public static final ParamSpec MODE = ParamSpec.word("mode", List.of(LEARNED, FIXED), LEARNED,
            "learned: each customer's hour by Thompson sampling on their open rates by hour; fixed: always hour");
    public static final ParamSpec HOUR = ParamSpec.number("hour", 0, 23, 10, "with mode: fixed, the send hour");
    public static final ParamSpec PRIOR_STRENGTH = ParamSpec.number("prior_strength", 0, 100,
            SendTimeSpec.DEFAULT_PRIOR_STRENGTH,
            "with mode: learned, weight of the segment's distribution of preferred hours in a customer's posterior "
                    + "(1: Bayes' rule)");
    public static final ParamSpec WEEKDAY = ParamSpec.word("weekday", SendTimeSpec.weekdayChoices(),
            SendTimeSpec.NO_WEEKDAY, "none: send on the opportunity's day; learned: hold it back, within "
                    + "weekday_window_days, to the customer's weekday drawn by Thompson sampling from their open rates by "
                    + "weekday (segment as prior); a weekday name: hold it back to that weekday. Held opportunities wait "
                    + "for the policy to propose them again");
    public static final ParamSpec WEEKDAY_WINDOW = ParamSpec.number("weekday_window_days", 1, 7,
            SendTimeSpec.DEFAULT_WEEKDAY_WINDOW, "with a weekday, a held opportunity goes out within this many days");
    public static final StrategyTypeInfo TYPE = new StrategyTypeInfo("send_time",
            "chooses the send hour of each opportunity: learned per customer from open rates (Thompson sampling with "
                    + "the segment as prior), or one fixed hour; optionally the weekday too",
            List.of(MODE, HOUR, PRIOR_STRENGTH, WEEKDAY, WEEKDAY_WINDOW));

    public static SendTimeStrategySpec from(StrategySpec s) {
        return new SendTimeStrategySpec(s.word(MODE), (int) s.number(HOUR), s.number(PRIOR_STRENGTH), s.word(WEEKDAY),
                (int) s.number(WEEKDAY_WINDOW));
    }

    /** The policy-level form of the weekday options, for {@link SendTimeSpec#holdsForWeekday()} and friends. */
    public SendTimeSpec weekdaySpec() {
        return new SendTimeSpec(SendTimeSpec.FIXED, hour, 0, priorStrength, weekday, weekdayWindowDays);
    }

    public boolean learned() {
        return LEARNED.equals(mode);
    }

    @Override
    public Strategy create(StrategyContext ctx) {
        SendTimeSpec w = weekdaySpec();
        WeekdayLearner weekdays = w.holdsForWeekday() ? new WeekdayLearner(ctx.history(), priorStrength,
                weekdayWindowDays, w.learnsWeekday() ? -1 : SegmentSpec.WEEKDAYS.indexOf(weekday),
                new io.campaignsim.random.KeyedUniforms(ctx.scenario().seed(),
                        io.campaignsim.random.RandomStreams.Purpose.PERSONALISATION, ctx.replication(), ctx.strategyIndex()))
                : null;
        return learned() ? new LearnedSendTime(ctx.history(), ctx.scenario().policy().quietHours(), priorStrength, weekdays)
                : new FixedSendTime(hour, weekdays);
    }
}
