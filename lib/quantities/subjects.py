"""Read what a figure measures (its subject) from the words around it: a rule-based reading.

The subject is the noun phrase before the figure's verb (海洋生产总值 in 海洋生产总值增长3.9%),
with time words, comparison words and verbs trimmed. Three forms take their subject elsewhere:
- a distributive list, "A、B(等)…分别 x、y": each figure takes its own item with the shared
  head noun (城镇、农村居民人均可支配收入分别增长x、y -> 城镇居民人均可支配收入, 农村…);
- a figure after a verb of making (创建7个国家物流枢纽): the noun after the figure;
- a circumstance, "在…的情况下增长12%": the subject before 在, not 情况下.
"""

from __future__ import annotations

import re

from lib.quantities.subject_heads import LIST_NUMBER

SUBJECT_MAX = 20
_SUBJECT_HEAD = re.compile(
    r"^(?:其中|此外|另外|同时|并且?|还|已经?|共有|现有|共|累计|今年起|明年起|积极|全年|今年以来|今年|去年|一年来|当年|目前|截至目前|拟安排|拟"
    r"|前三季度|上半年|下半年|全市(?!性)|全省(?!性)|全区(?!性)|全县|全州|[0-9]{4}年(?:以来)?|预计|现在|在?本年度?内?|又"
    r"|这五年|五年来|三年来|连续(?:多|[0-9一二三四五六七八九十两]{1,2})年|[一二三四五六七八九〇○零]{4}年|[0-9]{4}年|[一二三四五]年[来内]?|而且|而|但是|但|这个|这些|即|这[座一种项批家所条位]?|于|将"
    r"|为此|它|虽然|即使|使(?![用命馆者得])|让|要求|计划规定|我们要|我们|我国|则|也要|还要|就能|也|要|再|为|不仅|按可比口径"
    r"|力争|争取|确保|努力|首次|进一步|同年|同期|当时|其后|结果|因此|所以|从而|同口径|可比口径"
    r"|在[^，,；;。在]{0,8}?(?:初期|中期|末期|期间|时期|过去|以来|之后|之前|以后|以前|当中|中间)"
    r"(?:[一二三四五六七八九十两]{1,2}年)?[中内]?|间(?![接隔歇])"
    r"|第?[一二三四]季度|[0-9一二三四五六七八九十]{1,3}月份?|[0-9]{1,2}月(?:份|末|底)?"
    r"|(?:全国)?平均每人|每人平均|[以按][^，,；;。]{1,8}计算|在[^，,；;。在]{0,4}[年月期]内"
    r"|按可比价格计算|扣除(?:物价上涨|价格)因素(?:后)?|剔除价格因素|（[一二三四五六七八九十]+）"
    r"|[一二三四五六七八九十]是|(?:前|近)?(?:[一二三四五六七八九十两]{1,2}|[0-9]{1,2})年(?:来|间|中|内)?)+"
)
_SUBJECT_TAIL = re.compile(
    r"(?:同比|比上年同期|比上年|比去年|年均|平均|分别|累计|共计|共|合计|总计|达到|达|为|是|了|的"
    r"|拟按|拟安排|安排|稳定在|保持在|控制在|预期|预计|力争|争取|目标为|目标|计划|拟|跃居|稳居|位列|排在|基本建成|(?:建成)?投产|建成|新开工|开工|竣工|基本"
    r"|总|仅|突破|实现|完成|超过|到|至|在|有|占|每|全国|全省|全市|世界|排名|位居|居|连续"
    r"|将|已|也|又|还|再|可能|进一步|就可以|可以|(?<![成造迁])就|(?<![人天英干奇专帅秀])才|至少|能够|仍?以|继续|持续|仍然|仍|依然|始终|力求|应该|要求|要|只|平均每年|每年|三年来|五年来|在今年|今年"
    r"|首次|首度|再次|历史性地?|微|(?<!战)略|小幅|大幅度?|稳步|明显|较快|快速|平稳|逐步|不断|有所|完工"
    r"|去年|上年|当年|本年|明年|大约|不过|只有|仅有|相应地|第?[一二三四]季度|[0-9一二三四五六七八九十]{1,3}月份?"
    r"|则|又比去年同期|比去年同期|又比上年|共取得|取得|(?:前|近)?[一二三四五六七八九十两]{1,3}年(?:间|来|中|内)?|实际|连年|一般|(?<!人)均|约|或者|已经|虽然|大概|(?<![占之入])比|共?收到|共收|拟定|只?需要?|将?等于|都|就能"
    r"|在?(?:[一二三四五六七八九〇○零]{4}|[0-9]{4})年(?:[底末]|间)?|(?<![去今明上本当前])在?(?:年[底末内]|年度内)|现行|各"
    r"|每(?:人|户|生|月|季度|天|日)|首次|首度|净|仅售|只售|售价|(?:力争)?(?:迈上|跨上|跨越|迈入)|提前|提早|再?延长|(?<=[员者户])中|已经?发展)+$"
)
# A verb that opens the clause (新建5G基站, 惠及群众) is not part of what is counted.
_LEADING_VERB = re.compile(
    r"^(?:(?:继续|大力|进一步|积极|计划|全年)?(?:新建改扩建|新改扩建|改扩建|新建改建|新建改造|新改建|新开工|新建|建成(?!区)|完成"
    r"|实现|筹集|筹措|新?购置"
    r"|建设(?!用地|规模|资金|投资|项目|[^，,；;。]{0,3}$)|种植|开行|惠及|发放|引进|实施|化解|接待|办理"
    r"|再减少|再|增加|减少|扫除|补助|严守|淘汰|共?取得|追回|挽回|已有|已经有了|有了|投用|投运|整治|清理|关闭|退出"
    r"|培育|创建|帮助|扶持|认定|开通|改造|打造|组织|举办|开展|推动|推进|带动|吸纳|新培育|新认定|被评为|荣获|获评"
    r"|提出|抓好|抓紧|获得|争取|争创|扩大|扩建|提升|消除|出台)"
    r"(?:[并及、]|和(?!美))?)+"  # 新建和美乡村: 和美 is a word, not "and"
)
# A verb inside the clause after which the counted thing is named (财政安排专项资金, 拥有执业医师).
_INNER_VERB = re.compile(
    r"^(?:.{2,}?(?:安排|拥有|落实|推动|带动|促进|(?:制定|修订|出台|颁布|取消|撤销|下放|关闭|退出|淘汰)[并和及、]?)+"
    r"|.*?把)(?=.{2,}$)"
)
# What the figure is compared with, at the end of its clause (经济总量比2012年翻一番).
_COMPARED_AT_END = re.compile(
    r"(?:比|较|是)(?:[0-9０-９]{4}年|[一二三四五六七八九〇○零]{4}年|上一?年|去年|同期|全国|全省"
    r"|“?十[一二三四五]五”?|(?:年度|原定|原)?计划)[末底初]?(?:预计数)?[的多少]?$"
)
_LONG_SUBJECT_JOINT = re.compile(r"与")
# Heads that say nothing without what comes before their 的 (用于普及教育的经费, 所占的比重).
_GENERIC_HEAD = re.compile(
    r"(?:总|单位面积|支出|平均)?(?:经费|投资|支出|总额|产值|产量|收入|工资)|指标|款项|投资|支出|比重|比例|份额|资金|总额|规模|数量|人数|收入|投入|产值|产量|事业费|购买力|费用|金额"
    r"|生产|增长速度|速度|工资|纯收入|马力|(?:覆盖|参保|受益)人数|消费水平|周转量|货物周转量|旅客周转量|[货客]运量|造价|亩产量|亩产|头数|只数|年产能力"
)
# Nouns of counted units that need their 的 modifier (同我国建交的国家, 扭亏为盈的企业).
_COUNTED_HEAD = re.compile(
    r"从业人员|国家|企业|单位|地区|城市|农户|人员|学校|项目|学生|职工|家庭|县|村|户"
)
# Where a clipped subject may start: after 的 or 、 (a list item: 清收各类资金), before 用于 or an
# opening quote, not inside a word; not at 和, which would drop one of two coordinated
# modifiers (农村和贫困地区学生).
_WORD_BREAK = re.compile(r"的|、|(?=用于|对于|“)")
# Characters that end a word and cannot start one (财政性教育经费 clipped to 性教育经费).
_BOUND_ENDINGS = "性化型式者率度类级们等所"
_SHARE_OF = re.compile(r"(?P<holder>[^占]{2,})占(?!有)[^占]+?的?(?:比重|比例|份额)")
# 用于行政经费的支出占本年支出的7.34%: the share is of what stands before 占.
_SHARE_OF_WHOLE = re.compile(r"(?P<holder>[^占]{2,}?)(?:所|共|将|只|仅|约)?占(?!有)[^占]{2,}")
# A clause that states a share or multiple of the figure before it (占规划总投资的65.5%,
# 等于一九四九年的八点五倍): the same subject, and what follows the verb is the reference.
SHARE_OF_PREVIOUS = re.compile(
    r"(?:也|还|都|就|大体|大约|大致)?(?:即|共|约|仅|只|已|将|均|分别)?(?:占|等于|相当于|(?:恢复|回升|回落)(?:到|至)|是|为)"
    r"(?P<reference>[^，,；;。]*?)的"
)
# Verbs of making or serving: the figure after them counts the noun that follows it.
# Verbs of action that take the counted thing as their object (取消1195个行政审批事项).
_ACTION_VERBS = (
    "制定|修订|修改|出台|颁布|取消|撤销|下放|精简|合并|清理|关闭|关停|淘汰|退出|停建|缓建|化解|处置|查处"
    "|使用|利用|支持|扶持|包括|涵盖|覆盖|发射|出访|访问|增产|生产|推广|转移|安排|设|建|有|共有|其中有|还有|增加"
    "|引导|组织|动员|表彰|奖励|录取|招收|招聘|选派|派出|审结|审理|收回|追回|挽回|节约|节省|减少"
    "|发行|增发|筹集|下达|拨付"
)
_MAKING = (
    r"新?创建|创成|建成|新建|建设|新增|培育|引进|打造|开通|新开|开行|改造|推出|设立|认定|获批|招引|落地"
    r"|开工|竣工|投产|解决|帮助|惠及|带动|吸纳|举办|开展|接待|办理|受理|建立|形成|拥有|新认定|新培育"
    r"|完善|提升|完善提升|优化|提质|升级|帮扶|精准帮扶|完成|累计|共|实施|组建|创办|种植|栽植|造林|培训|救助|资助|安置|发放|减免|新设|上市|签约|设置|废止|引导|裁减"
)
MAKING_VERBS = re.compile(rf"(?:{_MAKING}|{_ACTION_VERBS})了?$")
# A lead that is only adverbs, a verb and a preposition (也要再减少, 始终不懈地把, 向) names no
# subject: what is counted comes after the figure.
_ADVERBS = (
    r"始终不懈地|坚定不移地|持续|努力|力争|也要|还要|就能|就将|要|也|还|再|又|已经?|将|就|都|共|累计"
    r"|进一步|继续|全力|可以|能够|能|在|为此|今年|全年|去年|同时"
)
VERB_FRAGMENT = re.compile(
    rf"(?:{_ADVERBS})*(?:{_ACTION_VERBS}|{_MAKING})*了?(?:[向对给同把将使让用]|至于)?"
)
# What a counted noun after a figure may not start with: a verb of what those counted do.
_VERB_START = re.compile(
    r"(?:领取|需要|受益|重新|提前|参保|参加|实现|实行|享受|获得|得到|启动|开展|用于|达到|完成|增加|增长|提高|下降|减少|以上"
    r"|左右|没有|未|不|被|落户|扩大|上升|降低|降至|升至|提升|增至|减至|缩小|缩短|入学|入选|纳入|通过|进入|摆脱|就近|返乡|上岗|转岗|就业(?!困难|见习|岗位|人员|补贴|服务|惠民|创业))"
)
# What may not start the noun after a figure: prepositions and verbs (1600余人从青岛出入境).
_NOT_A_NOUN_START = re.compile(
    r"(?!在建|在校|在园|在职|在读|在岗|在册|在营)[从在到至由被向对把将比是为的了等和及与或以、左右多余0-9—~～-]"
    r"|并(?!购)|连续"  # 突破40万亿元并连续多年居世界首位: a verb of the same subject follows
)
_CIRCUMSTANCE = re.compile(
    r"在[^，,；;。]*?(?:的)?(?:情况|背景|前提|形势|条件)下|在[^，,；;。]*?基础上"
)
_NOUN_ENDS = re.compile(
    r"实现|享受|参与|参加|获得|得到|受益|和|不(?![动良锈])|全[国省市区](?=第|前|首)|整合|合并为|优化为|将(?![军领士])|全面(?=[完建推实开])|在(?!建|校|园|职|读|岗|册|营)|为|是|都|也|已|启动|开展|发放|领取|需要|依法|进入|纳入|达到|落户|就近|返乡|应该|必须|可以|能够"
    r"|用于|实施|办理|提供|追回|到|进展|[通用住]了|有了|协同|联动|加快|加速|提速|大提速|分别|保持|全线|正式|顺利|贯通|[住用喝通走过]上|接受|完成|开始|从事|加入|搬迁|入住|取得|签订|使用|接入"
    r"|带动|拉动|撬动|吸引|予以|圆满|免费|进行|获评|获批|入选|荣获|被评为|通过|就读|稳定(?=消除|达到|实现)|有序|所(?=[创占得需用产获有])|投入使用|填补|延伸|均(?=突破|达|超|增长|在|为|实现)|基本(?=普|实现|完成|建成|消除|达到|解决)|全部(?=整改|完成|办结|到位|落实|解决|建成)|仅售|只售|(?<=..)发展(?=经济|壮大|成为|到|为|得|$)|建成(?!区)|(?<=...)建设$"
)
_ADJECTIVE = re.compile(
    r"重要|主要|较大|最大|[大中小新]型|新式|(?:限额|规模)以上|先进|优秀|重点|不同|各种|[新大小]"
)
_ONE_CHARACTER_NOUNS = set("县市省区乡镇村州国校")
# How a long name of something counted ends (…矿山生态修复示范工程): else it is a clause.
_LONG_NOUN_HEAD = re.compile(
    r"(?:工程|项目|基地|中心|园区?|集群|示范区|试验区|企业|学校|院校?|医院|平台|站|场|馆|线|路|村|镇"
    r"|社区|机构|事项|产业|行动|设施|基金|实验室|服务圈|网络|体系|名单|案例|品牌|标准|试点)$"
)
_NOUN_AFTER = re.compile(
    r"[\u4e00-\u9fffA-Za-z0-9“”]{2,24}?(?=[，,；;。、：:\s（(0-9]|[和及与](?!以上|以下)|$)"
)
# A clause that only says what the figure is compared with: 同比, 比上年, 较“十三五”末.
COMPARED_ONLY = re.compile(
    r"(?:比上年同期|比上年|比去年|较上年|同比|环比)?"
    r"|(?:比|较|与)(?P<reference>[0-9０-９“\"上去同全本前年一二三四五六七八九〇○零][^，,；;。]{0,10}?"
    r"|(?:解放|建国|开国|改革开放)(?:前|初期?|以前)?)"
    r"(?:相比)?"
)
# A comparison with another figure: 高于全国1.8个百分点, 高于GDP增速1.7个百分点.
COMPARISON = re.compile(
    r"(?P<before>(?:增速|增幅|涨幅)?)(?P<verb>高于|低于|快于|慢于|高出|超出)(?P<reference>.+)"
)
CIRCUMSTANCE_AT_END = re.compile(r"(?:情况|背景|前提|形势|条件)下$|基础上$")
# Head nouns a list shares (化学需氧量、二氧化硫排放量 -> 排放量), longest first.
_LIST_HEAD = re.compile(
    r"(?:居民人均可支配收入|人均可支配收入|最低收购价|排放量|增加值|可支配收入|零售额|销售额|吞吐量|产量|产值"
    r"|投资|利润|收入|面积|比重|增速|价格|贷款|存款|支出|人数|保有量|总数|管网)$"
)
# A first list item that is a whole noun of its own (游客, 企业, 用户), not a modifier of a head.
_WHOLE_ITEM = re.compile(r"(?:客|人|员|者|户|企业|主体|船舶|车辆|数|量|额|率|货值)$")
_LIST_ITEM_CATEGORY = "业品区镇村市县省类车网"


