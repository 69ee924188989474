"""Recognise the lines of a page that are not its text: web-page chrome, source and date lines,
newspaper page-jump markers, the speaker's name, and photo captions without brackets.

Each is a record of its own kind (see lib.load.layout.RECORD_KINDS), never a heading or part of
a paragraph. The lists are built for the genre (government and newspaper web pages in Chinese),
not for one site: a line is chrome only when every word of it is a control of a web page.
"""

from __future__ import annotations

import re

CJK_CHAR = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"

# The controls and links of a web page around an article (download, print, font size, share,
# navigation), as government and newspaper sites word them; a chrome line holds only these.
CHROME_WORDS = frozenset(
    """
    下载 打印 全屏 收藏 关闭 关闭窗口 关闭本页 打印本页 打印此页 打印文章 打印正文 返回 返回顶部
    返回首页 返回列表 回到顶部 顶部 字号 字体 加大 还原 减小 默认 放大 缩小 标准 分享 分享到 分享至
    分享到微信 分享到微博 分享到QQ空间 分享到朋友圈 微信 微博 朋友圈 QQ空间 QQ好友 扫一扫
    扫一扫在手机打开当前页 扫一扫在手机上查看当前页面 手机打开 手机版 用手机扫描二维码 二维码 首页
    上一篇 下一篇 上一条 下一条 相关报道 相关链接 相关阅读 相关新闻 相关文章 相关文件 延伸阅读
    网站地图 联系我们 我要纠错 纠错 视力保护色 无障碍 无障碍浏览 长者模式 关怀版 简体 繁体 繁體
    简体版 繁體版 English 登录 注册 搜索 索引号 附件下载 打印页面 点赞 评论 收藏本页 稿件
    """.split()
)
# Words that are chrome only next to other chrome (字号 大 中 小), and separators.
_CHROME_IF_NEIGHBOURED = frozenset("大 中 小 A A+ A- T".split())
_CHROME_SPLIT_RE = re.compile(r"[\s【】\[\]|｜/、·•:：>＞»›→,，()（）]+")
_BREADCRUMB_RE = re.compile(
    r"^(?:首页|当前位置|您的位置|你的位置|您现在的位置|你现在的位置|您所在的位置)\s*[:：>＞»›→]"
)
_BREADCRUMB_SEPARATORS_RE = re.compile(r"\s[>＞»›→]\s|\s?[>＞»›→]\s?")
# Source, date and byline lines of a web page: 来源：北京日报 时间：2026-02-02, 责任编辑：王某.
_SOURCE_LABELS = (
    "来源|信息来源|稿件来源|文章来源|新闻来源|出处|发布时间|发布日期|发表时间|时间|日期|作者|"
    "编辑|责任编辑|责编|编审|审核|审校|校对|摄影|浏览次数|浏览量|阅读量|点击数|点击量"
)
_SOURCE_LINE_RE = re.compile(
    r"^[【\[（(]?\s*(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*)?"
    rf"(?:{_SOURCE_LABELS})\s*[:：]"
)
_DATE_ONLY_RE = re.compile(
    r"^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$"
)
SOURCE_LINE_MAX_CHARS = 80
# Newspaper page-jump markers: （上接第4版）, 下转7版, (紧接A1版).
_JUMP_CORE = (
    r"(?:上接|下转|转下|接上|紧接|接第|转第|转至|续第)\s*第?\s*"
    r"[0-9０-９一二三四五六七八九十A-Za-z]{1,3}\s*(?:版|页|面)"
)
PAGE_JUMP_RE = re.compile(
    rf"[（(【\[]\s*{_JUMP_CORE}[^（）()【】\[\]]{{0,12}}[）)】\]]|^{_JUMP_CORE}|{_JUMP_CORE}$"
)
# The speaker of a report: 北京市市长 殷勇, 自治区主席 韦 韬, 国务院总理 (name on the next line).
_ROLES = r"(?:副?总理|代?省长|代?市长|代?主席|州长|县长|区长|盟长|旗长|镇长|乡长)"
_NAME = rf"(?:{CJK_CHAR}[\s\u3000]*){{2,4}}"
_SPEAKER_RE = re.compile(rf"^{CJK_CHAR}{{0,14}}{_ROLES}(?:[\s\u3000]+{_NAME})?$")
# Office and name without a space (自治区人民政府主席包钢) only in front matter: in the body such a
# line may be a heading (推进城区长效管理).
_SPEAKER_UNSPACED_RE = re.compile(rf"^{CJK_CHAR}{{1,14}}{_ROLES}{_NAME}$")
_NAME_ONLY_RE = re.compile(rf"^{_NAME}$")
# A photo credit without brackets at the end of a caption: 本报记者 戴冰摄, 记者 刘尚文 摄.
_CREDIT_RE = re.compile(
    rf"(?:记者|摄影|通讯员|記者|攝影|通訊員)\s*(?:{CJK_CHAR}{{2,4}}[\s、]*)+\s*(?:摄|攝)$"
    rf"|(?:摄影|攝影)\s*[:：]\s*{CJK_CHAR}{{2,4}}$"
)
# A caption under the photo of the speaker: 张某作政府工作报告。
_DELIVERS_REPORT_RE = re.compile(r"作[^。，]{0,8}报告[。.]$")
# The salutation that opens a speech: 各位代表：, 同志们！; what comes before it is front matter.
SALUTATION_RE = re.compile(r"^(?:各位代表|代表们|同志们|各位委员|各位同志)[^。]{0,12}?[：:！!，,]")
FRONT_MATTER_MAX_LINES = 40
# Placeholders that MediaWiki's editor leaves in a page when a button is pressed on no text.
WIKI_PLACEHOLDERS = frozenset(
    {"粗体文字", "斜体文字", "链接标题", "标题文字", "在此插入非格式文本"}
)


