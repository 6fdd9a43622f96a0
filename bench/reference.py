#!/usr/bin/env python3
"""NumPy reference for `campaignsim bench --algorithms-only`.

The same two workloads as io.campaignsim.bench.AlgorithmBench, written the way a data
scientist would write them with NumPy: vectorised over each batch ("day") of decisions, the
model updated once per batch.

  thompson  K = 5 Bernoulli arms, success rates 0.02 + 0.01 k, Beta(1, 1) priors.
  linucb    K = 5 arms, d = 10 features x = (1, z), z ~ N(0, I_9),
            true theta[a, j] = sin(1 + 0.7 a + 1.3 j (a + 1)) / sqrt(d),
            reward theta_a . x + N(0, 0.5^2), alpha = 1, ridge l2 = 1.

The true parameters are closed-form, not drawn, so both languages face the same problem and
their mean expected rewards agree within noise. Also times a per-round loop ("textbook")
version on fewer rounds, because that is how many notebooks write bandits.

Prints decisions per second (median of --runs) and the mean expected reward of the chosen arms;
--json FILE writes them for bench/run.sh. Exits 0 with a message when NumPy is missing.
"""
import argparse
import json
import statistics
import sys
import time

try:
    import numpy as np
except ImportError:  # the benchmark is optional; say so and succeed
    print("bench/reference.py: NumPy is not installed (e.g. apt-get install -y python3-numpy); skipping the "
          "Python reference.")
    sys.exit(0)

K = 5
D = 10
NOISE = 0.5
ALPHA = 1.0
L2 = 1.0


def rates():
    return 0.02 + 0.01 * np.arange(K)


def true_theta():
    a = np.arange(K)[:, None]
    j = np.arange(D)[None, :]
    return np.sin(1.0 + 0.7 * a + 1.3 * j * (a + 1)) / np.sqrt(D)


def argmax_random_ties(scores, rng):
    """Row-wise argmax with exact ties broken uniformly at random, as the Java side does."""
    best = scores.max(axis=1, keepdims=True)
    return np.where(scores == best, rng.random(scores.shape), -1.0).argmax(axis=1)


def thompson_batched(rounds, batch, rng):
    p = rates()
    succ = np.zeros(K)
    fail = np.zeros(K)
    expected = 0.0
    done = 0
    while done < rounds:
        b = min(batch, rounds - done)
        samples = rng.beta(1.0 + succ, 1.0 + fail, size=(b, K))
        arms = samples.argmax(axis=1)
        rewards = rng.random(b) < p[arms]
        expected += p[arms].sum()
        pulls = np.bincount(arms, minlength=K)
        wins = np.bincount(arms, weights=rewards, minlength=K)
        succ += wins
        fail += pulls - wins
        done += b
    return expected / rounds


def linucb_batched(rounds, batch, rng):
    theta = true_theta()
    A = np.stack([np.eye(D) * L2 for _ in range(K)])
    bvec = np.zeros((K, D))
    A_inv = np.linalg.inv(A)
    coef = np.zeros((K, D))
    pulls = np.zeros(K)
    expected = 0.0
    done = 0
    while done < rounds:
        n = min(batch, rounds - done)
        X = np.empty((n, D))
        X[:, 0] = 1.0
        X[:, 1:] = rng.standard_normal((n, D - 1))
        means = X @ coef.T                                  # (n, K)
        var = np.einsum('kni,ni->nk', X @ A_inv, X)         # x^T A_k^-1 x for every arm
        ucb = means + ALPHA * np.sqrt(var)
        # Arms without data have identical scores; a plain argmax would send all of them to the
        # lowest index and explore one arm a batch. Only then is the random tie-break needed.
        arms = argmax_random_ties(ucb, rng) if (pulls == 0).sum() > 1 else ucb.argmax(axis=1)
        pulls += np.bincount(arms, minlength=K)
        mean = np.einsum('ni,ni->n', X, theta[arms])
        r = mean + NOISE * rng.standard_normal(n)
        expected += mean.sum()
        for a in range(K):
            m = arms == a
            Xa = X[m]
            A[a] += Xa.T @ Xa
            bvec[a] += Xa.T @ r[m]
        A_inv = np.linalg.inv(A)
        coef = np.einsum('kij,kj->ki', A_inv, bvec)
        done += n
    return expected / rounds


