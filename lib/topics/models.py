"""Topic models (主题模型): NMF / LDA on a document-term matrix, and their tables.

The flow in a notebook: lib.topics.documents (`build_documents`, `document_term_matrix`) ->
lib.topics.coherence `choose_k_table` (coherence and stability for each k) ->
`fit_topic_model` -> `topic_terms` / `label_topics` and `document_topics` / `topic_shares`.

Every fit is reproducible byte for byte: fixed seeds, a deterministic NMF start (NNDSVDa), and
BLAS limited to one thread while fitting and transforming, so that the order of floating-point
sums cannot depend on the machine's core count.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.decomposition import NMF, LatentDirichletAllocation, MiniBatchNMF
from sklearn.exceptions import ConvergenceWarning
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.pipeline import Pipeline
from threadpoolctl import threadpool_limits

from lib.topics.documents import DOCUMENT_KEYS

TOPIC_PREFIX = "topic_"
DEFAULT_MAX_ITER = {("nmf", False): 1000, ("nmf", True): 200, ("lda", False): 50, ("lda", True): 20}


def fit_topic_model(
    dtm: sparse.spmatrix,
    k: int,
    method: str = "nmf",
    seed: int = 0,
    minibatch: bool = False,
    max_iter: int | None = None,
) -> Pipeline:
    """Return a fitted pipeline: TF-IDF then NMF (method="nmf") or LDA on counts ("lda").

    minibatch=True switches to the large-corpus variants, MiniBatchNMF and online LDA, which
    visit the documents in batches of 2048. max_iter defaults to 1000 (NMF), 200 epochs
    (MiniBatchNMF), 50 passes (LDA) or 20 passes (online LDA). scikit-learn's
    ConvergenceWarning is caught, because a warning would break the notebooks' exact output
    comparison; ask `converged(model)` instead.
    """
    n_docs, n_terms = dtm.shape
    if method not in ("nmf", "lda"):
        raise ValueError(f'method must be "nmf" or "lda", got {method!r}.')
    if not isinstance(k, (int, np.integer)) or k < 1:
        raise ValueError(f"k (the number of topics) must be a positive integer, got {k!r}.")
    if n_docs < k:
        raise ValueError(
            f"k={k} topics need at least {k} documents, but the matrix has {n_docs}; use a "
            'smaller k, or unit="sentence" in build_documents() to get more, shorter documents.'
        )
    if n_terms < k:
        raise ValueError(
            f"k={k} topics need at least {k} terms, but the vocabulary has {n_terms}; use a "
            "smaller k or a lower min_df."
        )
    if max_iter is None:
        max_iter = DEFAULT_MAX_ITER[(method, minibatch)]
    if method == "nmf":
        common = {"n_components": k, "init": "nndsvda", "random_state": seed, "max_iter": max_iter}
        factoriser = MiniBatchNMF(batch_size=2048, **common) if minibatch else NMF(**common)
        model = Pipeline([("tfidf", TfidfTransformer()), ("nmf", factoriser)])
    else:
        lda = LatentDirichletAllocation(
            n_components=k,
            learning_method="online" if minibatch else "batch",
            batch_size=2048,
            max_iter=max_iter,
            random_state=seed,
        )
        model = Pipeline([("lda", lda)])
    with threadpool_limits(limits=1), warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model.fit(dtm)
    return model


def converged(model: Pipeline) -> bool | None:
    """Return whether an NMF fit stopped before max_iter; None for LDA (no convergence test)."""
    factoriser = model[-1]
    if isinstance(factoriser, LatentDirichletAllocation):
        return None
    return bool(factoriser.n_iter_ < factoriser.max_iter)


def top_term_indices(components: np.ndarray, top_n: int) -> np.ndarray:
    """Return a (topics, top_n) array of term indices, heaviest first, ties by lower index.

    The tie rule makes the result independent of how argsort breaks ties; with a vocabulary
    sorted by term, a lower index is the alphabetically earlier term.
    """
    components = np.asarray(components)
    if components.ndim != 2:
        raise ValueError(
            f"components must be a 2-D (topics x terms) array, got shape {components.shape}."
        )
    n_terms = components.shape[1]
    if not 1 <= top_n <= n_terms:
        raise ValueError(
            f"top_n={top_n} must be between 1 and the vocabulary size ({n_terms} terms); "
            "lower top_n or lower min_df to keep more terms."
        )
    term_index = np.arange(n_terms)
    # lexsort sorts by the last key first: weight descending, then term index ascending.
    order = [np.lexsort((term_index, -row))[:top_n] for row in components]
    return np.vstack(order)


def topic_term_weights(model: Pipeline) -> np.ndarray:
    """Return the (topics x terms) weights, each row as shares of the topic's total weight.

    Shares make NMF and LDA weights read the same way (for LDA they are the topic's word
    distribution).
    """
    components = model[-1].components_
    totals = components.sum(axis=1, keepdims=True)
    return np.divide(components, totals, out=np.zeros_like(components), where=totals > 0)


def topic_terms(model: Pipeline, vocabulary: Sequence[str], top_n: int = 10) -> pd.DataFrame:
    """Return the top terms of each topic: topic, rank (1 = heaviest), term, weight.

    weight is the term's share of the topic's total weight; ties go to the earlier term.
    Terms with zero weight are left out, so a degenerate topic can list fewer than top_n.
    """
    weights = topic_term_weights(model)
    if weights.shape[1] != len(vocabulary):
        raise ValueError(
            f"The model has {weights.shape[1]} terms but the vocabulary {len(vocabulary)}; pass "
            "the vocabulary returned with the matrix the model was fitted on."
        )
    top = top_term_indices(weights, min(top_n, len(vocabulary)))
    vocabulary = np.asarray(vocabulary, dtype=object)
    table = pd.DataFrame(
        {
            "topic": np.repeat(np.arange(top.shape[0]), top.shape[1]),
            "rank": np.tile(np.arange(1, top.shape[1] + 1), top.shape[0]),
            "term": vocabulary[top.ravel()],
            "weight": np.take_along_axis(weights, top, axis=1).ravel(),
        }
    )
    return table[table["weight"] > 0].reset_index(drop=True)


def label_topics(topic_terms_df: pd.DataFrame, labels: Mapping[int, str]) -> pd.DataFrame:
    """Return topic_terms with a human `label` column: topic, label, rank, term, weight."""
    topics = sorted(int(t) for t in topic_terms_df["topic"].unique())
    unlabelled = [t for t in topics if not str(labels.get(t, "")).strip()]
    unknown = sorted(set(labels) - set(topics))
    if unlabelled or unknown:
        raise ValueError(
            f"Every topic needs a non-empty label and only existing topics may be labelled: "
            f"missing labels for topics {unlabelled}, labels for unknown topics {unknown}. "
            f"The topics are {topics}; read their top terms and give each a label."
        )
    labelled = topic_terms_df.assign(label=topic_terms_df["topic"].map(labels))
    columns = ["topic", "label", "rank", "term", "weight"]
    return labelled[columns].sort_values(["topic", "rank"]).reset_index(drop=True)


def document_topics(model: Pipeline, dtm: sparse.spmatrix, docs: pd.DataFrame) -> pd.DataFrame:
    """Return one row per document: its keys, n_terms, and topic_0 .. topic_{k-1} as shares.

    Shares sum to 1 per document. A document with no term in the vocabulary (all its terms
    fell below min_df) or with zero weight on every topic gets NaN shares, because LDA would
    otherwise report its prior as if it were evidence.
    """
    if dtm.shape[0] != len(docs):
        raise ValueError(
            f"The matrix has {dtm.shape[0]} rows but there are {len(docs)} documents; pass the "
            "documents the matrix was built from."
        )
    with threadpool_limits(limits=1), warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        weights = np.asarray(model.transform(dtm), dtype=np.float64)
    in_vocabulary = np.asarray(dtm.sum(axis=1)).ravel()
    totals = weights.sum(axis=1, keepdims=True)
    usable = (totals[:, 0] > 0) & (in_vocabulary > 0)
    shares = np.full_like(weights, np.nan)
    shares[usable] = weights[usable] / totals[usable]
    keys = [c for c in ("doc_id", *DOCUMENT_KEYS, "sentence") if c in docs.columns]
    table = docs[keys].reset_index(drop=True)
    table["n_terms"] = in_vocabulary.astype(np.int64)
    topic_columns = [f"{TOPIC_PREFIX}{i}" for i in range(weights.shape[1])]
    return pd.concat([table, pd.DataFrame(shares, columns=topic_columns)], axis=1)


def topic_shares(doc_topics: pd.DataFrame, by: str | Sequence[str] = "section") -> pd.DataFrame:
    """Return the mean topic share per group, long: <by columns>, topic, share, n_documents.

    Documents with NaN shares (nothing in the vocabulary) are left out of both the mean and
    n_documents. Rows are sorted by group, then topic.
    """
    by = [by] if isinstance(by, str) else list(by)
    missing = [c for c in by if c not in doc_topics.columns]
    if missing:
        raise ValueError(
            f"Cannot group by {missing}: not a column of the document-topics table "
            f"(columns: {list(doc_topics.columns)})."
        )
    topic_columns = [c for c in doc_topics.columns if c.startswith(TOPIC_PREFIX)]
    usable = doc_topics.dropna(subset=topic_columns)
    long = usable.melt(id_vars=by, value_vars=topic_columns, var_name="topic", value_name="share")
    long["topic"] = long["topic"].str.removeprefix(TOPIC_PREFIX).astype(np.int64)
    grouped = long.groupby([*by, "topic"], sort=True)["share"]
    table = grouped.agg(share="mean", n_documents="size").reset_index()
    return table


def auto_labels(topic_terms_df: pd.DataFrame, n_terms: int = 3) -> dict[int, str]:
    """Return {topic: "term·term·term"}, labels made of each topic's heaviest terms.

    For a corpus whose topics nobody has read yet; a notebook replaces them by human labels.
    """
    top = topic_terms_df.sort_values(["topic", "rank"]).groupby("topic").head(n_terms)
    return {int(t): "·".join(g["term"]) for t, g in top.groupby("topic", sort=True)}


def terms_side_by_side(labelled: pd.DataFrame) -> pd.DataFrame:
    """Return a wide table of topic terms: a row per rank, a column per topic label."""
    cells = labelled["term"] + " (" + labelled["weight"].map("{:.3f}".format) + ")"
    wide = labelled.assign(cell=cells).pivot(index="rank", columns="label", values="cell")
    order = labelled.drop_duplicates("topic").sort_values("topic")["label"]
    return wide.reindex(columns=order).fillna("").rename_axis(columns="topic")


def shares_wide(
    shares: pd.DataFrame, labels: Mapping[int, str], by: str = "section"
) -> pd.DataFrame:
    """Return topic shares as a table: a row per topic (labelled), a column per group of `by`."""
    named = shares.assign(topic=shares["topic"].map(labels))
    return named.pivot(index="topic", columns=by, values="share").round(2)
