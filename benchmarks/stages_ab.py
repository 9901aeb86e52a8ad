"""CPU time per stage of ``newslib tag``, this tree against another revision, in one process, interleaved.

    .venv/bin/python benchmarks/stages_ab.py --base REV [--n 400] [--rounds 3] [--stages attributions,actors]

Exports REV (``git archive``, as ``benchmarks/identical.py`` does) and imports its package under another name
(``newslib_base``: newslib's own imports are relative), prepares the same PolNeAR train texts with each tree
(tokens, POS tags, the attribution model's labels and every tag a stage reads), then times each stage batch by
batch, the two trees taking turns (base first on even batches, this tree first on odd ones, the order swapped
each round). Prints per stage the median over rounds of each tree's CPU seconds (process_time) and their ratio.

Why: on a machine shared with other work, two runs of ``benchmarks/stages.py`` minutes apart differ by 10-30%
per stage; timed a batch apart, both trees meet the same load, and ratios of a few percent show. Both trees
read the model files of this checkout (``resources.files("newslib.models")``): compare revisions whose code
differs, not their models. Stages: tokenize, pos, model, headline, hedges, gaps, attributions, actors, kinds,
json (the JSON line of each article without its actors).
"""
from __future__ import annotations

import argparse
import gc
import importlib
import shutil
import sys
import tempfile
import time
from pathlib import Path

from _common import polnear_texts

STAGES = ("tokenize", "pos", "model", "headline", "hedges", "gaps", "attributions", "actors", "kinds", "json")


def _package(name: str) -> dict:
    """The functions of the package ``name`` that the stages call."""
    def mod(m):
        return importlib.import_module(f"{name}.{m}")

    return {"read": mod("article").read_article, "tag": mod("tagging").tag, "pos_ids": mod("syntax").pos_ids,
            "tag_names": mod("syntax").tag_names, "actors": mod("tagging.actors").find_actors,
            "model": mod("tagging.attribution_model").default_model,
            "attributions": mod("tagging.attributions").find_attributions, "gaps": mod("tagging.gaps").find_gaps,
            "hedges": mod("tagging.hedges").find_hedges, "kinds": mod("tagging.kinds").classify,
            "tokenized": mod("tagging.tagger")._tokenized, "headline": mod("stance").check_headlines,
            "tagged": mod("tagging.tagged").TaggedArticle, "dumps": mod("cli")._dumps}


def _prepare(P: dict, files, batch: int) -> list:
    """Per batch: the tokenized articles, their sentences, POS ids, and per article every stage's inputs."""
    articles = [P["read"](str(f)) for f in files]
    P["tag"](articles[0])  # lexicons and models load here, outside the timing
    batches = []
    for i in range(0, len(articles), batch):
        docs = [P["tokenized"](a, False) for a in articles[i:i + batch]]
        sents = [s for _, ss in docs for s in ss]
        ids = P["pos_ids"](sents)
        predicted = P["model"]().predict_many([(a.text, ss) for a, ss in docs], ids)
        names = P["tag_names"](ids, sents)
        per, k = [], 0
        for (a, ss), labels in zip(docs, predicted):
            pos = names[k:k + len(ss)]
            k += len(ss)
            found = P["attributions"](a.text, ss, labels, pos)
            _, linked = P["actors"](a.text, ss, found)
            hedges, gaps = P["hedges"](a.text, ss), P["gaps"](a.text, ss)
            kinds, tagged_sents = P["kinds"](a.text, ss, linked, hedges, gaps, pos)
            per.append((a, ss, labels, pos, found, linked, hedges, gaps, kinds, tagged_sents))
        batches.append((docs, sents, ids, per))
    return batches


def _run(P: dict, prepared, stage: str) -> None:
    docs, sents, ids, per = prepared
    if stage == "tokenize":
        for a, _ in docs:
            P["tokenized"](a, False)
        return
    if stage == "pos":
        P["pos_ids"](sents)
        return
    if stage == "model":
        P["model"]().predict_many([(a.text, ss) for a, ss in docs], ids)
        return
    if stage == "headline":
        P["headline"](docs)
        return
    for a, ss, labels, pos, found, linked, hedges, gaps, kinds, tagged_sents in per:
        if stage == "attributions":
            P["attributions"](a.text, ss, labels, pos)
        elif stage == "actors":
            P["actors"](a.text, ss, found)
        elif stage == "hedges":
            P["hedges"](a.text, ss)
        elif stage == "gaps":
            P["gaps"](a.text, ss)
        elif stage == "kinds":
            P["kinds"](a.text, ss, linked, hedges, gaps, pos)
        elif stage == "json":
            P["dumps"](P["tagged"](article=a, sents=tuple(tagged_sents), attribution_records=tuple(kinds),
                                   actor_records=(), headline=None).to_dict(), None)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base", required=True, help="the revision to compare against (e.g. main)")
    ap.add_argument("--n", type=int, default=400, help="PolNeAR train texts (default 400)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--batch", type=int, default=16, help="articles per batch (the pipeline's default: 16)")
    ap.add_argument("--stages", default=",".join(STAGES), help="comma-separated, of: " + ", ".join(STAGES))
    args = ap.parse_args()
    stages = args.stages.split(",")
    unknown = set(stages) - set(STAGES)
    if unknown:
        sys.exit(f"unknown stages: {', '.join(sorted(unknown))}")
    from identical import export

    files = polnear_texts("train", args.n)
    with tempfile.TemporaryDirectory(prefix="newslib-stages-ab-") as tmp:
        tree = export(args.base, Path(tmp))
        shutil.copytree(tree / "newslib", Path(tmp) / "pkgs" / "newslib_base")
        sys.path.insert(0, str(Path(tmp) / "pkgs"))
        trees = {"base": _package("newslib_base"), "here": _package("newslib")}
        prepared = {name: _prepare(P, files, args.batch) for name, P in trees.items()}
        gc.freeze()
        clock = time.process_time
        print(f"{len(files)} PolNeAR train texts, batches of {args.batch}, {args.rounds} rounds; "
              f"CPU seconds, median over rounds: {args.base} / this tree")
        total = {"base": 0.0, "here": 0.0}
        for stage in stages:
            spent: dict[str, list[float]] = {"base": [], "here": []}
            for r in range(args.rounds):
                acc = {"base": 0.0, "here": 0.0}
                for b in range(len(prepared["base"])):
                    order = ("base", "here") if (b + r) % 2 == 0 else ("here", "base")
                    for name in order:
                        t0 = clock()
                        _run(trees[name], prepared[name][b], stage)
                        acc[name] += clock() - t0
                for name in acc:
                    spent[name].append(acc[name])
            med = {name: sorted(v)[len(v) // 2] for name, v in spent.items()}
            for name in total:
                total[name] += med[name]
            print(f"  {stage:13s} {med['base']:7.3f} {med['here']:7.3f}  {med['here'] / med['base']:.3f}x  "
                  f"(rounds {' '.join(f'{x:.3f}' for x in spent['base'])} / "
                  f"{' '.join(f'{x:.3f}' for x in spent['here'])})", flush=True)
        print(f"  {'total':13s} {total['base']:7.3f} {total['here']:7.3f}  {total['here'] / total['base']:.3f}x")


if __name__ == "__main__":
    main()
