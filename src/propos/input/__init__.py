"""Readers: files, directories and streams in, `RawArticle`s (or a clear `ProposError`) out."""

from propos.input.article import RawArticle
from propos.input.readers import ReadFailure, read_sources

__all__ = ["RawArticle", "ReadFailure", "read_sources"]
