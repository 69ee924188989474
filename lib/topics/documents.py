"""Documents for topic models: paragraphs or sentences as bags of word tokens, and their matrix.

`build_documents` turns the tokens table into one row per document (a record, or a sentence of
it); `document_term_matrix` counts their terms over a vocabulary sorted by code point, so
the matrix is the same on every run.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer

from lib.load.sentences import is_sentence_end
from lib.tables import require_columns
from lib.words.segment import is_word

REQUIRED_TOKEN_COLUMNS = (
    "page_id",
    "article_id",
    "section",
    "para_id",
    "position",
    "token",
    "is_stopword",
    "is_number",
    "is_punct",
)
DOCUMENT_KEYS = ("page_id", "article_id", "section", "para_id")


def build_documents(tokens: pd.DataFrame, unit: str = "para", min_terms: int = 1) -> pd.DataFrame:
    """Return one row per document (a paragraph or a sentence) with its word tokens as `terms`.

    Columns: doc_id, page_id, article_id, section, para_id, [sentence], terms (tuple of str),
    n_terms. unit="sentence" splits each record's token sequence after every token that is a
    sentence end (lib.load.sentences.is_sentence_end: 。！？；, ASCII !?;), judged by the token
    text because is_punct does not tell 。 from ，; use it when a corpus has too few paragraphs
    for a topic model (the seed corpus has about thirty). Terms are the word tokens
    (lib.words.segment.is_word). Documents with fewer than min_terms terms are dropped.
    """
    if unit not in ("para", "sentence"):
        raise ValueError(f'unit must be "para" or "sentence", got {unit!r}.')
    require_columns(tokens, REQUIRED_TOKEN_COLUMNS, "the tokens table", "lib.words.segment.segment")
    if tokens.empty:
        raise ValueError(
            "The tokens table is empty, so there are no documents to model; check that the "
            "paragraphs table was filtered to non-empty text before segmenting."
        )
    ordered = tokens.sort_values(["page_id", "para_id", "position"], kind="mergesort")
    ordered = ordered.reset_index(drop=True)
    text = ordered["token"].astype(object).to_numpy()
    # Classify each distinct token once; str methods of pyarrow-backed strings use RE2, whose
    # \w does not match Chinese characters, so plain Python predicates are used instead.
    codes, distinct = pd.factorize(text)
    new_record = (ordered["page_id"] != ordered["page_id"].shift()) | (
        ordered["para_id"] != ordered["para_id"].shift()
    )
    record = new_record.cumsum()
    keys = list(DOCUMENT_KEYS)
    if unit == "sentence":
        final = np.array([is_sentence_end(str(t)) for t in distinct], dtype=bool)
        is_final = pd.Series(final[codes])
        starts_sentence = new_record | is_final.shift(fill_value=False)
        sentence_count = starts_sentence.cumsum()
        first_of_record = sentence_count.where(new_record).ffill()
        ordered["sentence"] = (sentence_count - first_of_record).astype(np.int64)
        document = sentence_count
        keys.append("sentence")
    else:
        document = record

    is_term = is_word(ordered).to_numpy()
    words = ordered.loc[is_term, keys].assign(_document=document[is_term].to_numpy())
    terms = text[is_term]
    starts = np.flatnonzero(np.diff(words["_document"].to_numpy(), prepend=-1))
    table = words.iloc[starts][keys].reset_index(drop=True)
    table["terms"] = [tuple(chunk) for chunk in np.split(terms, starts[1:])]
    table["n_terms"] = np.diff(np.append(starts, len(terms))).astype(np.int64)
    table = table[table["n_terms"] >= min_terms].reset_index(drop=True)
    if table.empty:
        raise ValueError(
            f"No document has at least {min_terms} word token(s) after dropping stopwords, "
            "numbers and punctuation; check the is_stopword flags or lower min_terms."
        )
    table.insert(0, "doc_id", np.arange(len(table), dtype=np.int64))
    return table


def _terms(document: tuple[str, ...]) -> tuple[str, ...]:
    """Return a document's terms as they are: documents are already bags of word tokens."""
    return document


def document_term_matrix(
    docs: pd.DataFrame, min_df: int | float = 2
) -> tuple[sparse.csr_matrix, list[str]]:
    """Return (counts, vocabulary): a documents x terms CSR count matrix and its sorted terms.

    scikit-learn's CountVectorizer on the terms as they are. Rows follow `docs` row order. A
    term is kept if it occurs in at least min_df documents (an int is a count, a float in
    (0, 1] a share of documents). The vocabulary is sorted by code point, so column order
    never depends on the order terms were first seen.
    """
    if docs.empty:
        raise ValueError("There are no documents; build them with build_documents(tokens) first.")
    if isinstance(min_df, float) and not 0 < min_df <= 1:
        raise ValueError(f"A float min_df is a share of documents in (0, 1], got {min_df}.")
    vectorizer = CountVectorizer(analyzer=_terms, lowercase=False, min_df=min_df, dtype=np.int64)
    try:
        counts = vectorizer.fit_transform(docs["terms"])
    except ValueError as error:  # no term left: say how far min_df is from the data
        seen = CountVectorizer(analyzer=_terms, lowercase=False, binary=True)
        largest = (
            seen.fit_transform(docs["terms"]).sum(axis=0).max() if docs["n_terms"].any() else 0
        )
        raise ValueError(
            f"No term occurs in at least min_df={min_df} documents (largest document frequency: "
            f'{int(largest)}); lower min_df or use longer documents (unit="para").'
        ) from error
    counts = counts.tocsr()
    counts.sort_indices()  # CountVectorizer renumbers columns after sorting the vocabulary
    return counts, vectorizer.get_feature_names_out().tolist()