def chrome_words(line: str) -> list[str]:
    """Return the words of `line` between separators and brackets (empty for punctuation only)."""
    return [w for w in _CHROME_SPLIT_RE.split(line) if w]


def is_chrome(line: str, *, neighboured: bool = False) -> bool:
    """Return whether `line` is web-page chrome: controls, share links, breadcrumbs.

    With `neighboured` (a chrome line is next to it), a line of only punctuation or of the
    font-size letters (大 中 小) is chrome too.
    """
    if _BREADCRUMB_RE.match(line) and len(line) <= SOURCE_LINE_MAX_CHARS and "。" not in line:
        return True
    words = chrome_words(line)
    if not words:
        return neighboured and len(line) <= 4
    # 大 中 小 are chrome beside 字号, on the same line or the next.
    sized = neighboured or any(w in CHROME_WORDS for w in words)
    allowed = CHROME_WORDS | _CHROME_IF_NEIGHBOURED if sized else CHROME_WORDS
    if all(w in allowed or w.startswith(("分享到", "扫一扫")) for w in words):
        return True
    # A breadcrumb: 首页 > 政务公开 > 政府工作报告
    return (
        words[0] == "首页"
        and len(line) <= SOURCE_LINE_MAX_CHARS
        and bool(_BREADCRUMB_SEPARATORS_RE.search(line))
    )


def is_source_line(line: str) -> bool:
    """Return whether `line` names the source, date, author or editor of a web page."""
    if len(line) > SOURCE_LINE_MAX_CHARS or "。" in line:
        return False
    return bool(_SOURCE_LINE_RE.match(line) or _DATE_ONLY_RE.match(line))


def is_page_jump(line: str) -> bool:
    """Return whether `line` is only a newspaper page-jump marker (（上接第4版）, 下转7版)."""
    match = PAGE_JUMP_RE.fullmatch(line.strip())
    return match is not None


def split_page_jumps(line: str) -> list[str]:
    """Return `line` cut into its page-jump markers and the text around them, in order."""
    pieces, start = [], 0
    for match in PAGE_JUMP_RE.finditer(line):
        pieces += [line[start : match.start()], match.group()]
        start = match.end()
    pieces.append(line[start:])
    return [p.strip() for p in pieces if p.strip()]


def is_speaker(line: str, *, front_matter: bool = False) -> bool:
    """Return whether `line` names the speaker by office (北京市市长 殷勇, 国务院总理)."""
    if len(line) > 24:
        return False
    return bool(_SPEAKER_RE.match(line) or (front_matter and _SPEAKER_UNSPACED_RE.match(line)))


def is_name_only(line: str) -> bool:
    """Return whether `line` is two to four Chinese characters alone: a name, in front matter."""
    return bool(_NAME_ONLY_RE.match(line))


def is_credited_caption(line: str) -> bool:
    """Return whether `line` ends with a photo credit without brackets (本报记者 戴冰摄)."""
    return len(line) <= 120 and bool(_CREDIT_RE.search(line))


def is_report_caption(line: str) -> bool:
    """Return whether `line` is a caption saying who delivers the report (某某作政府工作报告。)."""
    return len(line) <= 60 and bool(_DELIVERS_REPORT_RE.search(line))


def front_matter_end(texts: list[str]) -> int:
    """Return the index of the salutation (各位代表：) among the first lines, or 0 if none."""
    for index, text in enumerate(texts[:FRONT_MATTER_MAX_LINES]):
        if SALUTATION_RE.match(text):
            return index
    return 0
