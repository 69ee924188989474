"""Helpers for the 成绩单 notebooks: load the corpus, segment it, count, compare, extract figures.

Data flows one way: lib.corpus -> lib.segment -> analyses (frequency, keyness, topics,
indicators) -> lib.results. Plots live in lib.plots, the CJK font in lib.fonts.
"""
