"""Strip HTML markup that a text saved from a web page still holds: tags, comments, entities.

Block tags (<p>, <br>, <div>, <li> ...) become line breaks so that paragraphs stay apart; other
tags, comments and scripts go; entities (&nbsp; &amp; &#8220;) become their characters. Each
distinct change is a repair with its count, so that no character goes without being accounted.
Only known HTML tag names are touched: "<十四五>" or "a < b" in a text stay as they are.
"""

from __future__ import annotations

import html
import re

_BLOCK_TAGS = (
    "p|br|div|li|ul|ol|tr|td|th|table|tbody|thead|h[1-6]|section|article|blockquote|hr|dd|dt|dl"
)
_INLINE_TAGS = (
    "a|span|strong|b|i|em|u|font|img|sup|sub|small|big|center|label|nobr|wbr|ins|del|s|strike|"
    "html|head|body|meta|link|title|header|footer|nav|figure|figcaption|iframe|input|button|form"
)
_BLOCK_RE = re.compile(rf"</?(?:{_BLOCK_TAGS})\b[^<>]*/?>", re.IGNORECASE)
_INLINE_RE = re.compile(rf"</?(?:{_INLINE_TAGS})\b[^<>]*/?>", re.IGNORECASE)
_DROPPED_RE = re.compile(
    r"<(script|style)\b[^<>]*>.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL
)
_ENTITY_RE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_TAG_NAME_RE = re.compile(r"</?\s*([A-Za-z0-9]+)")


def _log(repairs: list[dict], repair: str, before: str, after: str, count: int) -> None:
    repairs.append({"repair": repair, "before": before, "after": after, "count": count})


def strip_html(text: str) -> tuple[str, list[dict]]:
    """Return `text` without HTML markup, and the repairs (repair, before, after, count)."""
    if "<" not in text and "&" not in text:
        return text, []
    repairs: list[dict] = []
    dropped: dict[str, int] = {}
    for match in _DROPPED_RE.finditer(text):
        kind = f"<{match[1].lower()}>…" if match[1] else "<!--…-->"
        dropped[kind] = dropped.get(kind, 0) + 1
    for kind, count in sorted(dropped.items()):
        _log(repairs, "html_removed", kind, "", count)
    text = _DROPPED_RE.sub("", text)
    for pattern, after in ((_BLOCK_RE, "\n"), (_INLINE_RE, "")):
        names: dict[str, int] = {}
        for match in pattern.finditer(text):
            name = _TAG_NAME_RE.match(match.group())[1].lower()
            names[name] = names.get(name, 0) + 1
        for name, count in sorted(names.items()):
            _log(repairs, "html_tag_removed", f"<{name}>", after, count)
        text = pattern.sub(after, text)
    entities: dict[str, int] = {}
    for found in _ENTITY_RE.findall(text):
        if html.unescape(found) != found:
            entities[found] = entities.get(found, 0) + 1
    for found, count in sorted(entities.items()):
        _log(repairs, "html_entity_decoded", found, html.unescape(found), count)
    if entities:
        text = _ENTITY_RE.sub(lambda m: html.unescape(m.group()), text)
    return text, repairs
