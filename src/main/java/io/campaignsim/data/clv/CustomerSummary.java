package io.campaignsim.data.clv;

import io.campaignsim.core.UserInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Each customer's repeat frequency, recency, age and mean repeat spend in the calibration period,
 * as the literature computes them (Fader, Hardie &amp; Lee 2005):
 * <ul>
 *   <li>purchases on the same day are one transaction (their amounts add up);</li>
 *   <li>the first transaction is not a repeat: frequency x is the number of transactions after it;</li>
 *   <li>recency tx is the time from the first to the last transaction, age T the time from the first
 *       transaction to the end of the calibration period (both in {@link Period}s; the end date is
 *       included, so a first purchase on 1997-01-01 with calibration end 1997-09-30 gives T = 272
 *       days = 38.86 weeks);</li>
 *   <li>mean repeat spend is the mean value of the x repeat transactions (NaN when x = 0).</li>
 * </ul>
 * Customers whose first purchase is after the calibration end are left out (counted in
 * {@link #lateCustomers()}). With a holdout end, each customer's transactions in
 * (calibration end, holdout end] are counted too, and the repeat transactions of all customers are
 * tallied by week from the first purchase in the log, for the tracking plot.
 *
 * @implNote Immutable; arrays are not handed out except through copies.
 */
public final class CustomerSummary {

    private final String file;
    private final Period period;
    private final List<String> ids;
    private final int[] frequency;
    private final double[] recency;
    private final double[] age;
    private final double[] meanSpend;
    private final int[] firstDay;
    private final int[] holdoutPurchases;
    private final double[] holdoutSpend;
    private final int[] weeklyRepeats;
    private final int startDay;
    private final int calibrationEnd;
    private final int holdoutEnd;
    private final int lateCustomers;
    private final int transactions;
    private final boolean hasAmount;

    private CustomerSummary(String file, Period period, List<String> ids, int[] frequency, double[] recency,
                            double[] age, double[] meanSpend, int[] firstDay, int[] holdoutPurchases,
                            double[] holdoutSpend, int[] weeklyRepeats, int startDay, int calibrationEnd,
                            int holdoutEnd, int lateCustomers, int transactions, boolean hasAmount) {
        this.file = file;
        this.period = period;
        this.ids = ids;
        this.frequency = frequency;
        this.recency = recency;
        this.age = age;
        this.meanSpend = meanSpend;
        this.firstDay = firstDay;
        this.holdoutPurchases = holdoutPurchases;
        this.holdoutSpend = holdoutSpend;
        this.weeklyRepeats = weeklyRepeats;
        this.startDay = startDay;
        this.calibrationEnd = calibrationEnd;
        this.holdoutEnd = holdoutEnd;
        this.lateCustomers = lateCustomers;
        this.transactions = transactions;
        this.hasAmount = hasAmount;
    }

    /**
     * Summarises {@code log}.
     *
     * @param holdoutEnd the last day of the holdout period, or null for none
     * @throws UserInputException when an end date lies outside the log's dates, or nobody bought twice
     */
    public static CustomerSummary of(TransactionLog log, LocalDate calibrationEnd, LocalDate holdoutEnd,
                                     Period period) {
        int rows = log.rows();
        int minDay = Integer.MAX_VALUE;
        int maxDay = Integer.MIN_VALUE;
        for (int i = 0; i < rows; i++) {
            minDay = Math.min(minDay, log.day(i));
            maxDay = Math.max(maxDay, log.day(i));
        }
        int cal = (int) calibrationEnd.toEpochDay();
        String range = LocalDate.ofEpochDay(minDay) + " to " + LocalDate.ofEpochDay(maxDay);
        if (cal < minDay || cal > maxDay) {
            throw new UserInputException(log.file() + ": --calibration-end " + calibrationEnd + " is "
                    + (cal < minDay ? "before the first" : "after the last") + " purchase in the log; expected a date "
                    + "within the log's purchases, " + range);
        }
        int hold = -1;
        if (holdoutEnd != null) {
            hold = (int) holdoutEnd.toEpochDay();
            if (hold <= cal) {
                throw new UserInputException("--holdout-end " + holdoutEnd + " is not after --calibration-end "
                        + calibrationEnd + "; expected a later date that closes the holdout period");
            }
            if (hold > maxDay) {
                throw new UserInputException(log.file() + ": --holdout-end " + holdoutEnd + " is after the last "
                        + "purchase in the log (" + LocalDate.ofEpochDay(maxDay) + "), so the holdout would count "
                        + "purchases the log cannot contain; expected a date within " + range);
            }
        }
        int customers = log.customers();
        // bucket the rows by customer (counting sort), then sort each customer's rows by day
        int[] start = new int[customers + 1];
        for (int i = 0; i < rows; i++) {
            start[log.customer(i) + 1]++;
        }
        for (int c = 0; c < customers; c++) {
            start[c + 1] += start[c];
        }
        int[] fill = Arrays.copyOf(start, customers);
        long[] key = new long[rows];
        for (int i = 0; i < rows; i++) {
            key[fill[log.customer(i)]++] = ((long) (log.day(i) - minDay) << 32) | i;
        }
        int last = hold >= 0 ? hold : cal;
        List<String> ids = new ArrayList<>();
        int[] freq = new int[customers];
        double[] rec = new double[customers];
        double[] ag = new double[customers];
        double[] mean = new double[customers];
        int[] first = new int[customers];
        int[] hp = new int[customers];
        double[] hs = new double[customers];
        int n = 0;
        int late = 0;
        int txCount = 0;
        double unit = period.days();
        for (int c = 0; c < customers; c++) {
            Arrays.sort(key, start[c], start[c + 1]);
            int f = minDay + (int) (key[start[c]] >>> 32);
            if (f > cal) {
                late++;
                continue;
            }
            int x = 0;
            int lastCal = f;
            double repeatSpend = 0;
            int holdoutCount = 0;
            double holdoutValue = 0;
            int k = start[c];
            while (k < start[c + 1]) {
                int d = minDay + (int) (key[k] >>> 32);
                double value = 0;
                while (k < start[c + 1] && minDay + (int) (key[k] >>> 32) == d) {
                    value += log.amount((int) key[k]);
                    k++;
                }
                if (d > last) {
                    break;
                }
                txCount++;
                if (d == f) {
                    continue;
                }
                if (d <= cal) {
                    x++;
                    lastCal = d;
                    repeatSpend += value;
                } else {
                    holdoutCount++;
                    holdoutValue += value;
                }
            }
            ids.add(log.customerId(c));
            freq[n] = x;
            rec[n] = (lastCal - f) / unit;
            ag[n] = (cal - f) / unit;
            mean[n] = x > 0 && log.hasAmount() ? repeatSpend / x : Double.NaN;
            first[n] = f;
            hp[n] = holdoutCount;
            hs[n] = holdoutValue;
            n++;
        }
        int startDay = Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            startDay = Math.min(startDay, first[i]);
        }
        if (Arrays.stream(freq, 0, n).allMatch(x -> x == 0)) {
            throw new UserInputException(log.file() + ": no customer bought on two different days up to "
                    + "--calibration-end " + calibrationEnd + "; expected repeat buyers to fit the models (a first "
                    + "purchase is not a repeat, and purchases on the same day are one transaction)");
        }
        int[] weeklyFromStart = hold >= 0 ? weeklyRepeats(startDay, last, key, start, customers, minDay, cal) : new int[0];
        return new CustomerSummary(log.file(), period, List.copyOf(ids), Arrays.copyOf(freq, n), Arrays.copyOf(rec, n),
                Arrays.copyOf(ag, n), Arrays.copyOf(mean, n), Arrays.copyOf(first, n), Arrays.copyOf(hp, n),
                Arrays.copyOf(hs, n), weeklyFromStart, startDay, cal, hold, late, txCount,
                log.hasAmount());
    }

    /** Repeat transactions (distinct days after the first) of the included customers, by week from {@code startDay}. */
    private static int[] weeklyRepeats(int startDay, int last, long[] key,
                                    int[] start, int customers, int minDay, int cal) {
        int[] weekly = new int[(last - startDay) / 7 + 1];
        for (int c = 0; c < customers; c++) {
            int f = minDay + (int) (key[start[c]] >>> 32);
            if (f > cal) {
                continue;
            }
            int prev = f;
            for (int k = start[c]; k < start[c + 1]; k++) {
                int d = minDay + (int) (key[k] >>> 32);
                if (d > last) {
                    break;
                }
                if (d != prev) {
                    weekly[(d - startDay) / 7]++;
                    prev = d;
                }
            }
        }
        return weekly;
    }

    public String file() {
        return file;
    }

    public Period period() {
        return period;
    }

    public int size() {
        return frequency.length;
    }

    public String id(int i) {
        return ids.get(i);
    }

    public int frequency(int i) {
        return frequency[i];
    }

    public double recency(int i) {
        return recency[i];
    }

    public double age(int i) {
        return age[i];
    }

    /** Mean value of the repeat transactions; NaN without repeats or without an amount column. */
    public double meanSpend(int i) {
        return meanSpend[i];
    }

    public LocalDate firstPurchase(int i) {
        return LocalDate.ofEpochDay(firstDay[i]);
    }

    int firstDay(int i) {
        return firstDay[i];
    }

    public int holdoutPurchases(int i) {
        return holdoutPurchases[i];
    }

    public double holdoutSpend(int i) {
        return holdoutSpend[i];
    }

    public int[] frequencies() {
        return frequency.clone();
    }

    public double[] recencies() {
        return recency.clone();
    }

    public double[] ages() {
        return age.clone();
    }

    /** Repeat transactions of the summarised customers in each week from {@link #start()}; empty without a holdout. */
    public int[] weeklyRepeats() {
        return weeklyRepeats.clone();
    }

    public boolean hasHoldout() {
        return holdoutEnd >= 0;
    }

    public boolean hasAmount() {
        return hasAmount;
    }

    public LocalDate start() {
        return LocalDate.ofEpochDay(startDay);
    }

    int startDay() {
        return startDay;
    }

    public LocalDate calibrationEnd() {
        return LocalDate.ofEpochDay(calibrationEnd);
    }

    int calibrationEndDay() {
        return calibrationEnd;
    }

    /** The holdout end, or null. */
    public LocalDate holdoutEnd() {
        return holdoutEnd >= 0 ? LocalDate.ofEpochDay(holdoutEnd) : null;
    }

    /** The holdout length in periods (0 without a holdout). */
    public double holdoutLength() {
        return holdoutEnd >= 0 ? (holdoutEnd - calibrationEnd) / period.days() : 0;
    }

    /** Customers left out because their first purchase is after the calibration end. */
    public int lateCustomers() {
        return lateCustomers;
    }

    /** Distinct customer-days up to the last end date (calibration or holdout). */
    public int transactions() {
        return transactions;
    }

    public int repeatBuyers() {
        return (int) Arrays.stream(frequency).filter(x -> x > 0).count();
    }
}
