import io

import pytest

from propos.input.article import title_from_text
from propos.input.readers import ReadFailure, read_sources


def _read(paths, stdin=None):
    return list(read_sources(paths, stdin=stdin))


def test_txt_title_rule(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Titre de l'article\n\nCorps du texte.\n", encoding="utf-8")
    (article,) = _read([f])
    assert article.title == "Titre de l'article"
    assert article.text[slice(*article.title_span)] == article.title


def test_no_title_without_blank_line():
    assert title_from_text("Une ligne\nune autre ligne") is None


def test_latin1_is_detected(tmp_path):
    f = tmp_path / "latin.txt"
    f.write_bytes("Le président a déclaré que l'été serait chaud et qu'il ne céderait pas.".encode("latin-1"))
    (article,) = _read([f])
    assert "président" in article.text and "été" in article.text


def test_binary_is_refused_with_a_clear_message(tmp_path):
    f = tmp_path / "blob.txt"
    f.write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    (failure,) = _read([f])
    assert isinstance(failure, ReadFailure)
    assert failure.error.code == "E002" and "blob.txt" in str(failure.error)


def test_jsonl_bad_line_does_not_stop_the_others(tmp_path):
    f = tmp_path / "batch.jsonl"
    f.write_text('{"id": "a", "text": "Un."}\nnot json\n{"id": "b", "text": "Deux.", "date": "2024-01-02"}\n')
    items = _read([f])
    assert [type(i).__name__ for i in items] == ["RawArticle", "ReadFailure", "RawArticle"]
    assert items[1].error.code == "E008" and ":2" in items[1].origin
    assert items[2].date == "2024-01-02"


def test_missing_file_and_unknown_suffix(tmp_path):
    bad = tmp_path / "x.pdf"
    bad.write_bytes(b"%PDF")
    items = _read([tmp_path / "nope.txt", bad])
    assert [i.error.code for i in items] == ["E007", "E010"]


def test_directory_is_read_recursively(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("B")
    (tmp_path / "a.txt").write_text("A")
    (tmp_path / "skip.bin").write_bytes(b"\x00")
    assert [a.text for a in _read([tmp_path])] == ["A", "B"]


def test_stdin_is_sniffed():
    items = _read(["-"], stdin=io.BytesIO(b'{"id": "s", "text": "Bonjour."}\n'))
    assert items[0].id == "s"
    (plain,) = _read(["-"], stdin=io.BytesIO(b"Titre\n\nTexte."))
    assert plain.title == "Titre" and plain.origin == "<stdin>"


def test_html_article_and_empty_page(tmp_path):
    page = tmp_path / "a.html"
    body = " ".join(["Le ministre a déclaré mardi que le projet serait présenté au Parlement."] * 8)
    page.write_text(f"<html><head><title>Le projet</title></head><body><nav>Menu</nav><article><h1>Le projet"
                    f"</h1><p>{body}</p></article></body></html>", encoding="utf-8")
    (article,) = _read([page])
    assert "présenté au Parlement" in article.text
    empty = tmp_path / "empty.html"
    empty.write_text("<html><body><nav>Menu</nav></body></html>")
    (failure,) = _read([empty])
    assert failure.error.code == "E006"


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_empty_text_is_refused(analyzer, text):
    from propos.errors import ProposError
    from propos.input.article import RawArticle

    with pytest.raises(ProposError) as info:
        analyzer.analyze_article(RawArticle(id="e", text=text))
    assert info.value.code == "E001"


def test_txt_front_matter_gives_date_and_source(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("---\ndate: 2024-03-12\nsource: Le Courrier\nurl: https://www.courrier.example/a\n---\n"
                    "Le titre\n\nLe texte.\n", encoding="utf-8")
    (article,) = _read([path])
    assert (article.date, article.source, article.url) == ("2024-03-12", "Le Courrier", "https://www.courrier.example/a")
    assert article.text == "Le titre\n\nLe texte.\n"  # offsets count from the text, after the block
    assert article.title == "Le titre" and article.text[slice(*article.title_span)] == "Le titre"


@pytest.mark.parametrize("text", ["---\nUn tiret long n'ouvre pas de bloc\n---\nSuite", "---\ndate: 2024-03-12\nSans fin",
                                  "Titre\n\n---\ndate: 2024-03-12\n---\n"])
def test_text_that_is_not_front_matter_is_kept_whole(tmp_path, text):
    path = tmp_path / "b.txt"
    path.write_text(text, encoding="utf-8")
    (article,) = _read([path])
    assert article.text == text and article.date is None


def test_a_bad_front_matter_date_is_a_coded_error(tmp_path):
    path = tmp_path / "c.txt"
    path.write_text("---\ndate: mardi dernier\n---\nTitre\n\nTexte.", encoding="utf-8")
    (failure,) = _read([path])
    assert isinstance(failure, ReadFailure) and failure.error.code == "E009"


def test_the_examples_are_dated():
    from pathlib import Path

    examples = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.txt"))
    articles = _read(examples)
    assert len(articles) == len(examples) >= 6
    assert all(a.date and a.date[:2] == "20" for a in articles)
    assert not any(a.text.startswith("---") for a in articles)


def test_outlet_is_one_name_per_site():
    from propos.input.article import outlet

    assert outlet("https://www.lemonde.fr/politique/article/x.html") == "lemonde.fr"
    assert outlet("HTTP://WWW.LeMonde.FR./x") == "lemonde.fr"
    assert outlet("ftp://lemonde.fr/x") is None and outlet(None) is None and outlet("pas une adresse") is None
