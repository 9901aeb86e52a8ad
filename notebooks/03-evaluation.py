# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # How good is newslib? Scores against annotated corpora
# Three checks against human annotation: **attribution** (sources, cues and contents) on PolNeAR,
# **uncertainty** (hedged sentences and their cues) on the news part of the Szeged Uncertainty Corpus
# (FactBank), and the **headline check** (stance of a body towards its headline) on FNC-1. Precision is the
# share of newslib's tags that the annotators also marked, recall the share of the annotators' marks that
# newslib found, F1 their harmonic mean.

# %% tags=["parameters"]
# PolNeAR (the folder holding train/ and dev/) and the split to score; Szeged FactBank XML. Relative paths
# are tried from the current folder, then from the repository root. Empty: the corpus in the data folder
# ($NEWSLIB_DATA, else ../shared/data beside the repository).
polnear: str = ""
split: str = "dev"
factbank: str = ""
# Score only the first N PolNeAR articles (0 = all of the split).
limit: int = 0
# FNC-1 (the folder holding train_bodies.csv and train_stances.csv): the shipped stance model on its dev split.
fnc1: str = ""
# Headline-body pairs written by hand (JSONL: headline, body, stance, kind), unseen by the stance model.
stance_pairs: str = "tests/data/stance_pairs.jsonl"

# %%
import pandas as pd
from IPython.display import HTML, Markdown, display

from newslib import analysis, config, figures
from newslib.render import table_html
from newslib.evaluation import polnear as polnear_eval
from newslib.evaluation import uncertainty as uncertainty_eval
from newslib.run import locate

pd.set_option("display.max_colwidth", 120)

polnear = str(locate(polnear or config.corpus_path("polnear")))
factbank = str(locate(factbank or config.corpus_path("factbank")))
attribution = polnear_eval.evaluate(polnear, split, **({"limit": limit} if limit else {}))
display(HTML(table_html(pd.Series(attribution.info, name="value").to_frame(), index=True)))

# %% [markdown]
# ## Attribution: precision, recall and F1 per role
# Each role (cue, source, content) is scored twice: **exact** (the same characters) and **overlap** (at
# least one character shared); **attribution** needs the cue right and its source and content overlapping.

# %%
display(HTML(table_html(analysis.metrics_table(attribution), index=True)))
figures.prf_bars(attribution.to_frame(), title="Attribution on PolNeAR: precision, recall and F1")

# %% [markdown]
# ## Against the annotators' own agreement
# PolNeAR's annotators do not always agree with each other: on the articles several of them annotated, each
# other annotator is scored against the reference annotator exactly as newslib is. Their F1 is the ceiling to
# read newslib's against; *share* is newslib's F1 as a part of it. The two are measured on different articles
# (the annotators' on those several of them annotated, newslib's on the split above), so read the share as a
# guide, not a measurement.

# %%
from newslib.errors import DataError

try:
    ceiling = polnear_eval.agreement(polnear)
except DataError as exc:
    print(f"No agreement to compare with: {exc}")
else:
    print(f"{ceiling.info['annotator pairs']} annotator pairs on {ceiling.info['articles']} articles")
    display(HTML(table_html(analysis.against_agreement(attribution, ceiling), index=True)))

# %% [markdown]
# ## Where attribution goes wrong: a sample of errors
# False positives are tags the annotators did not make; false negatives are annotations newslib missed. Each
# table is drawn at random (a fixed seed, so every run shows the same) from the outlets in turn.

# %%
for name, table in analysis.error_samples(attribution, n=6).items():
    display(Markdown(f"**{name}**"))
    display(HTML(table_html(table)))

# %% [markdown]
# ## Uncertainty: hedged sentences and their cues
# A sentence is uncertain when the annotators marked at least one uncertainty cue in it.

# %%
uncertainty = uncertainty_eval.evaluate(factbank)
display(HTML(table_html(pd.Series(uncertainty.info, name="value").to_frame(), index=True)))
display(HTML(table_html(analysis.metrics_table(uncertainty), index=True)))
figures.prf_bars(uncertainty.to_frame(), title="Uncertainty on FactBank (Szeged): precision, recall and F1")

# %% [markdown]
# ## Where uncertainty goes wrong: a sample of errors

# %%
for name, table in analysis.error_samples(uncertainty, n=6).items():
    display(Markdown(f"**{name}**"))
    display(HTML(table_html(table)))

# %% [markdown]
# ## Headline stance on FNC-1, and how far its probabilities can be trusted
# The shipped stance model scored on FNC-1's customary dev split (the last 20% of the Body IDs, which the
# model never saw). The **FNC score** gives 0.25 for each right related/unrelated call and 0.75 more for
# the right stance of a related pair, relative to the best possible.

# %%
from newslib.evaluation import fnc1 as fnc1_eval

fnc1 = str(locate(fnc1 or config.corpus_path("fnc-1")))
try:
    stance_report = fnc1_eval.evaluate(fnc1)
except DataError as exc:
    stance_report = None
    print(f"No FNC-1 evaluation: {exc}")
else:
    display(HTML(table_html(analysis.metrics_table(stance_report))))
    display(pd.DataFrame(stance_report.extra["confusion"]).T.rename_axis("gold \\ predicted"))

# %% [markdown]
# **Reliability.** A stance shown with probability 0.8 should be right about 8 times in 10. The model's
# probabilities were calibrated on held-out *training* pairs (one temperature, fitted there); the table
# measures them on dev: for each bin of the probability, its mean (*predicted*) beside the share of calls
# that were right (*observed*), for the stance chosen and for relatedness.

# %%
if stance_report is not None:
    print(stance_report.info["calibration"])
    display(fnc1_eval.reliability_frame(stance_report).set_index(["probability", "bin"]))

# %% [markdown]
# **Unseen pairs.** FNC-1's contradictions are mostly debunked rumours; headlines written to be contradicted
# in other ways (an opposite outcome, a figure that differs, the claim negated or ruled out, a denial, a
# retraction, a source rejecting it) show whether the features generalize. Each pair is judged as
# `newslib check` judges one article; the table gives, per kind, how many contradictions were called
# disagree, then the misses and the pairs wrongly called disagree.

# %%
try:
    from newslib.errors import InputError

    pairs_report = fnc1_eval.score_pairs(fnc1_eval.read_pairs(locate(stance_pairs)))
except InputError as exc:
    print(f"No hand-written pairs: {exc}")
else:
    display(HTML(table_html(analysis.metrics_table(pairs_report))))
    display(pd.DataFrame(pairs_report.extra["disagree by kind"]).T.rename_axis("kind"))
    print("missed:", pairs_report.extra["misses"])
    print("false alarms:", pairs_report.extra["false alarms"])
