"""Reports saved from web pages: chrome, source lines, page jumps and speakers are set apart,
numbered headings are found, text without line breaks is split into paragraphs."""

import json
from pathlib import Path

import pytest

from lib.load.corpus import load_corpus, read_corpus
from lib.load.layout import RECORD_KINDS, check_nothing_lost, split_page
from lib.load.normalize import normalize_characters
from lib.paths import project_root

PROVINCIAL = project_root().parent / "shared" / "corpora" / "provincial2026_sample.jsonl"
CHROME = ("下载", "打印", "全屏", "收藏", "加大", "还原", "减小", "首页", "分享到微信")

# A report as a government web page saves it (hand-written, in the style of such pages).
WEB_REPORT = """下载
打印
全屏
收藏
【字号：
加大
还原
减小
】
首页 > 政务公开 > 政府工作报告
2030年某某市政府工作报告
——2030年1月9日在某某市第九届人民代表大会第三次会议上
来源：某某日报 时间：2030-01-12
某某市市长 王某某
王某某作政府工作报告。本报记者 李某摄
各位代表：
现在，我代表市人民政府，向大会报告工作，请予审议。
一、2029年工作回顾，成绩来之不易
过去一年，全市生产总值增长5.1%。
（一）坚持创新驱动，产业体系更加完善
新建实验室12个，科技投入增长8%。
（十）全面推进平安建设
办结信访事项2000件。
二、2030年重点工作
扎实做好以下工作。
扫一扫在手机打开当前页
分享到微信
相关报道：
"""


def records_of(text: str, title: str = "") -> list[dict]:
    normalized, _ = normalize_characters(text)
    records, _ = split_page(normalized, find_articles=False, title=title)
    check_nothing_lost(normalized, records, "test page")
    return records


def kinds(records, kind):
    return [r["text"] for r in records if r["kind"] == kind]


def test_web_page_chrome_is_a_record_of_its_own_never_a_heading_or_a_section():
    records = records_of(WEB_REPORT)
    chrome = kinds(records, "chrome")
    assert chrome[:9] == ["下载", "打印", "全屏", "收藏", "【字号：", "加大", "还原", "减小", "】"]
    assert "首页 > 政务公开 > 政府工作报告" in chrome
    assert chrome[-3:] == ["扫一扫在手机打开当前页", "分享到微信", "相关报道："]
    words = set(CHROME)
    assert not {r["section"] for r in records} & words
    assert not {r["text"] for r in records if r["kind"] in ("heading", "paragraph")} & words


def test_source_line_speaker_and_photo_caption_are_set_apart_not_glued_into_a_paragraph():
    records = records_of(WEB_REPORT)
    assert kinds(records, "source_line") == ["来源：某某日报 时间：2030-01-12"]
    assert kinds(records, "speaker") == ["某某市市长 王某某"]
    assert kinds(records, "caption") == ["王某某作政府工作报告。本报记者 李某摄"]
    assert kinds(records, "title") == ["2030年某某市政府工作报告"]
    assert kinds(records, "paragraph")[0] == "各位代表："


def test_numbered_headings_with_commas_and_standalone_subheadings_are_headings():
    records = records_of(WEB_REPORT)
    assert kinds(records, "heading") == [
        "一、2029年工作回顾，成绩来之不易",
        "（一）坚持创新驱动，产业体系更加完善",
        "（十）全面推进平安建设",
        "二、2030年重点工作",
    ]
    body = {r["text"]: r for r in records if r["kind"] == "paragraph"}
    assert body["新建实验室12个，科技投入增长8%。"]["section"] == "一、2029年工作回顾，成绩来之不易"
    assert (
        body["新建实验室12个，科技投入增长8%。"]["heading"]
        == "（一）坚持创新驱动，产业体系更加完善"
    )


def test_a_numbered_lead_sentence_on_its_own_line_is_a_heading_but_an_inline_one_is_not():
    records = records_of(
        "前言一句。\n（一）做强实体经济，建设现代化产业体系。\n一要稳工业。二要强服务。\n"
        "（二）深化改革攻坚。一要优化营商环境，二要激发主体活力。\n"
    )
    assert kinds(records, "heading") == ["（一）做强实体经济，建设现代化产业体系。"]


def test_a_heading_that_starts_a_list_of_numbers_is_not_taken_for_one():
    records = records_of("前言一句。\n一、二、三产业增加值分别增长3%、5%、6%。\n")
    assert kinds(records, "heading") == []


def test_page_jump_markers_are_set_apart_and_the_sentence_they_cut_is_joined():
    records = records_of("全市接待游客1亿人次，旅游（下转第7版）\n（上接第1版）总收入增长9%。\n")
    assert kinds(records, "page_jump") == ["（下转第7版）", "（上接第1版）"]
    assert kinds(records, "paragraph") == ["全市接待游客1亿人次，旅游总收入增长9%。"]


def test_a_page_whose_last_line_is_joined_after_a_repaired_space_does_not_crash():
    # The space before the number is repaired on a line that is then joined to the one before.
    records = records_of("前言一句。\n全年接待游客1亿人次，实现旅游总\n收入为 150亿元。")
    assert kinds(records, "paragraph") == [
        "前言一句。",
        "全年接待游客1亿人次，实现旅游总收入为150亿元。",
    ]


