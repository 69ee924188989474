"""Topics: the tokens table in, topic models and their diagnostics out.

documents (tokens into paragraph or sentence documents, document-term matrix) -> models (NMF,
LDA, topic terms and shares) -> coherence (NPMI, stability over refits, the choice of k).
"""
