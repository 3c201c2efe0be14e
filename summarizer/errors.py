"""The project's own error types: everything the library raises on bad input."""

from __future__ import annotations


class SummarizerError(Exception):
    """Base class: the input cannot be summarised; the message is one line for a person."""


class EmptyArticleError(SummarizerError):
    """The text is empty, whitespace only, or holds no body sentence to summarise."""


class BinaryInputError(SummarizerError):
    """The bytes are not text in any encoding we accept (an image, an archive, random bytes)."""


class InputTooLargeError(SummarizerError):
    """The text exceeds the size limit the caller set."""


class UnknownAlgorithmError(SummarizerError):
    """The named ranking algorithm does not exist."""
