"""How much can any learner know about one customer's preferred weekday from their own opens?

The world (docs/model.md, WorldModel.WEEKDAY_BOOST): a contact is opened with probability r x 1.3 on
the customer's preferred weekday and r x (7 - 1.3) / 6 = r x 0.95 on the other six. An ideal
learner knows r and both factors exactly, keeps the exact Bayes posterior over the 7 weekdays and
rotates its sends over the 7 days (every weekday equally often: the most informative design for
telling the days apart). After its k-th send it would send at the posterior mode; the share of
customers whose mode is their true weekday is the best share on the true weekday any learner can
reach with k of the customer's own sends (up to the design). Prior: uniform (preferred weekdays
heterogeneous within the segment) or a segment's 60/20/20 over three days.

Run: python3 src/test/resources/personalisation/weekday_bound.py   (numpy; about 20 s)
Quoted in docs/personalisation.md ("Weekday", "Why a fixed weekday wins").
"""
import numpy as np

rng = np.random.default_rng(18)


def shares(n_sends, r, prior, m=100000):
    """Share of customers whose posterior mode is their true weekday after 1..n_sends sends."""
    p1, p0 = r * 1.3, r * (7 - 1.3) / 6
    true = rng.choice(7, size=m, p=prior)
    logp = np.tile(np.log(prior), (m, 1))
    first = rng.integers(0, 7, size=m)
    out = []
    for k in range(n_sends):
        d = (first + k) % 7
        on = d == true
        opened = rng.random(m) < np.where(on, p1, p0)
        # Only the sent day's hypothesis differs from the others: add the difference there.
        extra = np.where(opened, np.log(p1 / p0), np.log((1 - p1) / (1 - p0)))
        logp[np.arange(m), d] += extra
        out.append((logp.argmax(1) == true).mean())
    return np.array(out)


uniform = np.full(7, 1 / 7)
office = np.array([1e-4, 0.6, 0.2, 0.2, 1e-4, 1e-4, 1e-4])
office /= office.sum()
for r in (0.30, 0.45):
    for n in (20, 52, 104, 260):
        su = shares(n, r, uniform)
        so = shares(n, r, office)
        print(f"open rate {r:.2f}, {n:3d} sends: share at the true weekday after them: uniform prior {su[-1]:.3f}"
              f" (any fixed day 0.143; mean over the sends {su.mean():.3f}), 60/20/20 prior {so[-1]:.3f}"
              f" (the 60 % day 0.600; mean {so.mean():.3f})")
