"""Tagging many articles: the library's corpus pipeline (spaCy's ``nlp.pipe``).

:func:`tag_corpus` reads its inputs, cuts them into batches, tags each batch with :func:`tag_batch` and yields
``(name, TaggedArticle | error)`` in input order, one input at a time, so that a bad input costs only itself.
The CLI (``newslib tag``), the corpus tables (:func:`newslib.analysis.corpus_tables`) and the benchmarks all
go through it.

The unit of work is :func:`tag_batch`: a list of ``(name, Article | InputError)`` pairs and a
:class:`TagOptions` in, a list of ``(name, TaggedArticle | Exception)`` out. It is a top-level function of
plain, picklable data, so that a process pool or a Dask cluster can map it over the batches that
:func:`batches` cuts; it never reads a file and never touches the process's garbage collector.

An error in a result is the :class:`~newslib.errors.InputError` that reading the input raised, or the exception
that tagging it raised (an ``InputError`` for a bad input, anything else is a bug in newslib).
"""
from __future__ import annotations

import gc
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Union

from .article import Article
from .corpus import iter_corpus
from .errors import InputError

if TYPE_CHECKING:  # pragma: no cover
    from .tagging.tagged import TaggedArticle

#: The attribution model runs over batches of at most this many articles, or this much text, at a time: a
#: batch amortizes the model's per-call cost over many short articles, and the cap keeps memory bounded.
BATCH_ARTICLES = 16
BATCH_CHARS = 1_000_000
#: The cyclic garbage collector's young-generation threshold while ``tag_corpus`` runs with ``tune_gc`` (Python's
#: default is 700): loading the models and tagging make millions of short-lived objects that reference counting
#: frees alone, and each collection of the young generation scans them in vain.
GC_YOUNG_THRESHOLD = 100_000

Item = tuple[str, Union[Article, InputError]]
Result = tuple[str, Union["TaggedArticle", BaseException]]


@dataclass(frozen=True)
class TagOptions:
    """How to tag: plain data, the same for every article of a run (see :func:`newslib.tag`)."""

    one_sentence_per_line: bool = False
    headline: bool = True

    @property
    def titled(self) -> bool:
        """Is an input's first line its title?"""
        return not self.one_sentence_per_line


def read_inputs(inputs, *, titled: bool = True) -> Iterator[Item]:
    """``(name, Article | InputError)`` for each input, in order.

    ``inputs``: a path, directory, glob or record file (``.jsonl``, ``.csv``), an :class:`Article`, or an
    iterable of these or of ``(name, Article | InputError)`` pairs (as :func:`newslib.corpus.iter_corpus`
    yields them). An Article without a path is named ``<article N>``, N counting inputs from 1.
    """
    if isinstance(inputs, (str, os.PathLike, Article)):
        inputs = [inputs]
    for n, item in enumerate(inputs, 1):
        if isinstance(item, Article):
            yield (item.path or f"<article {n}>"), item
        elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], (Article, InputError)):
            yield item
        else:
            yield from iter_corpus([item], titled=titled)


def batches(items: Iterable[Item], *, max_articles: int | None = None,
            max_chars: int | None = None) -> Iterator[list[Item]]:
    """Cut a stream of items into batches of at most ``max_articles`` articles and about ``max_chars``
    characters (a batch closes once it reaches either; defaults :data:`BATCH_ARTICLES`, :data:`BATCH_CHARS`).
    Errors ride along in their place and count for neither, so that the results keep the inputs' order."""
    max_articles = max_articles or BATCH_ARTICLES
    max_chars = max_chars or BATCH_CHARS
    batch: list[Item] = []
    n = chars = 0
    for name, item in items:
        batch.append((name, item))
        if isinstance(item, Article):
            n += 1
            chars += len(item.text)
            if n >= max_articles or chars >= max_chars:
                yield batch
                batch, n, chars = [], 0, 0
    if batch:
        yield batch


def tag_batch(items: list[Item], options: TagOptions = TagOptions()) -> list[Result]:
    """Tag one batch: ``(name, TaggedArticle | exception)`` for each item, in order.

    The articles of the batch go through the attribution model together (:func:`newslib.tagging.tag_many`;
    the tags are those of tagging each alone). An input that could not be read keeps its InputError; an
    article that fails gets its exception, and costs only its own place. Ctrl-C and SIGTERM are not caught.
    """
    from . import tagging
    from .tagging.tagger import tag_many

    articles = [item for _, item in items if isinstance(item, Article)]
    if not articles:
        tagged: list = []
    elif len(articles) == 1:
        try:
            tagged = [tagging.tag(articles[0], one_sentence_per_line=options.one_sentence_per_line,
                                headline=options.headline)]
        except Exception as exc:  # noqa: BLE001 - handed back in the article's place
            tagged = [exc]
    else:
        tagged = tag_many(articles, one_sentence_per_line=options.one_sentence_per_line, headline=options.headline)
    done = iter(tagged)
    return [(name, next(done) if isinstance(item, Article) else item) for name, item in items]


