"""Every notebook runs with its default parameters on a corpus other than the project's.

The small corpus is written here and always runs. The national archive and the provincial
sample (../shared, skipped when absent) take minutes: they are marked `corpora` and run by
`make test-corpora`, not by `make test`.
"""

import json
from pathlib import Path

import nbformat
import pytest

from lib.paths import archive_missing, project_root
from lib.publish.execute import main
from lib.publish.parameters import reads_archive

NOTEBOOKS = [str(p) for p in sorted((project_root() / "notebooks").glob("[0-9]*.ipynb"))]
SHARED = project_root().parent / "shared" / "corpora"

# Written for the test in the style of municipal work reports. One report has a heading made
# to climb out of the output folder if it became a file name unchanged.
REPORTS = [
    {
        "id": "r1",
        "city": "甲市",
        "year": 2024,
        "text": "今年以来，全市经济运行稳中有进，地区生产总值增长5.2%。\n"
        "新增城镇就业3.1万人，城镇调查失业率控制在5%以内。\n"
        "我们坚持改革创新，营商环境持续优化，新设市场主体1.2万户。\n"
        "完成固定资产投资120亿元，建成重点项目30个。",
    },
    {
        "id": "r2",
        "city": "乙市",
        "year": 2024,
        "text": "一、市/../../../逃逸局工作\n"
        "一年来，我们扎实推进乡村振兴，粮食产量稳定在80万吨以上。\n"
        "农村居民人均可支配收入增长6.5%，高于城镇居民1.3个百分点。\n"
        "二、市农业农村局工作\n"
        "新建改建农村公路200公里，完成农房改造1500户。\n"
        "生态环境持续改善，空气优良天数比例达到90%。",
    },
    {
        "id": "r3",
        "city": "甲市",
        "year": 2025,
        "text": "今年是实施规划的关键之年，主要预期目标是：地区生产总值增长5%左右。\n"
        "我们要坚持稳中求进，推动高质量发展，扩大有效投资。\n"
        "持续优化营商环境，支持民营企业发展壮大，新增市场主体1万户以上。\n"
        "加强生态保护，空气优良天数比例保持在85%以上。",
    },
]


def run_with_defaults(corpus: Path, out: Path) -> None:
    """Run every notebook on `corpus` into `out` with no parameters; fail on any error.

    Where the national archive is absent, the notebooks that read it are skipped by design
    (one line says how to get it): every other notebook must have run.
    """
    main(["--corpus", str(corpus), "--out", str(out), *NOTEBOOKS])
    written = sorted(p.name for p in (out / "notebooks").glob("*.ipynb"))
    skipped = [p for p in NOTEBOOKS if reads_archive(p) and archive_missing(None)]
    assert written == sorted(Path(p).name for p in NOTEBOOKS if p not in skipped)
    for path in (out / "notebooks").glob("*.ipynb"):
        notebook = nbformat.read(path, as_version=4)
        errors = [
            o for c in notebook.cells for o in c.get("outputs", []) if o["output_type"] == "error"
        ]
        assert errors == [], path.name


def test_every_notebook_runs_with_its_defaults_on_a_small_corpus_of_reports(tmp_path, capsys):
    corpus = tmp_path / "reports.jsonl"
    corpus.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in REPORTS), encoding="utf-8"
    )
    out = tmp_path / "out"
    run_with_defaults(corpus, out)
    # the comparison was chosen from the metadata, and the notebook said so
    assert "comparing city = 甲市" in (out / "notebooks" / "03_keywords.ipynb").read_text("utf-8")
    # every file landed in its folder; the crafted heading made no folder and escaped nothing
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "reports.jsonl"]
    files = [p.relative_to(out) for p in out.rglob("*") if p.is_file()]
    clouds = [p for p in files if "逃逸局" in str(p)]
    assert len(clouds) == 1 and clouds[0].parent == Path("figures")


def test_a_corpus_without_sections_gets_no_department_clouds_and_no_crash(tmp_path):
    corpus = tmp_path / "reports.jsonl"
    rows = [r for r in REPORTS if r["id"] != "r2"]
    corpus.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    main(["--corpus", str(corpus), "--out", str(tmp_path / "out"), NOTEBOOKS[1]])
    executed = (tmp_path / "out" / "notebooks" / Path(NOTEBOOKS[1]).name).read_text("utf-8")
    assert "no word cloud per department" in executed


@pytest.mark.corpora
@pytest.mark.parametrize("name", ["provincial2026_sample.jsonl", "national_gwr.jsonl"])
def test_every_notebook_runs_with_its_defaults_on_the_shared_corpora(name, tmp_path):
    corpus = SHARED / name
    if not corpus.is_file():
        pytest.skip(f"{corpus} is absent (it is not part of the project); nothing to run")
    run_with_defaults(corpus, tmp_path / "out")
