"""The mention → entity stage measured alone against gold coreference chains (propos eval coref)."""

from __future__ import annotations

from propos.evaluation.coref import read_conll, score_coref

# two documents; « du » is a multi-word token (de + le) whose parts carry the chain marks
CONLL = """#begin document (test/a); part 000
1\tLe\tle\tDET\t_\t_\t2\tdet\t_\t_\t_\t0\t*\t*\t(1
2\tministre\tministre\tNOUN\t_\t_\t5\tnsubj\t_\t_\t_\t0\t*\t*\t_
3\tPaul\tPaul\tPROPN\t_\t_\t2\tappos\t_\t_\t_\t0\t*\t*\t_
4\tDurand\tDurand\tPROPN\t_\t_\t3\tflat\t_\t_\t_\t0\t*\t*\t1)
5\test\têtre\tAUX\t_\t_\t0\troot\t_\t_\t_\t0\t*\t*\t_
6\tarrivé\tarriver\tVERB\t_\t_\t5\tconj\t_\t_\t_\t0\t*\t*\t_
7-8\tdu\t_\t_\t_\t_\t_\t_\t_\t_\t_\t0\t*\t*\t_
7\tde\tde\tADP\t_\t_\t9\tcase\t_\t_\t_\t0\t*\t*\t(2
8\tle\tle\tDET\t_\t_\t9\tdet\t_\t_\t_\t0\t*\t*\t_
9\tSénégal\tSénégal\tPROPN\t_\t_\t6\tobl\t_\t_\t_\t0\t*\t*\t2)
10\t.\t.\tPUNCT\t_\t_\t5\tpunct\t_\t_\t_\t0\t*\t*\t_

1\tIl\til\tPRON\t_\t_\t2\tnsubj\t_\t_\t_\t0\t*\t*\t(1)
2\ta\tavoir\tAUX\t_\t_\t0\troot\t_\t_\t_\t0\t*\t*\t_
3\tparlé\tparler\tVERB\t_\t_\t2\tconj\t_\t_\t_\t0\t*\t*\t_
4\tlonguement\tlonguement\tADV\t_\t_\t3\tadvmod\t_\t_\t_\t0\t*\t*\t_
5\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\t_\t0\t*\t*\t_
#end document
"""


def test_chains_point_into_the_rebuilt_text(tmp_path):
    path = tmp_path / "a.conll"
    path.write_text(CONLL, encoding="utf-8")
    (doc,) = read_conll(path)
    spans = {k: [doc.text[s:e] for s, e in v] for k, v in doc.chains.items()}
    assert spans == {1: ["Le ministre Paul Durand", "Il"], 2: ["du Sénégal"]}


def test_a_pronoun_linked_into_its_chain_counts_right(tmp_path):
    path = tmp_path / "a.conll"
    path.write_text(CONLL, encoding="utf-8")
    pronoun = score_coref(path)["pronoun"]
    assert pronoun["anaphors"] == pronoun["resolvable"] == 1
    assert pronoun["right_resolvable"] == 1 and pronoun["accuracy_resolvable"] == 1.0
