"""PolNeAR (Newell, Margolin & Ruths, LREC 2018): political news articles with attribution annotations.

A split (``train``, ``dev``) is a folder with ``text/<article>.txt`` and ``attributions/<article>_<annotator>
.ann``. The annotations are BRAT standoff: ``T`` lines are typed character spans (Source, Cue, Content,
Attribution, ...), possibly discontinuous (``s e;s e``) and with text that may run over several lines of the
file; ``E`` lines tie one attribution's parts (``Attribution:T4 Content:T3 Cue:T2 Source:T1``, sometimes with
``Content2``). Each article counts once: :func:`read_split` reads the alphabetically first annotator's file;
:func:`annotator_sets` gives every annotator's version of the articles several annotated. Offsets index the
text as Python reads the file (``open(path, encoding="utf-8").read()``).
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from .. import config
from ..errors import DataError

_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t")
_E_LINE = re.compile(r"^(E\d+)\t(.*)$")

Parts = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class GoldSpan:
    """One ``T`` line: its id, type and (possibly discontinuous) character ranges, in the file's order."""

    id: str
    type: str
    parts: Parts

    @property
    def start(self) -> int:
        return min(s for s, _ in self.parts)

    @property
    def end(self) -> int:
        return max(e for _, e in self.parts)


@dataclass(frozen=True)
class GoldAttribution:
    """One ``E`` line: the parts of an attribution, each as character ranges (``source`` empty when none)."""

    cue: Parts
    source: Parts
    content: Parts


@dataclass
class GoldArticle:
    """One annotated article: its name (the file stem), text, spans, attributions and annotator."""

    name: str
    text: str
    spans: list[GoldSpan] = field(default_factory=list)
    attributions: list[GoldAttribution] = field(default_factory=list)
    annotator: str | None = None

    def spans_of(self, type_: str) -> list[Parts]:
        return [s.parts for s in self.spans if s.type == type_]


def default_dir() -> Path:
    """``<data_dir>/polnear``."""
    return config.corpus_path("polnear")


def read_ann(path: "str | os.PathLike") -> tuple[list[GoldSpan], list[GoldAttribution]]:
    """The spans and attributions of one BRAT ``.ann`` file. Lines that continue a span's text, notes and
    other record types are skipped; offsets come from the ``T`` line's header, never from its text."""
    spans: dict[str, GoldSpan] = {}
    events: list[dict[str, str]] = []
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(str(path), f"cannot read: {exc.strerror or exc}") from None
    for line in raw.split("\n"):
        m = _T_LINE.match(line)
        if m:
            parts = tuple(tuple(int(x) for x in p.split()) for p in m.group(3).split(";"))
            spans[m.group(1)] = GoldSpan(m.group(1), m.group(2), parts)  # type: ignore[arg-type]
            continue
        m = _E_LINE.match(line)
        if m:
            roles = {}
            for item in m.group(2).split():
                role, _, ref = item.partition(":")
                roles[role] = ref
            events.append(roles)
    attributions = []
    for roles in events:
        def parts(*names: str) -> Parts:
            out: list[tuple[int, int]] = []
            for n in names:
                sp = spans.get(roles.get(n, ""))
                if sp is not None:
                    out.extend(sp.parts)
            return tuple(sorted(out))

        cue = parts("Cue")
        if not cue:
            continue
        attributions.append(GoldAttribution(cue=cue, source=parts("Source"), content=parts("Content", "Content2")))
    return list(spans.values()), attributions


def split_files(data_dir: "str | os.PathLike | None", split: str) -> tuple[Path, dict[str, list[Path]]]:
    """A split's text folder, and each article's ``.ann`` files (``<article>_<annotator>.ann``) in annotator
    order."""
    folder = Path(data_dir if data_dir is not None else default_dir())
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "no such folder"
        raise DataError(str(folder), f"{what} (PolNeAR: the folder holding train/ and dev/)")
    root = folder / split
    text_dir, ann_dir = root / "text", root / "attributions"
    if not text_dir.is_dir():
        raise DataError(str(root), "not a PolNeAR split (no text/ folder)")
    anns: dict[str, list[Path]] = {}
    for p in sorted(ann_dir.glob("*.ann")) if ann_dir.is_dir() else []:
        anns.setdefault(p.stem.rpartition("_")[0], []).append(p)
    return text_dir, {stem: sorted(files, key=_annotator) for stem, files in anns.items()}


def _annotator(path: Path) -> str:
    return path.stem.rpartition("_")[2]


def read_split(data_dir: "str | os.PathLike | None" = None, split: str = "dev") -> list[GoldArticle]:
    """Every article of a PolNeAR split in file-name order, with the alphabetically first annotator's
    annotations (``annotator`` is ``None`` and the lists are empty for an article nobody annotated)."""
    text_dir, anns = split_files(data_dir, split)
    out = []
    for tp in sorted(text_dir.glob("*.txt")):
        with open(tp, encoding="utf-8") as fh:
            text = fh.read()
        art = GoldArticle(tp.stem, text)
        files = anns.get(tp.stem, [])
        if files:
            art.spans, art.attributions = read_ann(files[0])
            art.annotator = _annotator(files[0])
        out.append(art)
    return out


def annotator_sets(data_dir: "str | os.PathLike | None" = None,
                   split: str = "dev") -> list[tuple[GoldArticle, list[GoldArticle]]]:
    """The articles of a split that several annotators annotated: each as the alphabetically first annotator's
    version (the reference every evaluation uses) and the other annotators' versions, in annotator order."""
    text_dir, anns = split_files(data_dir, split)
    out = []
    for stem, files in sorted(anns.items()):
        tp = text_dir / f"{stem}.txt"
        if len(files) < 2 or not tp.is_file():
            continue
        text = tp.read_text(encoding="utf-8")
        versions = []
        for f in files:
            spans, attributions = read_ann(f)
            versions.append(GoldArticle(stem, text, spans, attributions, _annotator(f)))
        out.append((versions[0], versions[1:]))
    return out
