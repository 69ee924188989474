"""Finish a figure's subject: list numbers and lone quotes off, a bare head given what it refers to.

lib.quantities.subjects reads a subject from the words around a figure; the rules here apply
to that reading once it is made:
- "7.实施…", "三、…": the number of a list item is not part of the subject;
- a quote mark whose partner was trimmed with the clause's start is restored or dropped
  (三类500强”项目 -> “三类500强”项目);
- a head that refers back (规模, 产值, 总投资, 总装机 ...) after a figure of the same sentence
  takes that figure's subject as modifier (林下经济面积达260万亩、产值达130亿元 -> 林下经济产值;
  引进项目1608个、总投资超1.6万亿元 -> 项目总投资);
- money raised for a purpose (筹措310亿元实施健康惠民工程) measures what it is for.
"""

from __future__ import annotations

import re

# The number of an item in a numbered list opening the clause (7.实施…, 10.发放…, 三、).
LIST_NUMBER = re.compile(r"^\s*(?:[0-9]{1,2}[.．、](?![0-9])|[一二三四五六七八九十]{1,3}、)")
# Heads that name a measure of something said just before (…收入增长4.6%，总量突破…).
# 总量, 总数, 总额, 总计, 总规模 and 总里程 name the stock itself: lib.quantities.figure_links
# (BACK_REFERENCE) reads them (新增上市公司9家，总数达到87家 -> 上市公司).
_REFERRING_HEAD = re.compile(
    r"(?:规模|投资总规模|总投资规模|数量|总投资|投资额|总产值|产值|总面积|面积|里程|总装机|装机容量|总容量|余额|交易额|销售额"
    r"|营业收入|营收)"
)
# Heads that name nothing alone, whose holder a report names in the clause before (电力工业建设，
# 五年投资二百亿元; 社办的农村工业，一九五九年的产值达到…).
BARE_HEAD = re.compile(r"投资|总投资|产值|总产值|产量|投入|支出|经费|年产能力|增长的?速度")
# What the figure before measured, less its own head and the verb of its novelty (新增发电装机).
_OWN_HEAD = re.compile(rf"(?:{_REFERRING_HEAD.pattern}|装机|个数|总?产量|人数)$")
_A_RATE = re.compile(r"(?:比重|比例|占比|率|增速|速度|增幅)$")
_NEWNESS = re.compile(r"^(?:新增|累计|新建|新开工|建成|完成)")
# Verbs of raising money, and what the money is then for (筹措310亿元实施健康惠民工程).
FUNDING_AT_END = re.compile(
    r"(?:筹措|筹集|投入|统筹|争取|整合|拨付|下达|安排|落实|拿出|拨出|兑现"
    r"|^(?:全国|全省|全市|全区|国家|中央|政府|今年|明年)?[将要拟共]?用)了?(?:资金)?$"
)  # 全国将用三十亿元建设职工住宅: money used for what follows
PURPOSE = re.compile(
    r"(?:资金|专项资金|经费)?(?:专项用于|用于|实施|支持|推进|建设|开展|保障|推动|改造|扶持|加强|完善|新建"
    r"|解决|设立|组建)(?!资金|经费|基金)"  # 安排30亿元建设资金: a kind of money, not a purpose
)


# A share of a part in its whole: the part's share is what is measured.
_PART_OF_WHOLE = re.compile(
    r".{0,12}(?:支出|收入|投资|总额|总值|总量|产值|增加值|预算|贷款|消费|人口|用电量|能源消费)中"
    r"(?P<part>[^中]{2,}(?:占比|比重|比例))"
)


def tidy(subject: str) -> str:
    """Return a subject without list numbering and with its quotes paired (“三类500强”项目)."""
    subject = re.sub(r"［[0-9]{1,2}］|\[[0-9]{1,2}\]", "", subject)  # 产业［2］: a footnote
    subject = LIST_NUMBER.sub("", subject).lstrip("”").rstrip("“")
    subject = re.sub(r"^在(.{4,})中$", r"\1", subject)  # 在…评价中排名全国第二: the ranking
    part = _PART_OF_WHOLE.fullmatch(subject)
    subject = part["part"] if part else subject  # 预算支出中民生支出占比 -> 民生支出占比
    if "”" in subject and "“" not in subject.split("”", 1)[0]:
        subject = "“" + subject  # the opening quote was trimmed with the clause's start
    while subject.count("“") > subject.count("”"):
        at = subject.rindex("“")  # an opening quote whose closing one is past the subject
        subject = subject[:at] + subject[at + 1 :]
    return subject


def referred(subject: str, before: str, counted: bool = False) -> str:
    """Return a bare referring head (产值, 总投资) with what the figure before measured; 投资
    only after a count of things (实施重大项目3600个、完成投资1万亿元: the projects' investment)."""
    refers = _REFERRING_HEAD.fullmatch(subject) or (subject == "投资" and counted)
    if not refers or not before or _A_RATE.search(before):
        return subject  # 投资比重由10.7%提高到14%，…总额: a total is not of a share
    base = _OWN_HEAD.sub("", _NEWNESS.sub("", before))
    if len(base) < 2 or _REFERRING_HEAD.search(base):
        return subject
    return base + subject