def subject_from_lead(lead: str) -> str:
    """Return the measured thing named in the clause before a figure, trimmed to a short phrase."""
    lead = re.sub(r"（[^（）]*）|\([^()]*\)", "", lead)  # 机床（不包括简易机床，下同）增加了
    lead = LIST_NUMBER.sub("", lead)
    # 由/从 open a "from" clause, but not inside 从业人员 or 自由
    lead = re.sub(r"(?:(?<![自理缘])由|从(?!业|事|而|严|未|头)).*$", "", lead)
    lead = re.split(r"(?<![促迫致即])使(?![用命馆者得])", lead)[-1]  # …时间内使工业生产提高一倍
    lead = re.sub(r"今年以来|一年来|全年|前三季度|上半年|下半年", "", lead)
    lead = re.sub(r"(?<=..)[以按][^，,；;。以按]{1,8}计算", "", lead)  # 平均工资以货币计算增长
    for _ in range(2):
        lead = _COMPARED_AT_END.sub("", lead)
        lead = re.sub(r"^(?:和(?!美)|[及与或])+", "", lead.strip(" 　“”‘’《》、—–-~～"))
        lead = _SUBJECT_HEAD.sub("", _SUBJECT_TAIL.sub("", lead))
        without_verb = _LEADING_VERB.sub("", lead)
        lead = without_verb if len(without_verb) >= 2 or without_verb == "" else lead
    lead = _INNER_VERB.sub("", lead)
    share = _SHARE_OF.fullmatch(lead) or _SHARE_OF_WHOLE.fullmatch(lead)
    if share:  # 经常项目顺差占国内生产总值的比重: the share of what comes before 占
        holder = re.sub(r"在[^在]*中所$|所$", "", share["holder"])
        parts = holder.split("的")  # 中等职业学校的在校生: the holder keeps its modifier
        if len(parts) > 1 and len(parts[-2]) >= 2 and len(parts[-1]) <= 3:
            return subject_from_lead(parts[-2]) + "的" + parts[-1]
        return subject_from_lead(holder)
    # The measured noun phrase follows the last 的/了 or space (出台了稳就业 -> 稳就业).
    tail = re.split(r"[的了\s]", lead)[-1]
    generic = (_GENERIC_HEAD.fullmatch(tail) or _COUNTED_HEAD.fullmatch(tail)) and "的" in lead
    if generic and re.fullmatch(
        r"(?:.*[后内])?(?:增加|新增|达到|形成)|.*建成后", lead.rsplit("的", 1)[0]
    ):
        return tail  # 全部建成后增加的年产能力: a verb clause, not a holder
    if generic:  # 各方面对教育事业的投入: the head with the phrase that modifies it
        modifier = re.split(r"[了\s]|(?<=.)对(?=..)", lead.rsplit("的", 1)[0])[-1]
        based = re.match(r"[比较]", modifier)  # 较这些企业的总产值: a base, not a holder
        modifier, lead = ("", tail) if based else (modifier, lead)
        lead = (modifier + "的" + tail if len(modifier) >= 2 else lead).lstrip("的")
    lead = tail if len(tail) >= 2 and not generic else lead
    if len(lead) > SUBJECT_MAX:  # 农产品加工业产值与农业总产值之比: cut at 与, not inside a word
        lead = _LONG_SUBJECT_JOINT.split(lead)[-1] if _LONG_SUBJECT_JOINT.search(lead) else lead
    return clipped(lead) if len(lead) > SUBJECT_MAX else lead


