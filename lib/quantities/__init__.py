"""Quantities: text in, the figures a report states out (one row per value).

numerals (Chinese and Arabic numbers, units) -> indicators (value, unit, qualifier, kind,
subject, change of each figure) -> quantification (the corpus table, report cards, density).
"""
