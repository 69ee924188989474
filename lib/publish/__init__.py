"""Publish: tables and figures in, files and pages out.

results (write tables and figures: safe names, atomic, inside their folder), plots (matplotlib
figures and word clouds) and time_plots (figures over years) with fonts (the shipped CJK font),
execute (run the notebooks, on the project's corpus or another) with parameters (what each
notebook takes, checked before a run) and run_folder (the output folder: never the project,
writable, locked, emptied of an earlier run), site (static HTML of the executed notebooks).
"""