def clipped(subject: str, whole_if_unbroken: bool = False) -> str:
    """Return at most SUBJECT_MAX characters of a long subject's end, cut where a word starts;
    with `whole_if_unbroken`, a subject with no such place is kept whole (a long name)."""
    if len(subject) <= SUBJECT_MAX:
        return subject
    starts = [
        m.end()
        for m in _WORD_BREAK.finditer(subject)
        if m.group() != "、" or len(re.split("[、和及与的]", subject[: m.start()])[-1]) > 2
    ]  # not inside a list of short names (省、市、自治区劳动模范)
    fitting = [at for at in starts if 4 <= len(subject) - at <= SUBJECT_MAX]
    if fitting:  # 全国各级各类学校用于改善办学条件的经费 -> 用于改善办学条件的经费
        return subject[fitting[0] :]
    if whole_if_unbroken:
        return subject
    return subject[-SUBJECT_MAX:].lstrip("0123456789-").lstrip(_BOUND_ENDINGS)


def without_circumstance(clause: str) -> str | None:
    """Return `clause` without its 在…情况下 part, or None when it has none."""
    stripped = _CIRCUMSTANCE.sub("", clause)
    return stripped if stripped != clause else None


def noun_after(text: str, end: int, modified: bool = False) -> tuple[str, int]:
    """Return the noun right after a figure (7个国家物流枢纽 -> 国家物流枢纽) and where it ends.

    With `modified`, the figure modifies the noun (600多万香港人的共同努力): the noun before 的.
    """
    if text[end : end + 1] in _ONE_CHARACTER_NOUNS and text[end + 1 : end + 2] in ("（", "(", "、"):
        return text[end], end + 1  # 2343个县（市、区）: the one-character noun before its aside
    phrase = _NOUN_AFTER.match(text, end + (text[end : end + 1] == "的" and not modified))
    if not phrase or _NOT_A_NOUN_START.match(phrase.group()) or _VERB_START.match(phrase.group()):
        return "", end
    parts = phrase.group().split("的")
    modified = modified and not _GENERIC_HEAD.fullmatch(parts[0])  # 千万人口规模的全员核酸检测
    if modified and len(parts) > 1 and _ADJECTIVE.fullmatch(parts[0]):
        parts = parts[1:]  # 三百七十二种重要的新产品: the noun, not the adjective
    chosen = parts[0] if modified else parts[-1]
    quoted = re.match(r"“[^“”]+”", chosen)  # “绿水青山就是金山银山”基地: no verb inside a name
    kept = quoted.group() if quoted else ""
    noun = kept + _NOUN_ENDS.split(chosen[len(kept) :])[0]
    noun = noun if kept else noun.strip("“”")
    whole = len(noun) >= 2 or noun in _ONE_CHARACTER_NOUNS  # 38个县开展试点: 县 is a noun
    if len(noun) > SUBJECT_MAX and not _LONG_NOUN_HEAD.search(noun):
        return "", end  # a long run without a head noun is a clause, not a name
    noun_end = text.find(noun, phrase.start()) + len(noun)  # the next figure's lead starts here
    return (clipped(noun, whole_if_unbroken=True), noun_end) if whole else ("", end)


