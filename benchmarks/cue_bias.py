"""A decoding bias towards CUE (and SOURCE) for the attribution model, chosen by cross-validation on PolNeAR train
(issue 11, branch cue20). Each of ``--folds`` attribution models is trained as ``newslib train attribution`` trains
the shipped one (same templates, epochs, cue weight, vocabulary thresholds, stored and read back through the
model file's format) on the other folds (article i in fold i % folds); its emission scores on its own fold's
articles are computed once, and then every bias of the grid is decoded, put through the passes
(``find_attributions``) and scored with ``newslib eval polnear``'s scorer. Prints one row per bias: cue exact,
source exact, content overlap, whole attribution, content exact F1, cue P / R and the sum of the four target F1s.

    NEWSLIB_DATA=../shared/data .venv/bin/python benchmarks/cue_bias.py [--folds 5] [--cue 0 2 4 8]
        [--source 0] [--cache /tmp/cue_bias.pkl] [--limit N]

The emissions are kept in ``--cache`` (pickle) so that another grid does not train the fold models again.
"""
from __future__ import annotations

import argparse
import pickle
import sys
import time
from pathlib import Path

import numpy as np

from newslib.datasets.polnear import default_dir, read_split
from newslib.evaluation.polnear import score_article
from newslib.tagging.attribution_model import CUE, LABELS, SOURCE, AttributionModel
from newslib.tagging.attributions import find_attributions
from newslib.training.attribution import (CUE_WEIGHT, EPOCHS, SYNTAX, SYNTAX_TEMPLATES, _prepare, build_vocab,
                                          fit)

ROWS = ("cue exact", "source exact", "content overlap", "attribution", "content exact")
TARGETS = ("cue exact", "source exact", "content overlap", "attribution")


def fold_emissions(docs, folds: int, log=print, **fit_options) -> list[tuple]:
    """Each document's ``(emissions, bounds, A, S)`` from the model trained on the other folds."""
    out: list = [None] * len(docs)
    for f in range(folds):
        t = time.perf_counter()
        rest = [d for i, d in enumerate(docs) if i % folds != f]
        model = fit(rest, build_vocab(rest, min_word=3, min_bigram=5), epochs=EPOCHS, cue_weight=CUE_WEIGHT,
                    templates=SYNTAX_TEMPLATES[SYNTAX], **fit_options)
        model = AttributionModel.from_json(model.to_json())  # the stored file's rounding and pruning
        for i in range(f, len(docs), folds):
            ids, bounds = model.features(docs[i][0], docs[i][1])
            out[i] = (model.scores(ids), bounds, model.A, model.S)
        log(f"fold {f + 1} of {folds}: {time.perf_counter() - t:.0f} s")
    return out


def f1(matched: int, predicted: int, gold: int) -> float:
    return 2 * matched / (predicted + gold) if predicted + gold else 0.0


def score_bias(articles, docs, emissions, bias: np.ndarray) -> dict[str, list[int]]:
    """PolNeAR's counts ``[matched, predicted, gold]`` by row over ``articles`` decoded with ``bias`` added."""
    from newslib.linear import viterbi

    counts: dict[str, list[int]] = {}
    for art, (text, sents, _labels), (em, bounds, A, S) in zip(articles, docs, emissions):
        labels = viterbi(em + bias.astype(em.dtype), bounds, A, S) if len(em) else np.zeros(0, dtype=np.int64)
        score_article(art, find_attributions(text, sents, (labels, bounds)), counts)
    return counts


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--cue", type=float, nargs="+", default=[0, 2, 4, 6, 8, 12])
    ap.add_argument("--source", type=float, nargs="+", default=[0])
    ap.add_argument("--cache", default="/tmp/cue_bias.pkl")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--spurious-weight", type=float, help="fit's spurious_weight (default: the cue weight)")
    ap.add_argument("--cue-margin", type=float, default=0.0, help="fit's cue_margin (cost-augmented training)")
    args = ap.parse_args(argv)
    articles = read_split(default_dir(), "train")[:args.limit]
    docs = _prepare(articles)
    cache = Path(args.cache)
    options = {"spurious_weight": args.spurious_weight, "cue_margin": args.cue_margin}
    key = (len(articles), args.folds, args.spurious_weight, args.cue_margin)
    stored = pickle.loads(cache.read_bytes()) if cache.exists() else None
    if stored is not None and stored[0] == key:
        emissions = stored[1]
    else:
        emissions = fold_emissions(docs, args.folds, log=lambda m: print(m, file=sys.stderr, flush=True),
                                   **options)
        cache.write_bytes(pickle.dumps((key, emissions)))
    print("cue bias | source bias | " + " | ".join(ROWS) + " | cue P | cue R | sum of targets")
    for cb in args.cue:
        for sb in args.source:
            bias = np.zeros(len(LABELS))
            bias[CUE], bias[SOURCE] = cb, sb
            c = score_bias(articles, docs, emissions, bias)
            figs = {r: f1(*c[r]) for r in ROWS}
            m, p, g = c["cue exact"]
            print(f"{cb:g} | {sb:g} | " + " | ".join(f"{figs[r]:.4f}" for r in ROWS) +
                  f" | {m / p:.4f} | {m / g:.4f} | {sum(figs[r] for r in TARGETS):.4f}", flush=True)


if __name__ == "__main__":
    main()
