"""Words: the paragraphs table in, the tokens table and word statistics out.

dictionary (domain dictionary, stopwords) -> segment (tokens with POS and set-aside flags) ->
frequency (counts, shares, collocations), keyness (log-odds between groups), keywords (TF-IDF
and TextRank keywords of each document). segment.is_word is the one rule of what a word is.
"""
