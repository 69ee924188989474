"""Load: corpus files in, the paragraphs table out.

sources (find pages: folder + manifest, page, .jsonl, .csv, .json; readers for their rows) ->
encoding (decode) -> markup (strip HTML) -> normalize (character repairs) -> lines (cut into
lines and paragraphs) -> body and boilerplate (label each line: heading, paragraph, chrome,
source line, page jump, speaker ...) -> layout (articles and sections of a page) -> corpus (the
paragraphs table, the repairs table, the sources table with warnings). sentences is the one
sentence splitter of the project; inventory describes what was loaded (Table 1, labels);
comparison chooses the groups a notebook compares when the user names none.
"""
