"""Word clouds in the project's CJK font: horizontal words, dark colours, a fixed layout seed."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from lib.publish.fonts import cjk_font_path, use_cjk_font
from lib.tables import require_columns

# Dark colours only: the light end of viridis (pale yellow-green) cannot be read on white.
CLOUD_COLOURS = "viridis"
CLOUD_COLOUR_RANGE = (0.0, 0.55)


def _cloud_colormap():
    """Return the dark part of the cloud colour map, as a matplotlib colormap."""
    from matplotlib import colormaps
    from matplotlib.colors import ListedColormap

    low, high = CLOUD_COLOUR_RANGE
    return ListedColormap(colormaps[CLOUD_COLOURS](np.linspace(low, high, 64)))


def word_cloud(
    freq: Mapping[str, float] | pd.DataFrame,
    seed: int = 0,
    max_words: int = 150,
    width: int = 900,
    height: int = 500,
):
    """Return a wordcloud.WordCloud laid out from word frequencies (dict, or word/count table).

    Words are drawn horizontally only (Chinese read sideways is hard), in the dark part of
    viridis, in the project's CJK font; the layout seed is fixed, so the same input gives
    the same image. Ties in frequency are ordered by word. Pass the table through
    lib.words.frequency.cloud_words first to set single characters aside.
    """
    from wordcloud import WordCloud

    if isinstance(freq, pd.DataFrame):
        require_columns(
            freq, ("word", "count"), "the table given to word_cloud",
            "lib.words.frequency.word_frequencies",
        )  # fmt: skip
        pairs = zip(freq["word"].astype("str"), freq["count"].astype(float), strict=True)
    else:
        pairs = ((str(word), float(count)) for word, count in freq.items())
    ordered = dict(sorted(pairs, key=lambda pair: (-pair[1], pair[0])))
    if not ordered:
        raise ValueError("word_cloud got no words; pass a non-empty frequency table")
    cloud = WordCloud(
        font_path=str(cjk_font_path()),
        random_state=seed,
        width=width,
        height=height,
        max_words=max_words,
        background_color="white",
        colormap=_cloud_colormap(),
        collocations=False,
        prefer_horizontal=1.0,
    )
    return cloud.generate_from_frequencies(ordered)


def show_word_cloud(cloud, title: str) -> Figure:
    """Return a titled figure showing a laid-out WordCloud."""
    use_cjk_font()
    figure = Figure(figsize=(cloud.width / 100, cloud.height / 100 + 0.5), layout="constrained")
    axes = figure.subplots()
    axes.imshow(cloud.to_array(), interpolation="bilinear")
    axes.set_axis_off()
    axes.set_title(title)
    return figure


def word_cloud_panel(clouds: Mapping[str, object], columns: int = 1) -> Figure:
    """Return one figure with a titled panel per laid-out WordCloud, in the mapping's order.

    Each panel is as large as the cloud itself (one pixel a pixel at 100 dpi), so the words
    of a department read as well as those of the corpus cloud; one column by default.
    """
    if not clouds:
        raise ValueError("word_cloud_panel got no clouds; pass a mapping of title -> WordCloud")
    use_cjk_font()
    columns = min(columns, len(clouds))
    rows = -(-len(clouds) // columns)
    width = max(c.width for c in clouds.values()) / 100
    height = max(c.height for c in clouds.values()) / 100 + 0.5
    figure = Figure(figsize=(width * columns, height * rows), layout="constrained")
    axes = figure.subplots(rows, columns, squeeze=False).ravel()
    for ax, (title, cloud) in zip(axes, clouds.items(), strict=False):
        ax.imshow(cloud.to_array(), interpolation="bilinear")
        ax.set_title(title)
    for ax in axes:
        ax.set_axis_off()
    return figure
