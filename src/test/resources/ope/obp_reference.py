# Reference numbers for OffPolicyEvaluationTest, written from the Open Bandit Pipeline's formulas
# (obp/ope/estimators.py, estimators_tuning.py, helper.py), with numpy only.
import numpy as np
np.set_printoptions(precision=17)
action   = np.array([0, 1, 2, 1, 0, 2, 1, 0])
position = np.array([0, 0, 1, 1, 0, 1, 0, 1])   # OBP 0-based; our log: position + 1
reward   = np.array([1, 0, 0, 1, 0, 1, 1, 0], dtype=float)
pscore   = np.array([0.5, 0.25, 0.1, 0.4, 0.5, 0.004, 0.25, 0.3])
# evaluation policy pi(a | position): rows = position, cols = action
pi = np.array([[0.2, 0.3, 0.5], [0.6, 0.3, 0.1]])
n = len(action)
action_dist = np.zeros((n, 3, 2))
for i in range(n):
    for p in range(2):
        action_dist[i, :, p] = pi[p]
# a hand-set reward model q_hat(x_i, a, position)
q = np.array([[0.30, 0.10, 0.20], [0.25, 0.15, 0.05], [0.40, 0.20, 0.10], [0.35, 0.45, 0.15],
              [0.30, 0.10, 0.20], [0.20, 0.30, 0.60], [0.05, 0.50, 0.25], [0.10, 0.20, 0.30]])
est = np.zeros((n, 3, 2))
for p in range(2):
    est[:, :, p] = q
idx = np.arange(n)
iw = action_dist[idx, action, position] / pscore
qf = est[idx, action, position]
qpi = np.average(est[idx, :, position], weights=action_dist[idx, :, position], axis=1)
ips = (reward * iw).mean()
snips = (reward * iw).mean() / iw.mean()
dm = qpi.mean()
dr = (qpi + iw * (reward - qf)).mean()
def switch(lam): return qpi + np.array(iw <= lam, dtype=int) * iw * (reward - qf)
def dros(lam):
    iw_hat = (lam * iw) / (iw**2 + lam) if lam < np.inf else iw
    return qpi + iw_hat * (reward - qf)
def mse(rounds, iw_hat, delta=0.05):
    var = np.var(rounds) / n
    bias = np.abs(((iw - iw_hat) * (reward - qf)).mean())
    bias += np.sqrt((2 * (iw**2).mean() * np.log(2 / delta)) / n)
    bias += (2 * iw.max() * np.log(2 / delta)) / (3 * n)
    return var + bias**2
grid = [0, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000, np.inf]
sw = {l: mse(switch(l), iw * np.array(iw <= l, dtype=int)) for l in grid}
do = {l: mse(dros(l), (l * iw) / (iw**2 + l) if l < np.inf else iw) for l in grid}
tau = min(sw.items(), key=lambda x: x[1])[0]
lam = min(do.items(), key=lambda x: x[1])[0]
print("iw", iw)
print("ips %.17g snips %.17g dm %.17g dr %.17g" % (ips, snips, dm, dr))
print("switch tau=1 %.17g, tau=2.5 %.17g" % (switch(1).mean(), switch(2.5).mean()))
print("dros lam=1 %.17g, lam=10 %.17g" % (dros(1).mean(), dros(10).mean()))
print("tuned tau", tau, "%.17g" % switch(tau).mean(), "tuned lambda", lam, "%.17g" % dros(lam).mean())