def test_a_report_without_line_breaks_is_split_into_paragraphs_at_its_separators():
    paragraphs = [
        f"第{n}项工作取得新进展，各项指标全面完成，群众满意度持续提升。" * 3 for n in range(8)
    ]
    for separator in ("\u3000\u3000", "  ", "\u2003\u2003"):
        text = "各位代表：" + separator + "一、过去一年工作回顾" + separator
        text += separator.join(paragraphs)
        records = records_of(text)
        assert kinds(records, "heading") == ["一、过去一年工作回顾"], repr(separator)
        assert len(kinds(records, "paragraph")) == 1 + len(paragraphs), repr(separator)
    # One space after the end of a sentence separates paragraphs too; inside one it stays.
    records = records_of("各位代表： " + " ".join(paragraphs) + " 完成“两个” 目标。")
    assert len(kinds(records, "paragraph")) == 2 + len(paragraphs)
    assert kinds(records, "paragraph")[-1] == "完成“两个” 目标。"


def test_a_long_document_that_stays_one_paragraph_gets_a_warning(tmp_path):
    path = tmp_path / "docs.jsonl"
    rows = [
        {"id": "one-line", "text": "全年经济运行稳中有进，各项事业全面发展，" * 40},
        {"id": "split", "text": "一、回顾\n增长5%。\n就业稳定。"},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    warnings = read_corpus(path).warnings
    assert warnings["page_id"].tolist() == ["one-line"]
    assert "one paragraph of 800 characters" in warnings["warning"].item()


def test_chrome_in_other_wordings_is_chrome_and_a_lone_size_word_is_not():
    records = records_of(
        "【字号 大 中 小】 打印本页 | 关闭窗口\n发布时间：2030-01-12 10:30 来源：市政府办公厅\n"
        "大\n正文一句。\n责任编辑：张某\n"
    )
    assert kinds(records, "chrome") == ["【字号 大 中 小】 打印本页 | 关闭窗口"]
    assert kinds(records, "source_line") == [
        "发布时间：2030-01-12 10:30来源：市政府办公厅",  # the extraction space goes
        "责任编辑：张某",
    ]
    assert "大" not in kinds(records, "chrome")


def test_every_kind_the_loader_gives_is_in_the_one_list_of_record_kinds():
    records = records_of(WEB_REPORT + "（上接第2版）\n本作品是公有领域\n")
    assert {r["kind"] for r in records} <= set(RECORD_KINDS)


def test_html_markup_is_stripped_and_counted_as_a_repair(tmp_path):
    path = tmp_path / "docs.jsonl"
    text = "<p>一、工作回顾</p><p>增长5%&nbsp;以上，就业&ldquo;稳&rdquo;。</p><br/>收入增长。"
    path.write_text(json.dumps({"id": "d1", "text": text}, ensure_ascii=False), encoding="utf-8")
    corpus = read_corpus(path)
    body = corpus.paragraphs
    assert body.loc[body["kind"] == "paragraph", "text"].tolist() == [
        "增长5%以上，就业“稳”。",
        "收入增长。",
    ]
    assert not body["text"].str.contains("<|&nbsp;", regex=True).any()
    removed = corpus.repairs.set_index("before")
    assert removed.loc["<p>", "count"] == 4 and removed.loc["<p>", "repair"] == "html_tag_removed"
    assert removed.loc["&ldquo;", "repair"] == "html_entity_decoded"


def test_the_traditional_photo_credit_is_taken_out_like_the_simplified_one():
    records = records_of(
        "經過一個多小時的下潛，他\n科考隊員在收取樣品。(科考隊供圖)\n們最終選取區域。"
    )
    assert kinds(records, "caption") == ["科考隊員在收取樣品。(科考隊供圖)"]
    assert kinds(records, "paragraph") == ["經過一個多小時的下潛，他們最終選取區域。"]


def test_a_title_broken_across_lines_and_a_speaker_on_two_lines_are_recognised():
    records = records_of(
        "政府工作报\n告\n\n——2030年3月5日在第九届全国人民代表大会第一次会议上\n\n"
        "国务院总理\n王某某\n\n各位代表：\n\n现在，我代表国务院报告工作。\n",
        title="2030年国务院政府工作报告",
    )
    assert kinds(records, "title") == ["政府工作报告"]
    assert kinds(records, "speaker") == ["国务院总理", "王某某"]
    assert kinds(records, "heading") == []


def test_wiki_link_fragments_between_blank_lines_paragraphs_are_not_headings():
    records = records_of(
        "一、工作回顾\n\n过去一年成绩显著。\n党的全会\n正式明确\n重要原则，意义重大。\n\n"
        "（二）深化改革。\n要全面深化各领域改\n\n革，增强动力。\n\n一要\n积极推进研究。\n\n"
        + "就业稳定。\n\n"
        * 6
    )
    assert kinds(records, "heading") == ["一、工作回顾", "（二）深化改革。"]
    assert "党的全会" not in kinds(records, "heading")


def test_resolutions_are_told_apart_from_reports_by_doc_type(tmp_path):
    path = tmp_path / "archive.jsonl"
    rows = [
        {"title": "2030年政府工作报告", "content": "各位代表：\n增长5%。", "year": 2030},
        {"title": "关于政府工作报告的决议", "content": "会议批准这个报告。", "year": None},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    paragraphs = load_corpus(path)
    assert paragraphs.groupby("page_id")["doc_type"].first().tolist() == ["report", "resolution"]


# --- The six provincial reports of 2026 as they were saved (skipped when ../shared is absent) ---


@pytest.fixture(scope="module")
def provincial() -> Path:
    if not PROVINCIAL.is_file():
        pytest.skip(f"{PROVINCIAL} is absent (it is not part of the project); nothing to check")
    return PROVINCIAL


@pytest.fixture(scope="module")
def provincial_corpus(provincial):
    return read_corpus(provincial)


def test_no_chrome_word_of_the_provincial_reports_is_a_section_or_heading(provincial_corpus):
    paragraphs = provincial_corpus.paragraphs
    headings = set(paragraphs.loc[paragraphs["kind"] == "heading", "text"])
    assert not (set(paragraphs["section"]) | headings) & set(CHROME)
    assert (paragraphs["kind"] == "chrome").sum() >= 5 * 9  # five pages carry the 9-line toolbar


def test_every_numbered_heading_line_of_the_provincial_reports_is_a_heading(provincial):
    from lib.load.body import is_numbered_heading

    corpus = read_corpus(provincial)
    subheadings = 0
    for line in provincial.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        page = corpus.paragraphs[corpus.paragraphs["page_id"] == row["id"]]
        found = set(page.loc[page["kind"] == "heading", "text"])
        expected = {s.strip() for s in row["text"].splitlines() if is_numbered_heading(s.strip())}
        assert expected and expected <= found, row["id"]
        subheadings += len({s for s in expected if s.startswith("（")})
    assert subheadings >= 30  # standalone （n） subheadings of four reports


def test_the_speaker_and_source_lines_of_each_provincial_report_are_set_apart(provincial_corpus):
    paragraphs = provincial_corpus.paragraphs
    per_page = paragraphs.groupby("page_id")["kind"]
    assert per_page.apply(lambda k: (k == "speaker").sum()).eq(1).all()
    with_source = per_page.apply(lambda k: (k == "source_line").sum())
    assert (with_source == 2).sum() == 5  # the sixth page was saved without its source lines
    body = paragraphs.loc[paragraphs["kind"] == "paragraph", "text"]
    assert not body.str.contains("来源：|【字号|下载|时间：20").any()


def test_a_provincial_report_saved_on_one_line_is_split_into_paragraphs(provincial):
    row = json.loads(provincial.read_text(encoding="utf-8").splitlines()[0])
    one_line = "\u3000\u3000".join(s.strip() for s in row["text"].splitlines() if s.strip())
    lined = records_of(row["text"], row["title"])
    flat = records_of(one_line, row["title"])
    assert len(kinds(flat, "heading")) == len(kinds(lined, "heading"))
    assert len(kinds(flat, "paragraph")) == len(kinds(lined, "paragraph"))


# --- The national archive's known layout faults (skipped when ../shared is absent) ---


@pytest.fixture(scope="module")
def national(national_corpus_path):
    return read_corpus(national_corpus_path).paragraphs


def test_the_archive_speaker_lines_are_speakers_not_headings(national):
    headings = set(national.loc[national["kind"] == "heading", "text"])
    speakers = set(national.loc[national["kind"] == "speaker", "text"])
    assert {"国务院总理", "李克强"} <= speakers
    assert not headings & {"国务院总理", "李克强", "周恩来"}


def test_the_archive_title_broken_as_report_and_its_last_character_is_one_title(national):
    titles = national.loc[(national["kind"] == "title") & (national["line"] > 0), "text"]
    headings = set(national.loc[national["kind"] == "heading", "text"])
    assert "政府工作报告" in set(titles)
    assert not headings & {"政府工作报", "告", "政府工作报告"}


def test_the_archive_wiki_fragments_are_not_headings(national):
    headings = national.loc[national["kind"] == "heading", "text"]
    assert not headings.isin(
        ["一要", "二要", "三要", "'", "粗体文字", "正式明确", "本作品来自"]
    ).any()
    assert set(headings[headings.str.len() < 2]) <= set("一二三四五六七八九十")  # 1960: 一 二 三


def test_the_archive_resolutions_are_kept_apart_from_the_yearly_reports(national):
    documents = national.drop_duplicates("page_id")
    resolutions = documents[documents["doc_type"] == "resolution"]
    assert len(resolutions) == 20 and resolutions["year"].isna().all()
    assert documents.loc[documents["doc_type"] == "report", "year"].notna().all()


def test_a_heading_that_ends_like_an_office_is_not_taken_for_the_speaker():
    records = records_of("前言一句。\n推进城区长效管理\n新建设施12处。\n")
    assert kinds(records, "heading") == ["推进城区长效管理"]
    assert kinds(records, "speaker") == []