def list_subjects(lead: str) -> list[str]:
    """Return one subject per item of a distributive list "A、B(、C)(等)…分别" (else [])."""
    listed = re.sub(r"分别.*$", "", lead)
    listed = re.sub(r"(?:平均)?每[0-9０-９一二三四五六七八九十百千万]+\S{0,3}$", "", listed)
    listed = _SUBJECT_HEAD.sub("", listed.strip(" 　")).replace("“", "").replace("”", "")
    items = [item for item in listed.split("、") if item]
    town_and_country = re.fullmatch(r"城乡(居民)?(.{2,})", listed)
    if len(items) < 2 and town_and_country:  # 城乡低保标准分别: the town's, then the country's
        places = ("城镇居民", "农村居民") if town_and_country[1] else ("城市", "农村")
        return [place + town_and_country[2] for place in places]
    if len(items) < 2:
        items = [item for item in re.split(r"和|与|及", listed) if item]
    if len(items) < 2:
        return []
    last = items[-1]
    if "等" in last:
        last, head = last.rsplit("等", 1)
        if all(item.endswith("业") for item in [*items[:-1], last]):  # 农业、工业等产业增加值
            head = re.sub(r"^(?:产业|行业)(?=..)", "", head)
    elif items[0][-1] in _LIST_ITEM_CATEGORY and items[0][-1] in last[:-1]:
        cut = last.rindex(items[0][-1], 0, len(last) - 1) + 1
        last, head = last[:cut], last[cut:]
    elif len(items[0]) == 1 and len(last) >= 3:  # 一、二、三产业增加值: 一产业增加值 ...
        last, head = last[:1], last[1:]
    elif _WHOLE_ITEM.search(items[0]) and len(items[0]) >= 4:
        head = ""  # 免签入境游客、…、离岛免税销售额: the first item names what it counts itself
    elif _LIST_HEAD.search(last) and not _LIST_HEAD.search(items[0]) and last[0] != items[0][0]:
        cut = _LIST_HEAD.search(last).start()
        last, head = last[:cut], last[cut:]
    elif len(last) >= len(items[0]) + 2:
        cut = len(items[0])
        last, head = last[:cut], last[cut:]
    else:
        head = ""
    return [subject_from_lead(item + head) or item + head for item in [*items[:-1], last]]


def phrase_after(text: str, end: int, longest: int = 16) -> str:
    """Return what those counted by a figure do, up to the clause end (1亿人在中西部就近城镇化)."""
    phrase = re.match(
        rf"[^，,；;。：:、！？\n]{{2,{longest}}}(?=[，,；;。：:、！？\n]|$)", text[end:]
    )
    return phrase.group().lstrip("的") if phrase else ""


def without_fragment_words(fragment: str) -> str:
    """Return a bare verb lead without its adverbs and prepositions (也要再减少 -> 减少), or ""."""
    verb = re.sub(rf"^(?:{_ADVERBS})+|(?:[向对给同把将使让用]|至于)$", "", fragment)
    return verb if len(verb) >= 2 else ""
