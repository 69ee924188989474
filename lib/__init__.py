"""Helpers for the 成绩单 notebooks: load the corpus, segment it, count, compare, extract figures.

The folders follow the flow of data, one way: load (files -> paragraphs table) -> words (tokens,
frequencies, keyness) and quantities (the figures a report states) -> topics (models over
tokens) -> publish (tables, figures, notebooks, site). bulk runs the words step over archives
too large for memory. tables, paths, files and errors are the small helpers every step may use.
"""
