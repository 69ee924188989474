"""Publish: tables and figures in, files and pages out.

results (write tables and figures), plots (matplotlib figures and word clouds) and time_plots
(figures over years) with fonts (the shipped CJK font), execute (run the notebooks, on the
project's corpus or another), site (static HTML of the executed notebooks).
"""
