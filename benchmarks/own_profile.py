"""Where propos' own steps spend their CPU: a sampling profile (one sample per millisecond of CPU), spaCy's share apart.

    .venv/bin/python benchmarks/own_profile.py [--articles 150] [--repeats 1] [--top 60] [--show NAME ...]

Parses the first N pool articles with the spaCy steps once (as own_speed.py does), then runs the extraction steps
with a CPU timer that records the Python stack: each function's share of the samples where it is on the stack
(inclusive), and each line's where it runs itself. cProfile misleads here: it charges every call, so code made of
many small calls looks far dearer than it is (stop 48: the boosted trees' predict, 1.5 % of own time under
cProfile, is 0.05 s of 3.5 s; compiling the time gate, 2.6 s under cProfile, is 0.1 s).

Stop 48 (150 articles): quotations 48 % of the samples, stances 26 %, time 14 %, actors 9 %; the time gate's
regex is the only line over 3 % (7.5 %); the rest is spread over hundreds of functions under 2 % each. Reading
spaCy's arrays (`doc.to_array`) in place of a walk over the tokens paid only where the walk did string work per
token (article_counts 0.085 -> 0.064 s, a sentence's polarity from the doc's signs 0.048 -> 0.017 s); for doc_words
and the noun heads, whose walk reads ids only, it gave nothing (0.100 vs 0.096 s, 0.044 vs 0.045 s): building a
Token is not what costs, the Python work per token is.
"""

from __future__ import annotations

import argparse
import collections
import signal

from own_speed import fresh_copies, parsed_pool


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--top", type=int, default=60)
    parser.add_argument("--show", nargs="*", default=[],
                        help="also print the samples of the functions whose 'path:name' ends with one of these")
    args = parser.parse_args()
    _articles, own, docs, _parsed = parsed_pool(args.articles)
    inclusive: collections.Counter = collections.Counter()
    own_lines: collections.Counter = collections.Counter()
    samples = 0

    def sample(_signum, frame) -> None:
        nonlocal samples
        samples += 1
        seen = set()
        own_lines[_where(frame, line=True)] += 1
        while frame is not None:
            name = _where(frame)
            if name not in seen:
                inclusive[name] += 1
                seen.add(name)
            frame = frame.f_back

    signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
    for _ in range(args.repeats):
        copies = fresh_copies(docs)
        for _name, step in own:
            copies = [step(d) for d in copies]
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    print(f"{samples} samples (ms of CPU)\n== on the stack")
    for name, n in inclusive.most_common(args.top):
        print(f"{n / samples:6.1%} {name}")
    for wanted in args.show:  # a function below the top, to compare one change's functions before and after
        for name, n in sorted(inclusive.items()):
            if name.endswith(wanted):
                print(f"  {n:6d} ms {n / samples:6.1%} {name}")
    print("== running itself")
    for name, n in own_lines.most_common(args.top // 2):
        print(f"{n / samples:6.1%} {name}")


def _where(frame, line: bool = False) -> str:
    code = frame.f_code
    name = f"{code.co_filename.split('/src/')[-1]}:{code.co_name}"
    return f"{name}:{frame.f_lineno}" if line else name


if __name__ == "__main__":
    main()
