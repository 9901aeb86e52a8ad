"""The research corpora as plain records: one small reader module per corpus, under :func:`newslib.config.data_dir`.

- :mod:`~newslib.datasets.polnear`: PolNeAR (attribution; BRAT standoff) → ``GoldArticle`` with its spans and
  attributions, the alphabetically first annotator per article (``read_split``) or every annotator
  (``annotator_sets``);
- :mod:`~newslib.datasets.fnc1`: FNC-1 (headline–body stance; CSV) → bodies and ``Pair`` rows, and the
  official baseline's train/dev split (``load_split``);
- :mod:`~newslib.datasets.szeged`: the Szeged Uncertainty Corpus (FactBank news, Wikipedia; XML) →
  ``SzegedSentence`` with its uncertainty cues;
- :mod:`~newslib.datasets.ud`: the Universal Dependencies English treebanks (CoNLL-U) → ``UDSentence``.

Readers depend on :mod:`newslib.config` and :mod:`newslib.errors` (the UD reader also on newslib's tokenizer, to
re-tokenize treebank text): evaluation (scoring) and training (fitting the shipped models) both read corpora
through them, and neither imports the other. A missing or malformed corpus is a
:class:`~newslib.errors.DataError` naming the path and the reason.
"""
