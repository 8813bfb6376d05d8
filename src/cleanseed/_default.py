"""The default pipeline, assembled from the cleaner modules."""

from __future__ import annotations

import functools

from ._pipeline import Pipeline
from .cleaners import chrome, comments, glue, labels, media, structure, teasers, whitespace


@functools.cache
def default_pipeline() -> Pipeline:
    """The pipeline that :func:`cleanseed.clean` runs."""
    return Pipeline(
        "default",
        "all of cleanseed's cleaners, in the order they need",
        (
            Pipeline("normalize", "make spaces and line ends plain", (whitespace.odd_spaces, whitespace.line_ends)),
            Pipeline("media", "image labels, credits and captions", (media.media_labels, media.photo_credits)),
            labels.glued_names,
            media.captions,
            labels.tag_runs,
            teasers.embedded_teasers,
            glue.glued_sentences,
            glue.glued_phrases,
            Pipeline(
                "meta",
                "bylines, post metadata, reading time and stamps",
                (labels.bylines, labels.post_meta, labels.reading_time, labels.updated, labels.stamp_lines),
            ),
            teasers.read_more,
            structure.OutsideBody(anchors=chrome.mixed_chrome),
            comments.comment_forms,
            Pipeline(
                "chrome",
                "share bars, newsletter and cookie prompts, navigation, footers, ads and players",
                (chrome.share, chrome.newsletter, chrome.cookies, chrome.navigation, chrome.footer, chrome.ads,
                 chrome.player, chrome.mixed_chrome),
            ),
            whitespace.tidy,
        ),
    )
