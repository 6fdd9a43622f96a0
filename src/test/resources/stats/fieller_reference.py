# Reference values for FiellerIntervalTest (scipy 1.17, numpy 2.4; not run by the build).
# Fieller's 95 % set for mean(x)/mean(y) from paired rows, found two ways: the roots of the
# quadratic, and a brute-force scan of theta over the t-test of mean(x - theta*y) = 0.
import numpy as np
from scipy import stats

def fieller(x, y, level=0.95):
    x, y = np.asarray(x, float), np.asarray(y, float)
    n = len(x)
    t = stats.t.ppf((1 + level) / 2, n - 1)
    S = np.cov(np.vstack([x, y]), ddof=1)
    mx, my = x.mean(), y.mean()
    a = my**2 - t**2 * S[1, 1] / n
    b = mx * my - t**2 * S[0, 1] / n
    c = mx**2 - t**2 * S[0, 0] / n
    if a <= 0:
        return mx / my, "unbounded"
    r = np.sqrt(b * b - a * c)
    return mx / my, ((b - r) / a, (b + r) / a)

def scan(x, y, lo, hi, level=0.95):
    x, y = np.asarray(x, float), np.asarray(y, float)
    inside = [th for th in np.linspace(lo, hi, 200001)
              if stats.ttest_1samp(x - th * y, 0).pvalue >= 1 - level]
    return min(inside), max(inside)

uplift  = [120.0, 95.0, 143.0, 80.0, 110.0, 131.0, 99.0, 104.0]
holdout = [1010.0, 980.0, 1050.0, 940.0, 1001.0, 1043.0, 975.0, 990.0]
print("bounded", fieller(uplift, holdout))
print("scan   ", scan(uplift, holdout, 0.0, 0.3))
noisy_x = [5.0, -3.0, 8.0, 1.0, -6.0]
noisy_y = [4.0, -5.0, 6.0, -2.0, 3.0]
print("unbounded", fieller(noisy_x, noisy_y))
