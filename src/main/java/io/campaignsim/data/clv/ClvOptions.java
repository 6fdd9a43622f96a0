package io.campaignsim.data.clv;

/**
 * What {@link ClvAnalysis} computes.
 *
 * @param period the unit of time of the models
 * @param horizon how many periods ahead the expected purchases and the CLV look
 * @param discountRate the annual discount rate of the CLV (0.10 = 10 % a year), applied per period
 *     as (1 + rate)^(-k / periods per year)
 * @param maxEvaluations likelihood evaluations allowed per model
 */
public record ClvOptions(Period period, int horizon, double discountRate, int maxEvaluations) {

    public static final double DEFAULT_DISCOUNT_RATE = 0.10;
    public static final int DEFAULT_MAX_EVALUATIONS = 20_000;

    public ClvOptions {
        if (horizon < 1) {
            throw new io.campaignsim.core.UserInputException("--horizon is " + horizon
                    + "; expected a number of periods of at least 1");
        }
        if (!(discountRate >= 0 && discountRate < 10)) {
            throw new io.campaignsim.core.UserInputException("--discount-rate is " + discountRate
                    + "; expected an annual rate such as 0.10 for 10 % (0 or more)");
        }
        if (maxEvaluations < 10) {
            throw new io.campaignsim.core.UserInputException("--max-evaluations is " + maxEvaluations
                    + "; expected at least 10");
        }
    }

    /** One year in {@code period}s, rounded: 365 days, 52 weeks or 12 months. */
    public static int defaultHorizon(Period period) {
        return (int) Math.round(period == Period.WEEK ? 52 : period.perYear());
    }
}