def thompson_loop(rounds, batch, rng):
    p = rates()
    succ = np.zeros(K)
    fail = np.zeros(K)
    pend_s = np.zeros(K)
    pend_f = np.zeros(K)
    expected = 0.0
    for t in range(rounds):
        arm = int(np.argmax(rng.beta(1.0 + succ, 1.0 + fail)))
        expected += p[arm]
        if rng.random() < p[arm]:
            pend_s[arm] += 1
        else:
            pend_f[arm] += 1
        if (t + 1) % batch == 0:
            succ += pend_s
            fail += pend_f
            pend_s[:] = 0
            pend_f[:] = 0
    return expected / rounds


def linucb_loop(rounds, batch, rng):
    theta = true_theta()
    A = [np.eye(D) * L2 for _ in range(K)]
    bvec = [np.zeros(D) for _ in range(K)]
    A_inv = [np.linalg.inv(m) for m in A]
    coef = [np.zeros(D) for _ in range(K)]
    pulled = [0] * K
    unpulled = K
    expected = 0.0
    for t in range(rounds):
        x = np.concatenate(([1.0], rng.standard_normal(D - 1)))
        ucb = np.array([coef[a] @ x + ALPHA * np.sqrt(x @ A_inv[a] @ x) for a in range(K)])
        arm = int(np.argmax(ucb))
        if unpulled > 1:  # arms without data tie: pick among them at random, as the Java side does
            arm = int(rng.choice(np.flatnonzero(ucb == ucb[arm])))
        unpulled -= pulled[arm] == 0
        pulled[arm] += 1
        mean = theta[arm] @ x
        expected += mean
        A[arm] += np.outer(x, x)
        bvec[arm] += (mean + NOISE * rng.standard_normal()) * x
        if (t + 1) % batch == 0:
            A_inv = [np.linalg.inv(m) for m in A]
            coef = [A_inv[a] @ bvec[a] for a in range(K)]
    return expected / rounds


def timed(fn, rounds, batch, runs):
    fn(max(1, rounds // 10), batch, np.random.default_rng(0))  # warm-up, like the Java side
    rates_, rewards = [], []
    for r in range(runs):
        rng = np.random.default_rng(1 + r)
        t0 = time.perf_counter()
        reward = fn(rounds, batch, rng)
        rates_.append(rounds / (time.perf_counter() - t0))
        rewards.append(reward)
    return {"rounds": rounds, "batch": batch, "decisions_per_second": statistics.median(rates_),
            "min": min(rates_), "max": max(rates_), "mean_reward": statistics.fmean(rewards)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=1_000_000)
    ap.add_argument("--batch", type=int, default=1_000)
    ap.add_argument("--loop-rounds", type=int, default=20_000, help="rounds of the per-round loop versions")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--json", help="also write the figures to this file")
    a = ap.parse_args()
    results = {
        "numpy": np.__version__,
        "python": sys.version.split()[0],
        "thompson_batched": timed(thompson_batched, a.rounds, a.batch, a.runs),
        "linucb_batched": timed(linucb_batched, a.rounds, a.batch, a.runs),
        "thompson_loop": timed(thompson_loop, a.loop_rounds, a.batch, a.runs),
        "linucb_loop": timed(linucb_loop, a.loop_rounds, a.batch, a.runs),
    }
    print(f"python {results['python']}, numpy {results['numpy']}, median of {a.runs} runs")
    print(f"{'workload':22s} {'rounds':>12s} {'decisions/s':>16s} {'mean reward':>12s}")
    for name in ("thompson_batched", "linucb_batched", "thompson_loop", "linucb_loop"):
        r = results[name]
        print(f"{name:22s} {r['rounds']:12,d} {r['decisions_per_second']:16,.0f} {r['mean_reward']:12.5f}")
    if a.json:
        with open(a.json, "w") as f:
            json.dump(results, f, indent=2)


if __name__ == "__main__":
    main()
