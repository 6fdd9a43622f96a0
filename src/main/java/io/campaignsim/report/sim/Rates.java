package io.campaignsim.report.sim;

import io.campaignsim.core.Metric;
import io.campaignsim.engine.Kpis;
import io.campaignsim.engine.SimulationResult;
import io.campaignsim.report.Numbers;
import java.util.List;

/**
 * Rates derived from one result. A rate whose denominator is zero is NaN (written as null or an
 * empty cell), never a made-up zero.
 *
 * @param openRate opens / contacts
 * @param clickRate clicks / opens
 * @param conversionRate conversions / customers over the whole horizon (policy run)
 * @param noContactConversionRate conversions / customers of the no-contact twin
 * @param contactConversionRate contact (last-touch) conversions / contacts
 * @param incrementalProfitPerContact incremental profit / contacts
 * @param roi incremental profit / (contact cost + incentive cost) of the policy run
 */
record Rates(double openRate, double clickRate, double conversionRate, double noContactConversionRate,
        double contactConversionRate, double incrementalProfitPerContact, double roi) {

    static Rates of(SimulationResult r) {
        Kpis t = r.total();
        Kpis inc = r.incremental();
        double contacts = t.get(Metric.CONTACTS);
        return new Rates(
                Numbers.ratio(t.get(Metric.OPENS), contacts),
                Numbers.ratio(t.get(Metric.CLICKS), t.get(Metric.OPENS)),
                Numbers.ratio(t.get(Metric.CONVERSIONS), r.customers()),
                Numbers.ratio(r.counterfactualTotal().get(Metric.CONVERSIONS), r.customers()),
                Numbers.ratio(t.get(Metric.CONTACT_CONVERSIONS), contacts),
                Numbers.ratio(inc.get(Metric.PROFIT), contacts),
                Numbers.ratio(inc.get(Metric.PROFIT), t.get(Metric.CONTACT_COST) + t.get(Metric.INCENTIVE_COST)));
    }

    /** One rate with its file key and a short definition for readers. */
    record Rate(String key, String definition, double value) {}

    /** The rates in a fixed order. */
    List<Rate> list() {
        return List.of(
                new Rate("open_rate", "opens / contacts", openRate),
                new Rate("click_rate", "clicks / opens", clickRate),
                new Rate("conversion_rate", "conversions / customers, policy", conversionRate),
                new Rate("no_contact_conversion_rate", "conversions / customers, no contact", noContactConversionRate),
                new Rate("contact_conversion_rate", "last-touch conversions / contacts", contactConversionRate),
                new Rate("incremental_profit_per_contact", "incremental profit / contacts", incrementalProfitPerContact),
                new Rate("roi", "incremental profit / (contact + incentive cost)", roi));
    }
}
