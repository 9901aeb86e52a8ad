"""What the stage benchmarks do not see: start-up, and the first sight of each word type, per stage of ``newslib tag``.

    .venv/bin/python benchmarks/cold.py [--n 840] [--passes 2]

``benchmarks/stages.py`` and ``stages_ab.py`` time stages over texts that were already tagged once in the same
process (``stages_ab`` prepares every stage's inputs first; ``stages`` keeps the best of its turns), so every
per-type cache is warm when they time: the POS tagger's word-type table (``FeatureSpace._add_types``), the
attribution model's (``_type_id``), the stance words (``_word_info``), Punkt's verdicts. A ``newslib tag`` run
meets every type for the first time. This script runs the pipeline as the CLI does (``tag_corpus`` with the
JSON line of each article) over the same PolNeAR train texts ``--passes`` times in one process and prints the
CPU seconds (process_time) of each stage in each pass, after the start-up (imports, then the models and
lexicons, loaded by tagging the seed article: its few types are then warm too). The first pass's excess over
the second is the cold cost the stage benchmarks leave out; the start-up and ``rest`` (reading the files,
batching, records) are the rest of the CLI's CPU. Stages are timed by wrapping the functions that
:mod:`newslib.tagging.tagger` calls; the results are not changed.
"""
from __future__ import annotations

import argparse
import time
from collections import Counter

from _common import ROOT, polnear_texts

clock = time.process_time
SEED = ROOT / "data" / "raw" / "ukraine-security-guarantees.txt"


def _timed(spent: Counter, key: str, fn):
    def timed(*args, **kwargs):
        t0 = clock()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[key] += clock() - t0
    return timed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=840, help="PolNeAR train texts (default 840, all)")
    ap.add_argument("--passes", type=int, default=2)
    args = ap.parse_args()
    files = polnear_texts("train", args.n)
    t0 = clock()
    import newslib.stance as stance
    import newslib.tagging.tagger as tagger
    from newslib.cli import _dumps
    from newslib.pipeline import tag_corpus
    t1 = clock()
    tagger.tag(str(SEED))
    t2 = clock()
    print(f"{len(files)} PolNeAR train texts; start-up: imports {t1 - t0:.2f} s, models and lexicons (the seed "
          f"article tagged) {t2 - t1:.2f} s")
    spent: Counter = Counter()
    for name, key in (("tokenize_text", "tokenize"), ("pos_ids", "pos"), ("find_hedges", "hedges"),
                      ("find_gaps", "gaps"), ("find_attributions", "attributions"), ("find_actors", "actors"),
                      ("classify", "kinds")):
        setattr(tagger, name, _timed(spent, key, getattr(tagger, name)))
    for name in ("check_headlines", "check_headline"):
        setattr(stance, name, _timed(spent, "headline", getattr(stance, name)))
    model = tagger.default_model()
    model.predict_many = _timed(spent, "model", model.predict_many)  # the instance's: the cached model

    def render(tagged):
        return tagged.to_dict()

    passes = []
    for _ in range(args.passes):
        spent.clear()
        t0 = clock()
        for _, result in tag_corpus(list(map(str, files)), render=render):
            if not isinstance(result, BaseException):
                t = clock()
                _dumps(result, None)
                spent["json"] += clock() - t
        total = clock() - t0
        passes.append((total, dict(spent)))
    keys = sorted(passes[0][1], key=lambda k: -passes[0][1][k])
    print(f"CPU seconds per pass: {' / '.join(f'pass {i + 1}' for i in range(len(passes)))}"
          + ("; first over last" if len(passes) > 1 else ""))
    for key in keys + ["rest", "total"]:
        row = [(p[0] - sum(p[1].values())) if key == "rest" else p[0] if key == "total" else p[1].get(key, 0.0)
               for p in passes]
        print(f"  {key:13s} " + " ".join(f"{x:7.3f}" for x in row)
              + (f"  {row[0] - row[-1]:+7.3f}" if len(row) > 1 else ""))


if __name__ == "__main__":
    main()
