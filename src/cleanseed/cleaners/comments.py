"""Comment forms and comment-section chrome of common CMSs, in many languages."""

from .._pipeline import PhraseCleaner

comment_forms = PhraseCleaner(
    "comment-forms",
    "comment forms and comment chrome (\"Leave a Reply\", \"Your email address will not be published.\")",
    family="comments",
    max_words=12,
)
