package io.campaignsim.strategy.contextual;

import io.campaignsim.strategy.bandit.Arguments;

/**
 * One ridge regression per arm, the shared core of {@link LinUcb} and {@link LinTs}. Per arm
 * {@code A = l2 I + sum x x^T} and {@code b = sum r x} accumulate as outcomes are recorded (four
 * records at a time, {@link GramQueue}, with the bits of one at a time); at
 * {@link #commit()} each changed arm gets its committed inverse {@code M = A^-1} and
 * {@code theta = M b}, which select reads until the next commit.
 *
 * <p>How the inverse is kept (issue #20). An arm that received only a few records since the last
 * commit (at most d/4, below which a refactorisation, about d^3/2 multiply-adds, costs more than
 * the updates) gets one Sherman–Morrison update per record,
 * {@code M' = M - (M x)(M x)^T / (1 + x^T M x)}, d|S| + d^2 multiply-adds each for a context with
 * |S| non-zero features. Any other changed arm, and every arm after {@link #MAX_RANK_ONE_RUN}
 * consecutive rank-one commits, is refactorised from the accumulated {@code A} by Cholesky
 * ({@code A = L L^T}, {@code theta} by two triangular solves, {@code M = L^-T L^-1}): backward
 * stable, so the rounding that rank-one updates accumulate is wiped out at least every 64 commits
 * (an engine day commits thousands of records an arm, so there it always refactorises).
 *
 * <p>Why M rather than the v0.1 {@code L^-1}: the engine's features are mostly one-hot and
 * indicators, so a context has |S| of d non-zero features (about 17 of 27 in the bench
 * workload). The variance {@code x^T M x} over the non-zero features is |S|(|S|+1)/2
 * multiply-adds (153 rather than 378), while {@code |L^-1 x|^2} has to run over the whole
 * triangle below the first non-zero feature. Record skips the rows of zero features. {@link Scratch} gathers the non-zero features once
 * a decision and every arm reuses them for its mean, bound and variance (a context without zeros
 * takes contiguous loops with the same arithmetic).
 *
 * <p>For select to settle most decisions without any exact variance, commit also stores per arm
 * a diagonal interval {@code sum_i l_i x_i^2 <= x^T M x <= sum_i u_i x_i^2} (2|S| multiply-adds
 * against |S|(|S|+1)/2): with {@code w_i = sqrt(M_ii)} and {@code r_i = sum_{j != i} |M_ij| w_j / w_i},
 * {@code 2 |M_ij x_i x_j| <= |M_ij| (x_i^2 w_j / w_i + x_j^2 w_i / w_j)} bounds the off-diagonal part
 * by {@code sum_i r_i x_i^2}, so {@code u_i = M_ii + r_i} and {@code l_i = M_ii - r_i}. The same sum
 * {@code sum_i u_i x_i^2 >= sum |x_i||M_ij||x_j|} also bounds the rounding error of the
 * floating-point variance (at most {@code (|S| + 3) eps} times it) and of the two bound sums (at most
 * {@code (d + 2) eps} times it), so widening both ends by {@code 4e-9} times {@code u_i} makes the
 * interval hold for the floating-point variance of {@link #variance(int, Scratch)}, for any d below
 * about 10^6 and any context clear of underflow ({@link #clearOfUnderflow}; smaller ones take the
 * exact path): a choice made from the intervals is the choice exact scores give.
 */
final class RidgeArms {

    /** Relative diagonal jitter tried first if rounding makes A numerically indefinite. */
    private static final double FIRST_JITTER = 1e-12;
    private static final double LAST_JITTER = 1e-4;
    /** Upper bound / variance at the probe context above which select does not use an arm's interval. */
    private static final double LOOSEST_BOUND = 16;
    /** Consecutive commits by rank-one updates after which an arm is refactorised anyway. */
    static final int MAX_RANK_ONE_RUN = 64;

    /**
     * Per-thread scratch of one decision: the context's non-zero features (indices and values). Select is called concurrently from shard threads, so the
     * scratch cannot live in the (shared) bandit; one per thread, grown on demand, allocates
     * nothing per decision.
     */
    static final class Scratch {
        int[] index = new int[0];
        double[] value = new double[0];
        int nonZero;
        /** Every arm's committed mean and variance for the gathered context ({@link #scoreAll}). */
        double[] mean = new double[0];
        double[] variance = new double[0];
        /** The squares of the gathered values, and their sum {@code |x|^2}. */
        double[] square = new double[0];
        double norm;
        /** {@link #scoreBrackets}: the top of every arm's score. */
        double[] high = new double[0];
        /** {@link #scoreBrackets}: the bottom of every arm's score. */
        double[] low = new double[0];
        boolean[] exact = new boolean[0];
        /** The select's spreads, one an arm (LinearBandit). */
        double[] spread = new double[0];

