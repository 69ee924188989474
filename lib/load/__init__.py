"""Load: corpus files in, the paragraphs table out.

sources (find pages: folder + manifest, page, .jsonl, .csv) -> encoding (decode) -> normalize
(character repairs) -> layout (a page into title, byline, heading, paragraph ... records) ->
corpus (the paragraphs table, the repairs table, the sources table). sentences is the one
sentence splitter of the project; inventory describes what was loaded (Table 1); comparison
chooses the groups a notebook compares when the user names none.
"""
