"""The probe of news without reported speech: made-up French sentences (tests/data/nonspeech_probe.jsonl, written for
these tests, blind to every gold file) in the genres that carry no speech — sports results and line-ups, science and
space, weather and disasters, obituaries, election results, economic figures, culture (titles of works,
exhibitions), justice (verdicts, charges), headings and lists with colons — with the traps of issue 13: colons that
attribute nothing (« Football : … », « Bilan : 3 morts », « 20 h : »), « selon » / « d'après » / « pour » before no
one who speaks (« selon les cas », « d'après le roman de », « pour la première fois »), `que` of consequence or
comparison after a speech verb used in another sense (« le vent a soufflé si fort que », « ont avancé plus vite que
prévu »), conjunctions ending on `que` (« le fait que », « ainsi que », « tandis que », « à mesure que », « pour
que »), and quote marks around names, titles, nicknames and charges. A few controls hold exactly one quotation,
which must be found. Optional lines (a source that is a document or a set of figures — « selon le classement publié
lundi », « d'après les chiffres du ministère » — which the annotation decisions may count as a speaker, D16; a
passive report with no agent, « accusé d'avoir », D5) are neither required nor wrong, and are not run. The sentences
propos still gets wrong are listed below by kind, so that a fix shows as an unexpected pass."""

from __future__ import annotations

from probes import check_detection, construction_id, probe

# what propos still gets wrong, by kind
KNOWN = {
    # « Pour X, P » where X is a team or the residents and P a plain fact: written as a view (source-marker)
    "pour with a fact": {"n109"},  # (n012 passes with stop 46's rebuilt quote verifier)
    # « Les habitants appellent ce carrefour « le nœud » »: a name given, taken for words after a cue
    "a name given": {"n100"},
    # « Le navigateur, dit « le Loup de mer », … », « une opération « ville propre » »: a nickname after a naming
    # participle set off by commas, a label in lower case after a noun that bears names (direct-cue-before)
    "a nickname or a label": {"n157", "n160"},
    # « Armand Lescure : le peintre des marées s'est éteint »: a name heading a line about that person, taken for
    # a colon attribution
    "a name before a colon": {"n127"},
}


@probe("nonspeech_probe", KNOWN, construction_id, required=True)
def test_nonspeech_probe(quotes, case):
    check_detection(quotes(case["text"]), case, alone=True)