        private Scratch ensure(int d, int arms) {
            if (index.length < d) {
                index = new int[d];
                value = new double[d];
                square = new double[d];
            }
            if (mean.length < arms) {
                mean = new double[arms];
                variance = new double[arms];
                high = new double[arms];
                low = new double[arms];
                exact = new boolean[arms];
                spread = new double[arms];
            }
            return this;
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private final int dimension;
    private final int arms;
    private final double l2;
    private final double[][] gram;
    /** Recorded outcomes not yet in {@link #gram} and {@link #moment} (flushed before either is read). */
    private final GramQueue queue;
    private final double[][] moment;
    /** Per arm, records since the last commit; their contexts while at most rankOneLimit. */
    private final int[] pending;
    private final double[][] pendingContexts;
    private final int rankOneLimit;
    /** Per arm, consecutive commits done by rank-one updates. */
    private final int[] rankOneRun;
    /** Per arm, the first context recorded since the last commit: commit checks the interval's tightness on it. */
    private final double[][] probe;
    /** Per arm, committed: whether the interval is tight enough for select to use it. */
    private final boolean[] bounded;
    /** Committed, per arm: {@code M = A^-1}, full d x d row-major (symmetric). */
    private final double[][] inverse;
    /** Committed, per arm: theta. */
    private final double[][] theta;
    /** Committed, per arm: the interval's coefficients u (upper) and l (lower), see the class comment. */
    private final double[][] upperC;
    private final double[][] lowerC;
    /** Committed, per arm: sqrt(max_i u_i) and sqrt(max(0, min_i l_i)), for {@link #scoreBrackets}'s bound from |x|^2 alone. */
    private final double[] rootUpper;
    private final double[] rootLower;
    /**
     * Committed, all arms interleaved for {@link #scoreAll}: M's lower triangle packed by rows,
     * entry (i, j <= i) of arm a at {@code (i(i+1)/2 + j) * arms + a}, and theta_j of arm a at
     * {@code j * arms + a}. One load of a feature then serves every arm, and the arms' sums are
     * independent chains (see {@link #scoreAll}).
     */
    private final double[] stackedInverse;
    private final double[] stackedTheta;
    /** Committed: how many arms have a usable interval. */
    private int boundedArms;
    /** Committed: the least u_i of any arm, for {@link #clearOfUnderflow}. */
    private double smallestUpper;
    private final double[] factor;
    private final double[] work;
    private final double[] lowerInverse;

    RidgeArms(int arms, int dimension, double l2) {
        this.arms = Arguments.atLeast("arms", arms, 1);
        this.dimension = Arguments.atLeast("dimension", dimension, 1);
        this.l2 = Arguments.positive("l2", l2);
        int d = dimension;
        int packed = d * (d + 1) / 2;
        gram = new double[arms][packed];
        queue = new GramQueue(arms, d);
        moment = new double[arms][d];
        pending = new int[arms];
        // Refactorising costs about d^3 / 2 multiply-adds (Cholesky, L^-1, M), a rank-one update about 2 d^2.
        rankOneLimit = d / 4;
        pendingContexts = new double[arms][rankOneLimit * d];
        rankOneRun = new int[arms];
        probe = new double[arms][d];
        bounded = new boolean[arms];
        inverse = new double[arms][d * d];
        theta = new double[arms][d];
        upperC = new double[arms][d];
        lowerC = new double[arms][d];
        rootUpper = new double[arms];
        rootLower = new double[arms];
        stackedInverse = new double[packed * arms];
        stackedTheta = new double[d * arms];
        factor = new double[d * d];
        work = new double[d];
        lowerInverse = new double[packed];
        for (int a = 0; a < arms; a++) {
            for (int j = 0; j < d; j++) {
                gram[a][diagonal(j)] = l2;
            }
            refit(a);
        }
        countBounded();
    }

    int arms() {
        return arms;
    }

    int dimension() {
        return dimension;
    }

    double l2() {
        return l2;
    }

    /** Checks a context passed to select (cheap: one comparison). */
    void checkContext(double[] context) {
        if (context.length != dimension) {
            throw new IllegalArgumentException(
                    "context length must be " + dimension + ", but was " + context.length);
        }
    }

    void record(int arm, double[] context, double reward) {
        checkOutcome(arm, context, reward);
        queue.add(arm, context, reward, gram[arm], moment[arm]);
        int d = dimension;
        int k = pending[arm]++;
        if (k < rankOneLimit) {
            System.arraycopy(context, 0, pendingContexts[arm], k * d, d);
        }
        if (k == 0) {
            System.arraycopy(context, 0, probe[arm], 0, d); // the first context since the last commit
        }
    }

    private void checkOutcome(int arm, double[] context, double reward) {
        Arguments.arm(arm, arms);
        checkContext(context);
        Arguments.finite("reward", reward);
        for (int i = 0; i < dimension; i++) {
            if (!Double.isFinite(context[i])) {
                throw new IllegalArgumentException(
                        "context[" + i + "] must be a finite number, but was " + context[i]);
            }
        }
    }

    /**
     * A batch of outcomes accumulated apart from the arms (a shard's day, on the shard's thread):
     * per arm the batch's own {@code sum x x^T} and {@code sum r x}, its count, its first contexts
     * (for rank-one updates, should the arm get few; the very first is also the probe). It reads only the
     * arms' immutable shape, so batches fill concurrently; {@link #absorb} adds one to the arms.
     */
    final class Outcomes implements ContextualBandit.Outcomes {
        private final double[][] gramSum = new double[arms][dimension * (dimension + 1) / 2];
        private final double[][] momentSum = new double[arms][dimension];
        private final int[] count = new int[arms];
        private final double[][] first = new double[arms][rankOneLimit * dimension];
        /** The batch's first context of each arm: the probe of the bound's tightness if it is the arm's first since the commit. */
        private final double[][] probeContext = new double[arms][dimension];
        private final GramQueue queue = new GramQueue(arms, dimension);

        @Override
        public void record(int arm, double[] context, double reward) {
            checkOutcome(arm, context, reward);
            queue.add(arm, context, reward, gramSum[arm], momentSum[arm]);
            int d = dimension;
            int k = count[arm]++;
            if (k < rankOneLimit) {
                System.arraycopy(context, 0, first[arm], k * d, d);
            }
            if (k == 0) {
                System.arraycopy(context, 0, probeContext[arm], 0, d);
            }
        }

        private RidgeArms outer() {
            return RidgeArms.this;
        }

        /** Brings arm {@code a}'s sums up to date. */
        private void flush(int a) {
            queue.flush(a, gramSum[a], momentSum[a]);
        }

        @Override
        public void clear() {
            queue.clear();
            for (int a = 0; a < arms; a++) {
                if (count[a] > 0) {
                    java.util.Arrays.fill(gramSum[a], 0.0);
                    java.util.Arrays.fill(momentSum[a], 0.0);
                    count[a] = 0;
                }
            }
        }
    }

    Outcomes newOutcomes() {
        return new Outcomes();
    }

    /** Adds the batch's outcomes to the pending ones, as if each had been recorded (sums grouped by batch), and clears it. */
    void absorb(ContextualBandit.Outcomes outcomes) {
        if (!(outcomes instanceof Outcomes o) || o.outer() != this) {
            throw new IllegalArgumentException("outcomes of another bandit");
        }
        int d = dimension;
        for (int a = 0; a < arms; a++) {
            int n = o.count[a];
            if (n == 0) {
                continue;
            }
            o.flush(a);
            queue.flush(a, gram[a], moment[a]); // the arm's own records came first
            double[] g = gram[a];
            double[] sum = o.gramSum[a];
            for (int i = 0; i < g.length; i++) {
                g[i] += sum[i];
            }
            double[] m = moment[a];
            for (int i = 0; i < d; i++) {
                m[i] += o.momentSum[a][i];
            }
            int k = pending[a];
            for (int r = 0; r < n && k + r < rankOneLimit; r++) {
                System.arraycopy(o.first[a], r * d, pendingContexts[a], (k + r) * d, d);
            }
            if (k == 0) {
                System.arraycopy(o.probeContext[a], 0, probe[a], 0, d);
            }
            pending[a] = k + n;
        }
        o.clear();
    }

    void commit() {
        commitArms();
        countBounded();
    }

    private void countBounded() {
        boundedArms = 0;
        smallestUpper = Double.POSITIVE_INFINITY;
        for (int a = 0; a < arms; a++) {
            boundedArms += bounded[a] ? 1 : 0;
            for (double u : upperC[a]) {
                smallestUpper = Math.min(smallestUpper, u);
            }
        }
    }

    private void commitArms() {
        for (int a = 0; a < arms; a++) {
            int n = pending[a];
            if (n == 0) {
                continue;
            }
            queue.flush(a, gram[a], moment[a]);
            if (n <= rankOneLimit && rankOneRun[a] < MAX_RANK_ONE_RUN) {
                rankOne(a, n);
                rankOneRun[a]++;
            } else {
                refit(a);
                rankOneRun[a] = 0;
            }
            pending[a] = 0;
        }
    }

    /** The scratch of the calling thread with {@code x}'s non-zero features gathered. */
    Scratch gather(double[] x) {
        Scratch s = SCRATCH.get().ensure(dimension, arms);
        int[] index = s.index;
        double[] value = s.value;
        double[] square = s.square;
        int n = 0;
        double norm = 0;
        for (int i = 0; i < dimension; i++) {
            // written every time, kept only when non-zero: no branch to mispredict on a one-hot pattern
            double xi = x[i];
            double sq = xi * xi;
            index[n] = i;
            value[n] = xi;
            square[n] = sq;
            norm += sq;
            n += xi != 0 ? 1 : 0;
        }
        s.nonZero = n;
        s.norm = norm;
        return s;
    }

    /** Committed {@code theta . x} over the gathered non-zero features of {@code s}. */
    double mean(int arm, Scratch s) {
        return dot(theta[arm], s);
    }

    private double dot(double[] w, Scratch s) {
        double[] value = s.value;
        int n = s.nonZero;
        double sum = 0;
        if (n == dimension) {
            for (int i = 0; i < n; i++) {
                sum += w[i] * value[i];
            }
            return sum;
        }
        int[] index = s.index;
        for (int p = 0; p < n; p++) {
            sum += w[index[p]] * value[p];
        }
        return sum;
    }

    /** Committed {@code x^T M x} over the gathered non-zero features of {@code s}. */
    double variance(int arm, Scratch s) {
        double[] m = inverse[arm];
        double[] value = s.value;
        int d = dimension;
        int n = s.nonZero;
        double sum = 0;
        if (n == d) {
            // dense context (index[p] == p): contiguous rows, no index loads
            for (int p = 0; p < d; p++) {
                int row = p * d;
                double off = 0;
                for (int q = 0; q < p; q++) {
                    off += m[row + q] * value[q];
                }
                double xp = value[p];
                sum += xp * (m[row + p] * xp + 2 * off);
            }
            return sum;
        }
        int[] index = s.index;
        for (int p = 0; p < n; p++) {
            int row = index[p] * d;
            double off = 0;
            for (int q = 0; q < p; q++) {
                off += m[row + index[q]] * value[q];
            }
            double xp = value[p];
            sum += xp * (m[row + index[p]] * xp + 2 * off);
        }
        return sum;
    }

    /** Whether any arm has an interval tight enough to decide with (see {@link #bounded}). */
    boolean anyBounded() {
        return boundedArms > 0;
    }

    /**
     * Whether the intervals hold for the context gathered in {@code s}: the class comment's
     * rounding argument is relative, and an operation whose result is subnormal may err by up to
     * 2^-1075 absolutely. With {@code |x|^2} and {@code min u * |x|^2} at least 2^-900, every
     * {@code sum_i u_i x_i^2} is too, and the absolute errors of the few hundred operations of a
     * variance and its bounds stay far below its 4e-9 widening (2^-928 at least). Below that
     * (contexts of size about 1e-136 and less with M of order 1) select takes the exact loop.
     */
    boolean clearOfUnderflow(Scratch s) {
        return s.norm >= 0x1p-900 && s.norm * smallestUpper >= 0x1p-900;
    }

    /** Whether every arm has an interval tight enough to decide with (for tests). */
    boolean allBounded() {
        return boundedArms == arms;
    }

    /**
     * Every arm's committed mean into {@code s.mean} (the sums of {@link #mean(int, Scratch)}) and
     * the ends of its score, {@code mean + spread * sqrt(variance)}, into {@code s.high} and
     * {@code s.low}:
     * <ul>
     *   <li>for an arm with a usable interval ({@link #bounded}) and a non-zero spread, from
     *       {@code |x|^2} alone: {@code mean + spread * sqrt(max u) * sqrt(|x|^2)} and the same with
     *       {@code min l}, the top from {@code max u} for a positive spread and from {@code min l}
     *       for a negative one (a LinTS draw). One square root a decision instead of one an arm:
     *       {@code sqrt(max u)} and {@code sqrt(min l)} are kept at commit. The product of the two
     *       rounded roots is within {@code 3 eps} of {@code sqrt(max u * |x|^2)}, which the
     *       interval's {@code 4e-9} widening (class comment) covers many times over, and
     *       multiplication by a spread (non-decreasing for a positive one, non-increasing for a
     *       negative one) and addition of the mean are monotone in floating point, so the exact
     *       score lies in {@code [low, high]};</li>
     *   <li>for any other arm, its exact score as both ends, and {@code s.exact} set: the mean for
     *       a zero spread, {@code mean + spread * sqrt(x^T M x)} for a loose interval. When two
     *       or more arms are loose, {@link #scoreAll} computes every arm's variance in one pass of
     *       independent chains, which costs less than one single-chain pass for each (the same
     *       doubles).</li>
     * </ul>
     */
    void scoreBrackets(Scratch s) {
        int loose = 0;
        for (int a = 0; a < arms; a++) {
            loose += s.spread[a] != 0 && !bounded[a] ? 1 : 0;
        }
        boolean together = loose >= 2;
        if (together) {
            scoreAll(s);
        } else {
            means(s);
        }
        double rootNorm = Math.sqrt(s.norm);
        int exactArms = 0;
        for (int a = 0; a < arms; a++) {
            double spread = s.spread[a];
            double mean = s.mean[a];
            double up = mean + spread * (rootUpper[a] * rootNorm);
            double down = mean + spread * (rootLower[a] * rootNorm);
            s.high[a] = spread > 0 ? up : down;
            s.low[a] = spread > 0 ? down : up;
            boolean exact = spread == 0 || !bounded[a];
            s.exact[a] = exact;
            exactArms += exact ? 1 : 0;
        }
        if (exactArms > 0) { // their exact scores, as both ends
            for (int a = 0; a < arms; a++) {
                if (s.exact[a]) {
                    double spread = s.spread[a];
                    double mean = s.mean[a];
                    double score = spread == 0 ? mean
                            : mean + spread * Math.sqrt(together ? s.variance[a] : variance(a, s));
                    s.high[a] = score;
                    s.low[a] = score;
                }
            }
        }
    }

    /** Every arm's {@link #mean(int, Scratch)}, the same sums, four arms at a time over {@link #stackedTheta}. */
    private void means(Scratch s) {
        int k = arms;
        int n = s.nonZero;
        int[] index = s.index;
        double[] value = s.value;
        double[] t = stackedTheta;
        boolean dense = n == dimension;
        int a = 0;
        for (; a + 4 <= k; a += 4) {
            if (k - a == 5) {
                break; // the last five together
            }
            double t0 = 0, t1 = 0, t2 = 0, t3 = 0;
            for (int p = 0; p < n; p++) {
                double xp = value[p];
                int tb = (dense ? p : index[p]) * k + a;
                t0 += t[tb] * xp;
                t1 += t[tb + 1] * xp;
                t2 += t[tb + 2] * xp;
                t3 += t[tb + 3] * xp;
            }
            s.mean[a] = t0;
            s.mean[a + 1] = t1;
            s.mean[a + 2] = t2;
            s.mean[a + 3] = t3;
        }
        if (k - a == 5) {
            double t0 = 0, t1 = 0, t2 = 0, t3 = 0, t4 = 0;
            for (int p = 0; p < n; p++) {
                double xp = value[p];
                int tb = (dense ? p : index[p]) * k + a;
                t0 += t[tb] * xp;
                t1 += t[tb + 1] * xp;
                t2 += t[tb + 2] * xp;
                t3 += t[tb + 3] * xp;
                t4 += t[tb + 4] * xp;
            }
            s.mean[a] = t0;
            s.mean[a + 1] = t1;
            s.mean[a + 2] = t2;
            s.mean[a + 3] = t3;
            s.mean[a + 4] = t4;
            return;
        }
        for (; a < k; a++) {
            s.mean[a] = dot(theta[a], s);
        }
    }

    /**
     * {@code arm}'s own variance interval for the context gathered in {@code s}: its upper end
     * {@code sum_i u_i x_i^2} ({@code upper}) or its lower end {@code max(0, sum_i l_i x_i^2)}.
     */
    double varianceEnd(int arm, Scratch s, boolean upper) {
        double[] c = upper ? upperC[arm] : lowerC[arm];
        int n = s.nonZero;
        double[] square = s.square;
        double bound = 0;
        if (n == dimension) {
            for (int i = 0; i < n; i++) {
                bound += c[i] * square[i];
            }
        } else {
            int[] index = s.index;
            for (int p = 0; p < n; p++) {
                bound += c[index[p]] * square[p];
            }
        }
        return Math.max(0, bound);
    }

    /**
     * Every arm's committed mean and variance for the gathered context, into {@code s.mean} and
     * {@code s.variance}: per arm the same sums in the same order as {@link #mean(int, Scratch)}
     * and {@link #variance(int, Scratch)}, so the same values to the last bit. For contexts whose
     * bound cannot prune (the engine's collinear features): the features are read once for four
     * arms at a time, and the four arms' sums are independent dependency chains the core overlaps,
     * where one arm at a time waits on a single chain and loads each feature once per arm. The arms
     * left over are taken five or two at a time, a last single arm by mean and variance (five arms: one pass of five chains, not a
     * pass of four and a second, single-chain pass for the fifth).
     */
    void scoreAll(Scratch s) {
        int k = arms;
        int a = 0;
        while (k - a >= 4) {
            if (k - a == 5) {
                scoreFive(s, a); // the last five together: a lone fifth arm would cost a whole pass on one chain
                return;
            }
            scoreFour(s, a);
            a += 4;
        }
        if (k - a >= 2) {
            scoreTwo(s, a);
            a += 2;
        }
        if (a < k) {
            s.mean[a] = mean(a, s); // one arm: the per-arm sums themselves
            s.variance[a] = variance(a, s);
        }
    }

    /** {@link #scoreAll} for arms {@code a .. a + 3}. */
    private void scoreFour(Scratch s, int a) {
        int k = arms;
        int n = s.nonZero;
        int[] index = s.index;
        double[] value = s.value;
        double[] m = stackedInverse;
        double[] t = stackedTheta;
        double t0 = 0, t1 = 0, t2 = 0, t3 = 0;
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (int p = 0; p < n; p++) {
            int ip = index[p];
            double xp = value[p];
            int tb = ip * k + a;
            t0 += t[tb] * xp;
            t1 += t[tb + 1] * xp;
            t2 += t[tb + 2] * xp;
            t3 += t[tb + 3] * xp;
            int row = ip * (ip + 1) / 2;
            double o0 = 0, o1 = 0, o2 = 0, o3 = 0;
            for (int q = 0; q < p; q++) {
                double xq = value[q];
                int b = (row + index[q]) * k + a;
                o0 += m[b] * xq;
                o1 += m[b + 1] * xq;
                o2 += m[b + 2] * xq;
                o3 += m[b + 3] * xq;
            }
            int db = (row + ip) * k + a;
            s0 += xp * (m[db] * xp + 2 * o0);
            s1 += xp * (m[db + 1] * xp + 2 * o1);
            s2 += xp * (m[db + 2] * xp + 2 * o2);
            s3 += xp * (m[db + 3] * xp + 2 * o3);
        }
        s.mean[a] = t0;
        s.mean[a + 1] = t1;
        s.mean[a + 2] = t2;
        s.mean[a + 3] = t3;
        s.variance[a] = s0;
        s.variance[a + 1] = s1;
        s.variance[a + 2] = s2;
        s.variance[a + 3] = s3;
    }

    /** {@link #scoreAll} for arms {@code a .. a + 4}. */
    private void scoreFive(Scratch s, int a) {
        int k = arms;
        int n = s.nonZero;
        int[] index = s.index;
        double[] value = s.value;
        double[] m = stackedInverse;
        double[] t = stackedTheta;
        double t0 = 0, t1 = 0, t2 = 0, t3 = 0, t4 = 0;
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0;
        for (int p = 0; p < n; p++) {
            int ip = index[p];
            double xp = value[p];
            int tb = ip * k + a;
            t0 += t[tb] * xp;
            t1 += t[tb + 1] * xp;
            t2 += t[tb + 2] * xp;
            t3 += t[tb + 3] * xp;
            t4 += t[tb + 4] * xp;
            int row = ip * (ip + 1) / 2;
            double o0 = 0, o1 = 0, o2 = 0, o3 = 0, o4 = 0;
            for (int q = 0; q < p; q++) {
                double xq = value[q];
                int b = (row + index[q]) * k + a;
                o0 += m[b] * xq;
                o1 += m[b + 1] * xq;
                o2 += m[b + 2] * xq;
                o3 += m[b + 3] * xq;
                o4 += m[b + 4] * xq;
            }
            int db = (row + ip) * k + a;
            s0 += xp * (m[db] * xp + 2 * o0);
            s1 += xp * (m[db + 1] * xp + 2 * o1);
            s2 += xp * (m[db + 2] * xp + 2 * o2);
            s3 += xp * (m[db + 3] * xp + 2 * o3);
            s4 += xp * (m[db + 4] * xp + 2 * o4);
        }
        s.mean[a] = t0;
        s.mean[a + 1] = t1;
        s.mean[a + 2] = t2;
        s.mean[a + 3] = t3;
        s.mean[a + 4] = t4;
        s.variance[a] = s0;
        s.variance[a + 1] = s1;
        s.variance[a + 2] = s2;
        s.variance[a + 3] = s3;
        s.variance[a + 4] = s4;
    }

    /** {@link #scoreAll} for arms {@code a} and {@code a + 1}. */
    private void scoreTwo(Scratch s, int a) {
        int k = arms;
        int n = s.nonZero;
        int[] index = s.index;
        double[] value = s.value;
        double[] m = stackedInverse;
        double[] t = stackedTheta;
        double t0 = 0, t1 = 0;
        double s0 = 0, s1 = 0;
        for (int p = 0; p < n; p++) {
            int ip = index[p];
            double xp = value[p];
            int tb = ip * k + a;
            t0 += t[tb] * xp;
            t1 += t[tb + 1] * xp;
            int row = ip * (ip + 1) / 2;
            double o0 = 0, o1 = 0;
            for (int q = 0; q < p; q++) {
                double xq = value[q];
                int b = (row + index[q]) * k + a;
                o0 += m[b] * xq;
                o1 += m[b + 1] * xq;
            }
            int db = (row + ip) * k + a;
            s0 += xp * (m[db] * xp + 2 * o0);
            s1 += xp * (m[db + 1] * xp + 2 * o1);
        }
        s.mean[a] = t0;
        s.mean[a + 1] = t1;
        s.variance[a] = s0;
        s.variance[a + 1] = s1;
    }

    /** Committed {@code theta . x}. */
    double mean(int arm, double[] x) {
        return mean(arm, gather(x));
    }

    /** Whether select decides with {@code arm}'s interval rather than its exact variance. */
    boolean bounded(int arm) {
        return bounded[arm];
    }

    /** The interval {@code {low, high}} around the floating-point {@link #variance} for {@code x} (see the class comment). */
    double[] varianceBounds(int arm, double[] x) {
        Scratch s = gather(x);
        return new double[] {varianceEnd(arm, s, false), varianceEnd(arm, s, true)};
    }

    /** Committed {@code x^T A^-1 x}, the ridge variance of theta . x per unit noise, as select computes it. */
    double variance(int arm, double[] x) {
        return variance(arm, gather(x));
    }

    double[] theta(int arm) {
        Arguments.arm(arm, arms);
        return theta[arm].clone();
    }

    /** Sherman–Morrison for each of the arm's {@code n} pending contexts, then theta and the bound. */
    private void rankOne(int arm, int n) {
        int d = dimension;
        double[] m = inverse[arm];
        double[] contexts = pendingContexts[arm];
        double[] mx = work;
        for (int r = 0; r < n; r++) {
            int base = r * d;
            // mx = M x over the non-zero entries of x; x^T M x from it
            java.util.Arrays.fill(mx, 0.0);
            double quad = 0;
            for (int i = 0; i < d; i++) {
                double xi = contexts[base + i];
                if (xi == 0) {
                    continue;
                }
                for (int j = 0; j < d; j++) {
                    mx[j] += m[j * d + i] * xi;
                }
            }
            for (int i = 0; i < d; i++) {
                quad += contexts[base + i] * mx[i];
            }
            double scale = 1 / (1 + quad);
            for (int i = 0; i < d; i++) {
                double f = mx[i] * scale;
                int row = i * d;
                for (int j = 0; j <= i; j++) {
                    m[row + j] -= f * mx[j];
                }
            }
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < i; j++) {
                    m[j * d + i] = m[i * d + j];
                }
            }
        }
        double[] b = moment[arm];
        for (int i = 0; i < d; i++) {
            double s = 0;
            int row = i * d;
            for (int j = 0; j < d; j++) {
                s += m[row + j] * b[j];
            }
            theta[arm][i] = s;
        }
        finish(arm);
    }

