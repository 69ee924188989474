"""Figures for the notebooks, drawn in the project's CJK font; functions return, never save.

Figures are built as matplotlib.figure.Figure objects (not through pyplot), so no global
figure list grows and nothing is shown twice; lib.publish.results writes them to files.
Sections: corpus plots (section sizes); word plots (top-word bars, rank-frequency; the word
clouds are in lib.publish.clouds); keyness plots; topic plots.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from lib.publish.clouds import show_word_cloud, word_cloud, word_cloud_panel
from lib.publish.fonts import use_cjk_font
from lib.tables import require_columns

# The word clouds live in lib.publish.clouds; they are named here too, where notebooks look.
__all__ = [
    "show_word_cloud",
    "word_cloud",
    "word_cloud_panel",
    "show",
    "shorten",
    "section_bars",
    "bar_top_words",
    "zipf_plot",
    "keyness_bars",
    "topic_heatmap",
]


def _require_columns(table: pd.DataFrame, columns: tuple, figure: str, source: str) -> None:
    """Raise ValueError naming the plot, the missing columns and the table to pass instead."""
    require_columns(table, columns, f"the table given to {figure}", source)


def show(figure: Figure, dpi: int = 100):
    """Return the figure as a PNG image for a notebook to display (no pyplot state involved).

    The PNG is rendered without a Software/date stamp, so a rerun stores the same bytes.
    """
    from IPython.display import Image

    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight", metadata={"Software": None})
    return Image(data=buffer.getvalue(), format="png")


# --- Corpus plots ------------------------------------------------------------------------


MAX_ROWS = 40  # bars or heatmap rows in one figure; a larger corpus shows its first rows


def shorten(text: str, width: int) -> str:
    """Return `text` cut to `width` characters, ending in "…" when something was cut."""
    return text if len(text) <= width else text[: width - 1] + "…"


def _first_rows(table: pd.DataFrame, max_rows: int | None, title: str) -> tuple[pd.DataFrame, str]:
    """Return the first `max_rows` rows (None: all) and the title, saying if rows were left out."""
    if max_rows is None or len(table) <= max_rows:
        return table, title
    return table.head(max_rows), f"{title} (first {max_rows} of {len(table)})"


def rows_left_out(table: pd.DataFrame, max_rows: int | None = MAX_ROWS) -> pd.DataFrame:
    """Return the rows of `table` that a figure drawn with `max_rows` leaves out."""
    return table.iloc[0:0] if max_rows is None else table.iloc[max_rows:]


def _left_out_note(table: pd.DataFrame, max_rows: int | None, names: list[str]) -> str:
    """Return a line naming the rows a figure leaves out, "" when it shows them all."""
    if max_rows is None or len(table) <= max_rows:
        return ""
    shown = ", ".join(names[max_rows : max_rows + 3])
    more = "…" if len(table) > max_rows + 3 else ""
    return (
        f"\nLeft out: rows {max_rows + 1}-{len(table)} ({shown}{more}); "
        "max_rows=None draws them all"
    )


def section_bars(
    inventory: pd.DataFrame,
    value: str = "characters",
    title: str | None = None,
    max_rows: int | None = MAX_ROWS,
    labels: Mapping[str, str] | None = None,
) -> Figure:
    """Return horizontal bars of `value` per article section, in page order, coloured by article.

    `labels` names each article_id (lib.load.inventory.document_labels); by default its title.
    """
    _require_columns(
        inventory,
        ("article_id", "section", "title", value),
        "section_bars",
        "lib.load.inventory.corpus_inventory (or quantification_density)",
    )
    use_cjk_font()
    names = (
        inventory["article_id"].map(labels)
        if labels is not None
        else inventory["title"].map(lambda t: shorten(t, 14))
    )
    every_label = [f"{t} · {s}" for t, s in zip(names, inventory["section"], strict=True)]
    note = _left_out_note(inventory, max_rows, every_label)
    inventory, title = _first_rows(inventory, max_rows, title or f"Body text per section ({value})")
    labels = every_label[: len(inventory)]
    articles = list(dict.fromkeys(inventory["article_id"]))
    palette = ["#4c72b0", "#dd8452", "#55a868", "#c44e52", "#8172b3", "#937860", "#da8bc3"]
    colors = [palette[articles.index(a) % len(palette)] for a in inventory["article_id"]]
    figure = Figure(figsize=(8, max(2.5, 0.38 * len(inventory) + 1)), layout="constrained")
    axes = figure.subplots()
    axes.barh(range(len(inventory)), inventory[value].to_numpy(), color=colors)
    axes.set_yticks(range(len(inventory)), labels)
    axes.invert_yaxis()  # page order, top to bottom
    axes.set_title(title)
    axes.set_xlabel(value.replace("_", " ").capitalize() + note)
    axes.set_ylabel("Article · section")
    return figure


def short_label(text: str, width: int = 14) -> str:
    """Return `text` cut to `width` characters with "…", never inside a quotation (“成绩单”)."""
    if len(text) <= width:
        return text
    cut = text[:width]
    if cut.count("“") > cut.count("”"):  # an open quotation: cut before it
        cut = cut[: cut.rindex("“")].rstrip("、，, ")
    return cut + "…"


def bar_density(
    density: pd.DataFrame,
    groups: Mapping[str, tuple[float, Sequence[str]]],
    title: str = "Figures per 1,000 characters, by section",
    max_rows: int = MAX_ROWS,
) -> Figure:
    """Return bars of figures per 1,000 characters per section, in the table's (page) order.

    `groups` maps a group name to (its mean density, the article_ids in it): the bars take the
    group's colour and a dashed line marks each mean. Each bar is labelled "figures / chars".
    """
    columns = ("article_id", "section", "title", "indicators", "characters")
    _require_columns(density, (*columns, "indicators_per_1000_chars"), "bar_density",
                     "lib.quantities.quantification.quantification_density")  # fmt: skip
    use_cjk_font()
    density, title = _first_rows(density, max_rows, title)
    palette = ["#2a6f97", "#c8553d", "#6a994e", "#7b2cbf"]
    colour_of = {}
    for index, (_, ids) in enumerate(groups.values()):
        colour_of.update(dict.fromkeys(ids, palette[index % len(palette)]))
    values = density["indicators_per_1000_chars"].to_numpy()
    figure = Figure(figsize=(8.5, max(2.5, 0.42 * len(density) + 1.4)), layout="constrained")
    axes = figure.subplots()
    colours = [colour_of.get(a, "#8d99ae") for a in density["article_id"]]
    axes.barh(range(len(density)), values, color=colours)
    labels = [f"{a.rsplit('-', 1)[-1]} {short_label(t, 12)} · {s}"
              for a, t, s in zip(density["article_id"], density["title"], density["section"],
                                 strict=True)]  # fmt: skip
    axes.set_yticks(range(len(density)), labels)
    axes.invert_yaxis()  # page order, top to bottom
    for row, (value, count, size) in enumerate(
        zip(values, density["indicators"], density["characters"], strict=True)
    ):
        axes.text(value, row, f" {count} / {size:,}", va="center", fontsize=8)
    for index, (name, (mean, _)) in enumerate(groups.items()):
        colour = palette[index % len(palette)]
        axes.axvline(mean, color=colour, linestyle="--", linewidth=1.2,
                     label=f"{name}: {mean:.1f} per 1,000")  # fmt: skip
    axes.set_xlim(0, max([*values, *(m for m, _ in groups.values())], default=1) * 1.25)
    axes.legend(loc="lower right", fontsize=8, title="group mean (dashed)", title_fontsize=8)
    axes.set_title(title)
    axes.set_xlabel("Figures per 1,000 characters (labels: figures / characters)")
    axes.set_ylabel("Article · section (page order)")
    return figure


# --- Word plots --------------------------------------------------------------------------


def bar_top_words(
    freq_df: pd.DataFrame, title: str, top_n: int = 20, xlabel: str = "Count"
) -> Figure:
    """Return a horizontal bar chart of the `top_n` most frequent words, largest on top."""
    _require_columns(
        freq_df, ("word", "count"), "bar_top_words", "lib.words.frequency.word_frequencies"
    )
    use_cjk_font()
    top = freq_df.sort_values(["count", "word"], ascending=[False, True]).head(top_n)
    figure = Figure(figsize=(7, max(2.5, 0.32 * len(top) + 1)), layout="constrained")
    axes = figure.subplots()
    axes.barh(range(len(top)), top["count"].to_numpy(), color="#4c72b0")
    axes.set_yticks(range(len(top)), top["word"].tolist())
    axes.invert_yaxis()  # the most frequent word reads first
    axes.set_title(title)
    axes.set_xlabel(xlabel)
    axes.set_ylabel("Word")
    return figure


def zipf_plot(rank_freq_df: pd.DataFrame, title: str = "Rank-frequency plot (Zipf)") -> Figure:
    """Return a log-log plot of word count against rank, with a slope -1 reference line."""
    _require_columns(
        rank_freq_df, ("rank", "count"), "zipf_plot", "lib.words.frequency.rank_frequency"
    )
    use_cjk_font()
    figure = Figure(figsize=(6, 4.5), layout="constrained")
    axes = figure.subplots()
    axes.set_title(title)
    axes.set_xlabel("Rank (log scale)")
    axes.set_ylabel("Count (log scale)")
    if rank_freq_df.empty:
        axes.text(0.5, 0.5, "no words", ha="center", va="center", transform=axes.transAxes)
        return figure
    ranks = rank_freq_df["rank"].to_numpy(dtype=float)
    counts = rank_freq_df["count"].to_numpy(dtype=float)
    axes.loglog(ranks, counts, marker=".", linestyle="none", color="#4c72b0", label="words")
    # Zipf's law, count proportional to 1/rank, drawn through the most frequent word.
    reference = counts[np.argmin(ranks)] / ranks
    axes.loglog(ranks, reference, linestyle="--", color="grey", label="count ∝ 1/rank")
    axes.legend()
    return figure


# --- Keyness plots -----------------------------------------------------------------------


def keyness_bars(keyness: pd.DataFrame, title: str, top_n: int = 12) -> Figure:
    """Return diverging bars of the `top_n` highest and lowest z-scores of a keyness table."""
    _require_columns(keyness, ("word", "z"), "keyness_bars", "lib.words.keyness.group_keyness")
    use_cjk_font()
    ordered = keyness.sort_values(["z", "word"], ascending=[False, True])
    shown = pd.concat([ordered.head(top_n), ordered.tail(top_n)]).drop_duplicates("word")
    figure = Figure(figsize=(7, max(3, 0.26 * len(shown) + 1)), layout="constrained")
    axes = figure.subplots()
    colors = ["#c44e52" if z > 0 else "#4c72b0" for z in shown["z"]]
    axes.barh(range(len(shown)), shown["z"].to_numpy(), color=colors)
    axes.set_yticks(range(len(shown)), shown["word"].tolist())
    axes.invert_yaxis()
    axes.axvline(0, color="black", linewidth=0.8)
    for threshold in (-1.96, 1.96):
        axes.axvline(threshold, color="grey", linestyle=":", linewidth=0.8)
    axes.set_title(title)
    axes.set_xlabel("z-score of the log-odds ratio (dotted: |z| = 1.96)")
    axes.set_ylabel("Word")
    return figure


# --- Topic plots -------------------------------------------------------------------------


def topic_heatmap(
    shares: pd.DataFrame,
    rows: list[str],
    labels: Mapping[int, str],
    title: str,
    max_rows: int = MAX_ROWS,
) -> Figure:
    """Return a heatmap of mean topic shares: one row per group of `rows`, one column per topic."""
    _require_columns(
        shares, (*rows, "topic", "share"), "topic_heatmap", "lib.topics.models.topic_shares"
    )
    use_cjk_font()
    wide = shares.pivot_table(index=rows, columns="topic", values="share", sort=False)
    wide, title = _first_rows(wide, max_rows, title)
    figure = Figure(
        figsize=(1.3 * wide.shape[1] + 3, 0.42 * wide.shape[0] + 1.8), layout="constrained"
    )
    axes = figure.subplots()
    image = axes.imshow(wide.to_numpy(), cmap="Blues", vmin=0, vmax=1, aspect="auto")
    axes.set_xticks(
        range(wide.shape[1]), [labels.get(t, str(t)) for t in wide.columns], rotation=30, ha="right"
    )
    axes.set_yticks(
        range(wide.shape[0]),
        [" · ".join(map(str, k)) if isinstance(k, tuple) else str(k) for k in wide.index],
    )
    for (i, j), value in np.ndenumerate(wide.to_numpy()):
        axes.text(
            j,
            i,
            f"{value:.2f}",
            ha="center",
            va="center",
            fontsize=8,
            color="white" if value > 0.6 else "black",
        )
    figure.colorbar(image, ax=axes, label="mean topic share")
    axes.set_title(title)
    axes.set_xlabel("Topic")
    axes.set_ylabel(" · ".join(rows))
    return figure
