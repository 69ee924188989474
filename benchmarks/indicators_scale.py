"""Time the indicator extraction on one paragraph at 1x and 10x its length: is it linear?

Usage: python benchmarks/indicators_scale.py [--chars 36000]

The paragraph repeats report-style sentences written here (no corpus needed) with no line
break, as a page extracted without paragraph marks arrives. Both the text-level function
(extract_indicators) and the table-level one that notebook 05 calls (extract_indicators_table,
which also finds each figure's sentence) are timed. Prints both CPU times (not wall
time: the machine may be shared) and their ratio,
time(10x) / time(1x); linear work gives about 10, quadratic about 100. The target is <= 12.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import pandas as pd

from lib.quantities.indicators import extract_indicators
from lib.quantities.quantification import extract_indicators_table

SENTENCES = (
    "全年地区生产总值达到4.32万亿元，比上年增长5.2%，高于全国0.3个百分点；",
    "城镇、农村居民人均可支配收入分别增长4.5%、6.6%，新增城镇就业28.6万人；",
    "建成5G基站1.2万个，改造老旧小区356个，惠及居民近12万户；",
    "预期目标为增长5%-5.5%，居民消费价格涨幅3%左右，粮食产量稳定在300亿斤以上。",
)


def paragraph(chars: int) -> str:
    """Return one paragraph of about `chars` characters, the sentences repeated in turn."""
    text = "".join(SENTENCES)
    return (text * (chars // len(text) + 1))[:chars]


def one_record(text: str) -> pd.DataFrame:
    """Return a paragraphs table of one paragraph record holding `text`."""
    keys = {"page_id": "p", "article_id": "p-a01", "section": "全文", "para_id": 0}
    return pd.DataFrame([{**keys, "kind": "paragraph", "text": text}])


def best_time(extract: Callable, argument, repeats: int = 3) -> float:
    """Return the least CPU time of `repeats` runs of extract(argument), in seconds."""
    times = []
    for _ in range(repeats):
        start = time.process_time()
        extract(argument)
        times.append(time.process_time() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=36_000, help="length at 1x")
    args = parser.parse_args()
    small, large = paragraph(args.chars), paragraph(10 * args.chars)
    for name, extract, wrap in (
        ("extract_indicators", extract_indicators, str),
        ("extract_indicators_table", extract_indicators_table, one_record),
    ):
        t1 = best_time(extract, wrap(small))
        t10 = best_time(extract, wrap(large), repeats=2)
        print(f"{name:<25} {args.chars:>9,} chars {t1:8.2f} s")
        print(f"{name:<25} {10 * args.chars:>9,} chars {t10:8.2f} s")
        print(f"{name} scale ratio time(10x)/time(1x) = {t10 / t1:.1f} (target <= 12)")


if __name__ == "__main__":
    main()
