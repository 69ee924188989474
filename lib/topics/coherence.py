"""How good and how stable topic models are (NPMI coherence, best-match stability), to choose k.

Both measures look only at each topic's top-N terms, so they work the same for NMF and LDA.
`choose_k_table` fits lib.topics.models models for a range of k and seeds and tabulates both.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from itertools import combinations

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.optimize import linear_sum_assignment

from lib.topics.models import converged, fit_topic_model, top_term_indices, topic_term_weights


def npmi_coherence(dtm: sparse.spmatrix | np.ndarray, top_terms: np.ndarray) -> np.ndarray:
    """Return each topic's mean NPMI over all pairs of its top terms (one value per row).

    NPMI(x, y) = ln(p(x, y) / (p(x) p(y))) / -ln p(x, y)  (Bouma 2009, "Normalized (pointwise)
    mutual information in collocation extraction", GSCL). Probabilities are document
    frequencies in the corpus itself: p(x) = share of documents containing x, p(x, y) = share
    containing both (the "boolean document" estimate of Röder, Both and Hinneburg 2015,
    "Exploring the space of topic coherence measures", WSDM), averaged over all unordered
    pairs of the top-N terms. Following Bouma, terms that never co-occur score -1 and terms
    that occur in every document score 1; no smoothing epsilon is added, so the values stay on
    Bouma's [-1, 1] scale.
    """
    top_terms = np.atleast_2d(np.asarray(top_terms))
    if top_terms.shape[1] < 2:
        raise ValueError("NPMI needs at least two top terms per topic; use top_n >= 2.")
    presence = sparse.csc_matrix(dtm) > 0
    n_docs = presence.shape[0]
    if n_docs == 0:
        raise ValueError("The document-term matrix has no rows; build it from a non-empty corpus.")
    coherence = np.empty(top_terms.shape[0])
    pairs = np.array(list(combinations(range(top_terms.shape[1]), 2)))
    for topic, terms in enumerate(top_terms):
        columns = presence[:, terms].astype(np.float64)
        together = (columns.T @ columns).toarray() / n_docs
        alone = np.diag(together)
        p_xy = together[pairs[:, 0], pairs[:, 1]]
        p_x = alone[pairs[:, 0]]
        p_y = alone[pairs[:, 1]]
        npmi = np.full(len(pairs), -1.0)
        always = p_xy >= 1.0
        npmi[always] = 1.0
        some = (p_xy > 0) & ~always
        npmi[some] = np.log(p_xy[some] / (p_x[some] * p_y[some])) / -np.log(p_xy[some])
        coherence[topic] = npmi.mean()
    return coherence


def _jaccard(a: frozenset, b: frozenset) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 1.0


def match_topics(
    run_a: Sequence[Collection[object]], run_b: Sequence[Collection[object]]
) -> pd.DataFrame:
    """Return the one-to-one topic matching (topic_a, topic_b, jaccard) maximising total overlap.

    Each run is a list of topics, each topic a collection of its top terms. The pairing
    maximises the summed Jaccard overlap (Hungarian algorithm, scipy's linear_sum_assignment),
    as in Greene, O'Callaghan and Cunningham 2014, "How many topics? Stability analysis for
    topic models" (ECML PKDD).
    """
    if len(run_a) != len(run_b) or not run_a:
        raise ValueError(
            f"Both runs need the same, non-zero number of topics; got {len(run_a)} and "
            f"{len(run_b)}. Compare runs fitted with the same k."
        )
    sets_a = [frozenset(topic) for topic in run_a]
    sets_b = [frozenset(topic) for topic in run_b]
    overlap = np.array([[_jaccard(a, b) for b in sets_b] for a in sets_a])
    rows, cols = linear_sum_assignment(overlap, maximize=True)
    return pd.DataFrame({"topic_a": rows, "topic_b": cols, "jaccard": overlap[rows, cols]})


def topic_stability(runs: Sequence[Sequence[Collection[object]]]) -> float:
    """Return the mean best-match Jaccard overlap of top terms over all pairs of runs (1 = same).

    A simplified form of Greene, O'Callaghan and Cunningham 2014: their agreement score matches
    topics by the Hungarian algorithm and averages the overlap, but compares ranked lists at
    every depth (average Jaccard) and a reference run against runs on resampled data. Here each
    topic is the plain set of its top-N terms and every pair of runs is compared.
    """
    if len(runs) < 2:
        raise ValueError(
            f"Stability compares runs with each other; got {len(runs)} run(s). "
            "Fit the model with at least two seeds (five or more is better)."
        )
    scores = [match_topics(a, b)["jaccard"].mean() for a, b in combinations(runs, 2)]
    return float(np.mean(scores))


def choose_k_table(
    dtm: sparse.spmatrix,
    ks: Iterable[int] = range(2, 9),
    seeds: Sequence[int] = (0, 1, 2, 3, 4),
    method: str = "nmf",
    top_n: int = 10,
    minibatch: bool = False,
    sample_fraction: float = 0.8,
) -> pd.DataFrame:
    """Return one row per k: k, method, coherence_npmi, stability, n_seeds, top_n, converged.

    Each seed fits a model on its own random sample of sample_fraction of the documents (with
    that seed), as Greene, O'Callaghan and Cunningham 2014 do. The sampling matters: NMF's
    NNDSVDa start barely depends on the seed, so NMF runs on the same documents agree almost
    by construction and their "stability" would measure nothing. coherence_npmi is the mean
    over seeds of the mean NPMI of every topic's top_n terms in the whole matrix
    (npmi_coherence); stability is the mean best-match Jaccard overlap of top terms over all
    pairs of seeds (topic_stability). converged is True when every NMF run stopped before
    max_iter, NA for LDA. Prefer a k that scores high on both.
    """
    if not 0 < sample_fraction <= 1:
        raise ValueError(f"sample_fraction must be in (0, 1], got {sample_fraction}.")
    seeds = list(seeds)
    n_docs = dtm.shape[0]
    sample_size = int(np.ceil(sample_fraction * n_docs))
    rows = []
    for k in sorted(set(ks)):
        runs, coherence, stopped = [], [], []
        for seed in seeds:
            sample = np.sort(np.random.default_rng(seed).permutation(n_docs)[:sample_size])
            model = fit_topic_model(dtm[sample], k, method=method, seed=seed, minibatch=minibatch)
            top = top_term_indices(topic_term_weights(model), top_n)
            runs.append([set(row) for row in top.tolist()])
            coherence.append(npmi_coherence(dtm, top).mean())
            stopped.append(converged(model))
        rows.append(
            {
                "k": k,
                "method": method,
                "coherence_npmi": float(np.mean(coherence)),
                "stability": topic_stability(runs),
                "n_seeds": len(seeds),
                "top_n": top_n,
                "converged": pd.NA if method == "lda" else all(stopped),
            }
        )
    table = pd.DataFrame(rows)
    table["converged"] = table["converged"].astype("boolean")
    return table


def stack_k_tables(tables: Sequence[pd.DataFrame]) -> pd.DataFrame:
    """Return several choose-k tables (one per method) as one, sorted by method then k."""
    return pd.concat(tables, ignore_index=True).sort_values(["method", "k"], ignore_index=True)


def recommended_k(table: pd.DataFrame) -> int:
    """Return the k of a choose-k table with the best rank sum of coherence and stability.

    Each k is ranked on coherence_npmi and on stability (1 = highest); the k with the lowest
    sum of the two ranks is recommended, ties going to the higher coherence, then the smaller
    k. So neither measure alone decides: coherence tends to rise with k on a large corpus
    while stability falls.
    """
    if table.empty or table["k"].duplicated().any():
        raise ValueError(
            "recommended_k needs the choose-k table of one method (one row per k); "
            "pass choose_k_table(...) for nmf or lda, not the stacked table"
        )
    ranks = table["coherence_npmi"].rank(ascending=False, method="min") + table["stability"].rank(
        ascending=False, method="min"
    )
    ranked = table.assign(rank_sum=ranks).sort_values(
        ["rank_sum", "coherence_npmi", "k"], ascending=[True, False, True]
    )
    return int(ranked["k"].iloc[0])


def fit_note(k: int, recommended: int, converged: bool | None) -> str:
    """Return one line saying which k was fitted, against the recommendation, and convergence."""
    source = "the recommendation" if k == recommended else f"set by hand; recommended {recommended}"
    state = {True: "converged", False: "did NOT converge (raise max_iter)", None: "has no test"}
    return f"k = {k} ({source}); the fit {state[converged]}"
