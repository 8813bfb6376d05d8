"""The default pipeline, assembled from the cleaner modules."""

from __future__ import annotations

import functools

from ._pipeline import Pipeline
from .cleaners import chrome, comments, glue, labels, lists, media, promos, structure, teasers, whitespace, zones


# The rules that remove whole lines by what they say; outside-body looks through their lines.
_LINE_RULES = (
    labels.bylines, labels.post_meta, labels.updated, labels.stamp_lines, teasers.read_more, comments.comment_forms,
    comments.comment_policy,
    labels.meta_lines, media.caption_lines, comments.comment_headers,
    chrome.share, chrome.social_follow, chrome.newsletter, chrome.cookies, chrome.navigation, chrome.footer, chrome.ads, chrome.player,
    chrome.feedback, chrome.support, chrome.disclaimers,
)


@functools.cache
def default_pipeline() -> Pipeline:
    """The pipeline that :func:`cleanseed.clean` runs."""
    return Pipeline(
        "default",
        "all of cleanseed's cleaners, in the order they need",
        (
            Pipeline("normalize", "make spaces and line ends plain, and words whole", (whitespace.odd_spaces, whitespace.soft_hyphens, whitespace.line_ends)),
            # First what cuts glued blocks apart, so that the line rules after it see whole lines.
            Pipeline(
                "glued",
                "clutter glued inside a line, and the breaks extraction dropped",
                # embedded-teasers before glued-phrases: the break it leaves after a teaser's stamp ("… 10:55 GMTRead more")
                # is where a glued phrase may start
                (media.credit_brackets, media.media_labels, chrome.blogger_footers, teasers.embedded_teasers, glue.glued_phrases, chrome.trailing_subscribe,
                 labels.glued_names, labels.tag_runs, glue.glued_sentences, glue.glued_runs),
            ),
            Pipeline("media", "photo credits and captions", (media.captions, media.photo_credits, media.caption_lines, media.gallery_credits, media.credit_runs)),
            # Before the phrase families: their lines mark where page furniture starts.
            structure.OutsideBody(anchors=(*_LINE_RULES, chrome.mixed_chrome), bylines=(labels.bylines,)),
            # After outside-body, which looks through a notice's line, and before the line rules: once the notice is
            # gone, what it ran into may be a line they take ("Save my name … next time I comment."), in this run.
            chrome.run_on_notices,
            structure.separated_menus,
            # After outside-body, which reads such a caption as the first prose under the menus, and an icon's name
            # as part of its button's line.
            media.agency_captions,
            media.posed_captions,
            chrome.icon_names,
            # Before read-more and the chrome families, which would take the box's label away.
            lists.labelled_teasers,
            teasers.teaser_blocks,
            labels.author_boxes,
            Pipeline(
                "meta",
                "bylines, post metadata, reading time and stamps",
                (labels.bylines, labels.split_bylines, labels.agency_bylines, labels.post_meta, labels.tag_lists, labels.reading_time, labels.updated,
                 labels.stamp_lines, labels.meta_lines, labels.entry_footers, labels.handle_lines, labels.contact_lines,
                 labels.page_address, labels.author_bios, labels.reporting_credits),
            ),
            teasers.read_more,
            teasers.click_prompts,
            teasers.teaser_lines,
            teasers.ranked_teasers,
            teasers.glued_ranks,
            comments.comment_forms,
            comments.comment_policy,
            comments.comment_headers,
            comments.thread_heads,
            Pipeline(
                "chrome",
                "share bars, newsletter and cookie prompts, navigation, footers, ads, players, feedback and donation prompts, disclaimers",
                # promos first: the call it cuts from a line's end may leave a line the families take ("Bądź na bieżąco!
                # Zapisz się na nasz newsletter"), in this run
                (promos.promos, chrome.share, chrome.social_follow, chrome.newsletter, chrome.newsletter_names, chrome.cookies,
                 chrome.leading_links, chrome.navigation, chrome.post_links, chrome.footer, chrome.copyright_notices,
                 chrome.licence_notices, chrome.ads, chrome.affiliate_notices, chrome.player, chrome.feedback, chrome.support,
                 chrome.disclaimers, chrome.mixed_chrome, chrome.footer_rows, promos.funding_appeals, promos.newsletter_pitches),
            ),
            # After the chrome families: a one-word line of chrome over the box ("Haupt-Sidebar") would read as the
            # heading of the box's text, were the box gone first.
            labels.welcome_boxes,
            # It asks what the rules above removed around a line; before the late rules below, which ask what stands beside
            # a line, so that a second run shows them what the first showed.
            structure.island_lines,
            # Late: these ask whether a line of the same shape stands within two lines, and the lines the rules above
            # remove must not stand between them (a second run would find the two closer, and take them).
            labels.stamp_labels,
            labels.glued_stamps,
            teasers.glued_teasers,
            # Late, like headline-runs: the lines the rules above remove no longer break a run.
            zones.counted_links,
            # Last: the lines the rules above remove no longer break a run of headlines.
            lists.headline_runs,
            lists.teaser_pairs,
            # Last too: the lines the rules above remove (a cookie notice between two teasers) no longer break a list.
            teasers.cut_teasers,
            whitespace.tidy,
        ),
        # A misfire must never wipe an article: past this share of its prose the text is kept and flagged.
        max_removed=0.8,
        cap_min_chars=1000,
        # On a whole page, menus can dwarf the article: the cap measures the prose that would go.
        cap_lines=structure.is_prose,
    )