def tag_corpus(inputs, *, one_sentence_per_line: bool = False, headline: bool = True,
               max_articles: int | None = None, max_chars: int | None = None,
               tune_gc: bool = True, jobs: int | None = 1, dask: str | None = None,
               render: Callable | None = None, report: Callable[[str], None] | None = None) -> Iterator[Result]:
    """Tag every article of ``inputs`` (see :func:`read_inputs`) and yield ``(name, TaggedArticle | error)``
    in input order, as soon as each batch is done.

    Articles are tagged one by one until the first one succeeds (it loads the lexicons and models, and its
    result comes at once), then in batches (:func:`batches`, :func:`tag_batch`). With ``tune_gc`` the cyclic
    garbage collector's young-generation threshold is raised to :data:`GC_YOUNG_THRESHOLD` from the start, and
    the lexicons and models, which live as long as the process, are frozen out of its passes once the first
    article is tagged: both are undone when the generator ends, is closed or is interrupted.

    ``jobs=N`` (``0``: one per core) tags the batches in N worker processes, ``dask=ADDRESS`` (or
    ``"local"``) on a Dask cluster (:func:`newslib.parallel.map_batches`; ``report`` receives its one-line
    notices, such as the dashboard's address): the results are the same, in the same order. Articles are
    read here and sent to the workers with their batch.

    ``render`` (a picklable top-level function of a TaggedArticle, such as one returning its ``to_dict()``)
    turns each good result into what is yielded, where the article was tagged: with workers, only that
    crosses between processes. Use it with ``jobs``: a TaggedArticle with all its tokens costs about as much
    to pickle and unpickle as it cost to tag, its JSON dict some thirty times less.
    """
    options = TagOptions(one_sentence_per_line=one_sentence_per_line, headline=headline)
    items = read_inputs(inputs, titled=options.titled)
    thresholds = gc.get_threshold()
    tuned = frozen = False
    if dask or (jobs is not None and jobs != 1):
        yield from _tag_parallel(items, options, max_articles, max_chars, jobs, dask, render, report)
        return
    if render is not None:
        for name, result in tag_corpus(items, max_articles=max_articles, max_chars=max_chars, tune_gc=tune_gc,
                                       one_sentence_per_line=one_sentence_per_line, headline=headline):
            yield name, _rendered(result, render)
        return
    try:
        if tune_gc:
            gc.set_threshold(GC_YOUNG_THRESHOLD, *thresholds[1:])
            tuned = True
        for item in items:  # one by one until an article succeeds
            ((name, result),) = tag_batch([item], options)
            done = not isinstance(result, BaseException) and isinstance(item[1], Article)
            if done and tune_gc:
                gc.freeze()
                frozen = True
            yield name, result
            if done:
                break
        for batch in batches(items, max_articles=max_articles, max_chars=max_chars):
            yield from tag_batch(batch, options)
    finally:
        if tuned:
            gc.set_threshold(*thresholds)
        if frozen:
            gc.unfreeze()


def _rendered(result, render: Callable):
    if isinstance(result, BaseException):
        return result
    try:
        return render(result)
    except Exception as exc:  # noqa: BLE001 - handed back in the article's place
        return exc


def tag_and_render(items: list[Item], options: TagOptions, render: Callable | None = None) -> list[tuple]:
    """The unit of work of a parallel run: :func:`tag_batch`, then ``render(tagged)`` for each good result
    (in the worker; an exception it raises takes the article's place)."""
    results = tag_batch(items, options)
    if render is None:
        return results
    return [(name, _rendered(result, render)) for name, result in results]


def _tag_parallel(items, options, max_articles, max_chars, jobs, dask, render, report) -> Iterator[Result]:
    """tag_corpus over worker processes or a Dask cluster: :func:`tag_and_render` mapped over :func:`batches`."""
    from .parallel import map_batches

    results = map_batches(tag_and_render, batches(items, max_articles=max_articles, max_chars=max_chars), options,
                          render, jobs=jobs, dask=dask, report=report)
    try:
        for batch in results:
            yield from batch
    finally:
        results.close()  # stops the pool or leaves the cluster, even when the consumer stops early
