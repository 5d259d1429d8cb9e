"""Coded errors and warnings, in the manner of spaCy's catalogue: the code leads every message."""

from __future__ import annotations


class _Coded(type):
    def __getattribute__(cls, code: str) -> str:
        msg = super().__getattribute__(code)
        if code.startswith("__"):
            return msg
        return f"[{code}] {msg}"


class Errors(metaclass=_Coded):
    E001 = "The text is empty or holds only white space: nothing to analyse."
    E002 = "The input looks like binary data, not text (NUL bytes or control characters). Give a text, HTML or JSONL file."
    E003 = "The input is not valid UTF-8 and its encoding could not be detected. Convert it to UTF-8 (e.g. `iconv -f latin1 -t utf-8`)."
    E004 = "The text has {size} characters, over the limit of {limit}. Split it, or raise the limit with --max-chars / PROPOS_MAX_CHARS."
    E005 = "Language '{lang}' is not supported yet (supported: {supported}). Use --lang to force one if detection is wrong."
    E006 = "The HTML page has no article body that could be extracted."
    E007 = "No such file or directory: {path}"
    E008 = "Line {line} is not a valid JSON article: {detail}. Each line needs at least {{\"id\", \"text\"}}; other fields are strings."
    E009 = "'{value}' is not a date in the form YYYY-MM-DD."
    E010 = "Unsupported file type '{suffix}': give .txt, .html, .jsonl (or a directory of them)."
    E011 = "The spaCy model '{model}' is not installed. Run `make run` (or `pip install -e .`) to install propos with its model."
    E013 = "The gold file {path} could not be read: {detail}"
    E014 = "Unknown component '{name}'. Available: {available}."
    E016 = "The {field} holds a lone surrogate (U+{code:04X}) at character {pos}: it is not valid Unicode text. Re-encode the source as UTF-8."
    E017 = "'{url}' is not a valid URL ({detail}). Give an http(s) URL or leave it out."
    E018 = "Cannot read {path}: {detail}. Check that the file exists and that you may read it."
    E019 = "Reading {suffix} files needs a dependency that is missing ({detail}). Reinstall propos with `make run` (or `pip install -e .`)."
    E020 = "{path} is not a regular file (a pipe, socket or device): give files or directories."
    E021 = "The article is not usable: {detail}."
    E022 = "The article was analysed but could not be stored: {detail}. The store is unchanged for it; run again to retry."
    E015 = "Internal error while analysing ({kind}: {detail}). The other articles go on; please report this with the article."
    # E07x: ingestion at scale (feeds, WARC archives, the batch engine).
    E070 = "Not an RSS or Atom feed (or a feed with no entries): {detail}"
    E071 = "Could not fetch {url} after {tries} attempt(s): {detail}"
    E072 = "Not a readable WARC archive: {detail}"
    E073 = "The feed entry has no text (no content, no summary, and its page gave no article)."


class Warnings(metaclass=_Coded):
    W001 = "Unbalanced quote mark at character {pos}: the quotation is closed at the end of its paragraph."
    W002 = "The language was detected as '{lang}' with low confidence; analysed as '{used}'."
    W003 = "No publication date: relative dates are left unresolved."


class ProposError(ValueError):
    """An error about one input that a user can act on; the batch goes on without it."""

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.source = source
        self.code = message[1:5] if message.startswith("[E") else "E000"

    def __str__(self) -> str:
        base = super().__str__()
        return f"{self.source}: {base}" if self.source else base
