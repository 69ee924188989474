"""The bench's profile of the bulk path: its stages, their shares and the bound they set."""

import json
import random
from collections import Counter

import pytest

from lib.bulk import stages
from lib.bulk.counting import add_counts, count_tokens, pack_counts
from lib.bulk.rule_counts import apply_rule, canonical_counts
from lib.words.segment import raw_cutter

# Pieces in the style of a report, with the digits, Latin, full-width forms and symbols that the
# normalising and the Latin/digit rule change.
PIECES = [
    "营商环境",
    "同比增长",
    "全年",
    "受理",
    "万件",
    "NORC2020-581",
    "PM2.5",
    "3.9%",
    "１２３",
    "４５％",
    "\u200b",
    "，",
    "。",
    "“",
    "”",
    "-",
    " ",
    "\n",
    "!!",
    "x86_64",
    "12345",
]


def generated_texts(seed: int, n: int = 200) -> list[str]:
    """Seeded random texts made of PIECES."""
    rng = random.Random(seed)
    return ["全年" + "".join(rng.choices(PIECES, k=rng.randint(1, 30))) for _ in range(n)]


def test_attainable_efficiency_is_the_cut_share_of_the_cut_and_the_work_beside_it():
    assert stages.attainable_efficiency(1.0, 0.0) == 1.0
    assert stages.attainable_efficiency(1.0, 0.25) == pytest.approx(0.8)
    assert stages.attainable_efficiency(2.0, 2.0) == pytest.approx(0.5)


@pytest.mark.parametrize("cut_s, other_s", [(0.0, 1.0), (-1.0, 1.0), (1.0, -0.5)])
def test_attainable_efficiency_refuses_times_that_cannot_be(cut_s, other_s):
    with pytest.raises(ValueError, match="cut seconds > 0"):
        stages.attainable_efficiency(cut_s, other_s)


def test_shares_are_each_stage_over_the_cut():
    seconds = {stages.READ: 0.1, stages.CUT: 2.0, stages.COUNT: 0.5}
    assert stages.shares(seconds) == {
        stages.READ: pytest.approx(0.05),
        stages.CUT: 1.0,
        stages.COUNT: pytest.approx(0.25),
    }
    with pytest.raises(ValueError, match="no share"):
        stages.shares({stages.CUT: 0.0})


def test_least_cpu_seconds_runs_the_work_as_often_as_asked_each_time_on_fresh_input():
    calls: list[list[int]] = []
    seconds, result = stages.least_cpu_seconds(
        lambda fresh: calls.append(fresh) or len(calls), repeats=3, fresh=lambda: [len(calls)]
    )
    assert seconds >= 0
    assert result == 3
    assert calls == [[0], [1], [2]]


def test_the_rule_apart_from_counting_gives_canonical_counts_and_changes_its_input():
    cut = raw_cutter("rjieba")
    texts = generated_texts(12)
    cuts = [cut(text) for text in texts]
    raw = Counter(token for tokens in cuts for token in tokens)
    assert apply_rule(Counter(raw), cuts, texts) == canonical_counts(cuts, texts)
    assert apply_rule(Counter(raw), cuts, texts) != raw  # the rule matters on this text


def test_merged_chunk_counts_are_the_counts_of_the_whole_in_count_tokens_order():
    texts = generated_texts(13)
    parts = [pack_counts(count_tokens(texts[:100])), pack_counts(count_tokens(texts[100:]))]
    whole = count_tokens(texts)
    assert list(stages.merged(parts).items()) == list(whole.items())


def test_the_stage_profile_times_every_stage_of_a_corpus_file(tmp_path):
    path = tmp_path / "corpus.jsonl"
    rows = [
        {"id": str(i), "title": "", "content": text} for i, text in enumerate(generated_texts(14))
    ]
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))
    seconds = stages.stage_seconds(path, chunk_chars=2_000, repeats=1)
    assert list(seconds) == list(stages.STAGES)
    assert all(s >= 0 for s in seconds.values())
    assert set(stages.UNAVOIDABLE) <= set(stages.STAGES)


def test_packed_counts_added_up_are_the_counts_whatever_is_in_the_total_already():
    first, second = Counter({"全年": 2, "，": 5}), Counter({"，": 1, "PM2.5": 3})
    total: Counter = Counter()
    add_counts(total, *pack_counts(first))
    assert total == first
    add_counts(total, *pack_counts(second))
    assert total == first + second
    add_counts(total, ["，", "，"], [1, 2])  # a token twice still adds up
    assert total["，"] == 5 + 1 + 3


def test_packed_counts_of_unequal_lengths_are_refused():
    with pytest.raises(ValueError, match="not packed counts"):
        add_counts(Counter(), ["全年", "，"], [1])
