"""Quantities: text in, the figures a report states out (one row per value).

numerals (Chinese and Arabic numbers, units) -> spans (where a figure is, its value and unit)
-> subjects (what it measures) -> indicators (one row per figure: value, unit, qualifier,
bound, kind, subject, change, reference) -> quantification (the corpus table with document
columns, report cards, density); evaluation scores the reader on hand-labelled sentences.
"""
