"""Teasers: related-article headlines glued into a paragraph, and "Read more" lines."""

from .._pipeline import PhraseCleaner, RegexCleaner
from ._resources import STAMP

embedded_teasers = RegexCleaner(
    "embedded-teasers",
    "a related-article headline glued into a paragraph with its time stamp "
    "(\"…Lavrov.EconomyCost of Sanctions? … Russia8 April, 10:55 GMTHe …\")",
    rf"(?<=[^\s\p{{Lu}}.][.!?]|[\"”’])(?<!\.\p{{L}}++\.)\p{{Lu}}(?!\p{{L}}*+[.(])(?=[^\n]{{4,240}}?\d)(?:(?![.!?][\"”’]?\p{{Lu}})[^\n]){{4,240}}?(?<=[\p{{L}}\d?!.)\"”’ ]){STAMP}(?=\p{{Lu}})",
)

read_more = PhraseCleaner(
    "read-more",
    "\"Read more: …\", \"Related: …\", \"See also: …\" lines and their translations",
    family="read-more",
    max_words=25,
)
