"""propos: who said what, about whom, when — and who stands where, from French news.

    import propos
    nlp = propos.load("fr")          # a spaCy Language with the propos components
    doc = nlp(text)                  # results on doc._.quotes, doc._.actors, doc._.timexes, ...
    result = propos.analyze(text, date="2024-06-07")   # the typed analysis document
"""

__version__ = "0.1.0"


def load(lang: str = "fr"):
    from propos.language.pipeline import load as _load

    return _load(lang)


def analyze(text: str, *, date=None, lang: str = "fr", id: str = "text", title: str | None = None):
    from propos.analysis import analyze as _analyze

    return _analyze(text, date=date, lang=lang, id=id, title=title)


__all__ = ["__version__", "analyze", "load"]
