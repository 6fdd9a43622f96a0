package io.campaignsim.report.sim;

import io.campaignsim.core.Metric;
import io.campaignsim.engine.Kpis;
import io.campaignsim.engine.SimulationResult;
import io.campaignsim.report.Numbers;

/** The one-sentence answers of a simulation, shared by the HTML page and the terminal. */
final class Headline {

    private Headline() {}

    /** "The policy made +X incremental profit (+Y conversions) over doing nothing, on N customers over D days." */
    static String sentence(SimulationResult r) {
        Kpis inc = r.incremental();
        return "The policy made " + Numbers.signed(inc.get(Metric.PROFIT), true) + " incremental profit ("
                + Numbers.signed(inc.get(Metric.CONVERSIONS), false) + " conversions) over doing nothing, on "
                + Numbers.display(r.customers(), false) + " customers over " + r.days() + (r.days() == 1 ? " day." : " days.");
    }

    /** Contrasts what last-touch attribution would claim with the true incremental effect. */
    static String attribution(SimulationResult r) {
        return "Last-touch attribution credits contacts with "
                + Numbers.display(r.total().get(Metric.CONTACT_CONVERSIONS), false)
                + " conversions; the no-contact twin shows the true incremental number is "
                + Numbers.signed(r.incremental().get(Metric.CONVERSIONS), false) + ".";
    }

    /** Elapsed wall-clock time, e.g. "850 ms" or "12.3 s". */
    static String elapsed(long millis) {
        return millis < 1000 ? millis + " ms" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