    private void refit(int arm) {
        factorise(gram[arm]);
        int d = dimension;
        double[] b = moment[arm];
        // L y = b
        for (int i = 0; i < d; i++) {
            double s = b[i];
            int row = i * d;
            for (int k = 0; k < i; k++) {
                s -= factor[row + k] * work[k];
            }
            work[i] = s / factor[row + i];
        }
        // L^T theta = y
        double[] t = theta[arm];
        for (int i = d - 1; i >= 0; i--) {
            double s = work[i];
            for (int k = i + 1; k < d; k++) {
                s -= factor[k * d + i] * t[k];
            }
            t[i] = s / factor[i * d + i];
        }
        invertFactor(lowerInverse);
        // M = L^-T L^-1: (i, j) sums over rows k >= max(i, j) of L^-1
        double[] m = inverse[arm];
        double[] li = lowerInverse;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int k = i; k < d; k++) {
                    int row = k * (k + 1) / 2;
                    s += li[row + i] * li[row + j];
                }
                m[i * d + j] = m[j * d + i] = s;
            }
        }
        finish(arm);
    }

    /** The interval's coefficients from the committed M, and whether it is worth using (on the probe context). */
    private void finish(int arm) {
        int d = dimension;
        double[] m = inverse[arm];
        for (int i = 0; i < d; i++) {
            int row = i * (i + 1) / 2;
            for (int j = 0; j <= i; j++) {
                stackedInverse[(row + j) * arms + arm] = m[i * d + j];
            }
            stackedTheta[i * arms + arm] = theta[arm][i];
        }
        double most = 0;
        double least = Double.POSITIVE_INFINITY;
        double[] w = work; // sqrt(M_jj), once
        for (int j = 0; j < d; j++) {
            w[j] = Math.sqrt(m[j * d + j]);
        }
        for (int i = 0; i < d; i++) {
            double mii = m[i * d + i];
            double wi = w[i];
            double r = 0;
            for (int j = 0; j < d; j++) {
                if (j != i) {
                    r += Math.abs(m[i * d + j]) * (w[j] / wi);
                }
            }
            // 4e-9 (u_i) covers the rounding of the variance ((|S| + 3) eps), of the bound sums
            // ((d + 2) eps) and of these coefficients, relative to sum u_i x_i^2 (class comment)
            double u = mii + r;
            upperC[arm][i] = u * (1 + 4e-9);
            lowerC[arm][i] = (mii - r) - 4e-9 * u;
            most = Math.max(most, upperC[arm][i]);
            least = Math.min(least, lowerC[arm][i]);
        }
        // sum u_i x_i^2 <= max u * |x|^2 and sum l_i x_i^2 >= min l * |x|^2; the rounding of |x|^2
        // ((|S| + 1) eps) fits in the same 4e-9 allowance
        rootUpper[arm] = Math.sqrt(most);
        rootLower[arm] = Math.sqrt(Math.max(0, least));
        // Correlated or collinear features (an intercept plus a full one-hot) can make the interval
        // loose by orders of magnitude, and then it would cost 2d multiply-adds an arm for nothing.
        // A loose interval only costs speed, never a changed choice, so one probe context suffices.
        Scratch s = gather(probe[arm]);
        double exact = variance(arm, s);
        double high = varianceEnd(arm, s, true);
        bounded[arm] = exact == 0 || high <= LOOSEST_BOUND * exact;
    }

    /** Index of the packed lower triangle's (j, j). */
    private static int diagonal(int j) {
        return j * (j + 1) / 2 + j;
    }

    /**
     * Cholesky of the packed lower triangle {@code a} into {@link #factor} (full d x d). A = l2 I + X^T X is
     * positive definite in exact arithmetic; should rounding make a pivot non-positive (l2 tiny
     * against large sums), retry with a growing diagonal jitter, which is a slightly larger l2.
     */
    private void factorise(double[] a) {
        int d = dimension;
        double maxDiagonal = 0;
        for (int j = 0; j < d; j++) {
            maxDiagonal = Math.max(maxDiagonal, a[diagonal(j)]);
        }
        double jitter = 0;
        while (!cholesky(a, jitter)) {
            jitter = jitter == 0 ? FIRST_JITTER * maxDiagonal : jitter * 10;
            if (jitter > LAST_JITTER * maxDiagonal) {
                throw new IllegalStateException("ridge matrix is not positive definite (non-finite contexts?)");
            }
        }
    }

    private boolean cholesky(double[] a, double jitter) {
        int d = dimension;
        double[] l = factor;
        for (int j = 0; j < d; j++) {
            int rowJ = j * d;
            double s = a[diagonal(j)] + jitter;
            for (int k = 0; k < j; k++) {
                s -= l[rowJ + k] * l[rowJ + k];
            }
            if (!(s > 0) || Double.isInfinite(s)) {
                return false;
            }
            double pivot = Math.sqrt(s);
            l[rowJ + j] = pivot;
            for (int i = j + 1; i < d; i++) {
                int rowI = i * d;
                double t = a[i * (i + 1) / 2 + j];
                for (int k = 0; k < j; k++) {
                    t -= l[rowI + k] * l[rowJ + k];
                }
                l[rowI + j] = t / pivot;
            }
        }
        return true;
    }

    /** {@code L^-1} (lower triangular) packed by rows, column by column by forward substitution. */
    private void invertFactor(double[] packed) {
        int d = dimension;
        double[] l = factor;
        for (int c = 0; c < d; c++) {
            // column c of L^-1: entries i >= c, solving L w = e_c
            for (int i = c; i < d; i++) {
                int rowI = i * d;
                double s = i == c ? 1 : 0;
                for (int k = c; k < i; k++) {
                    s -= l[rowI + k] * packed[k * (k + 1) / 2 + c];
                }
                packed[i * (i + 1) / 2 + c] = s / l[rowI + i];
            }
        }
    }
}
