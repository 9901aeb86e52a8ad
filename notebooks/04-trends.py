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
# # Claims over time
# What the claims store has gathered, night after night: who is quoted more, who is new, which outlets lean
# on sources readers cannot trace, whether the coverage grows more or less certain, which headlines their
# own articles do not support, and which claims travel from article to article. Every table below is a query
# over the store (`newslib.store`), filtered to the period and, where given, the outlets and actors named in
# the parameters.

# %% tags=["parameters"]
# The claims store (newslib tag PATH... --store FILE, or newslib run corpus -p store FILE).
store: str = ""
# The period, YYYY-MM-DD, both days included; empty: until the store's last day, since four weeks before.
since: str = ""
until: str = ""
# Keep only these outlets / actors (comma-separated names, as in the store); empty: all.
outlet: str = ""
actor: str = ""

# %%
import pandas as pd
from IPython.display import display

from newslib import threads, trend_figures, trends
from newslib import store as claims_store
from newslib.errors import InputError
from newslib.run import locate

pd.set_option("display.max_colwidth", 90)
if not store:
    raise InputError("-p store", "the trends report needs a claims store: -p store FILE.duckdb")
db = claims_store.open(str(locate(store)))
window = trends.window(db, since or None, until or None, outlet=outlet, actor=actor)
trends.summary(db, window)

# %% [markdown]
# ## Who is quoted most, week by week
# The named actors given most claims in the period (pronouns and anonymous sources left out).

# %%
quoted = trends.most_quoted(db, window)
trend_figures.most_quoted(quoted)

# %% [markdown]
# ## New voices
# Actors quoted in this period whom the store had never seen quoted before it.

# %%
voices = trends.new_voices(db, window)
display(voices)
trend_figures.new_voices(voices)

# %% [markdown]
# ## Sources readers cannot trace
# Per outlet and week, the share of claims credited to anonymous sources ("officials said") or to no source.

# %%
unnamed = trends.unnamed_sources(db, window)
trend_figures.unnamed_sources(unnamed)

# %% [markdown]
# ## Certainty and admitted gaps
# How sure the period's sentences sound, and how often articles say outright that something is not known.

# %%
certainty = trends.certainty_by_week(db, window)
display(certainty)
trend_figures.certainty_by_week(certainty)

# %% [markdown]
# ## Headlines their articles do not support
# The headline check's verdicts per outlet, then the headlines it flags: judged unrelated to their body, or
# contradicted by it. The evidence is the body sentences the verdict rests on.

# %%
display(trend_figures.headline_counts(trends.headline_counts(db, window)))
flagged = trends.flagged_headlines(db, window)
flagged if len(flagged) else print("No headline in this period was flagged.")

# %% [markdown]
# ## Claims that travel
# Claim threads: the same actor's claim, in close wording, in several articles. For each, when it was first
# seen, where it was repeated, how many versions were hedged, and how many versions from other sources
# reject it. Then the versions of the largest threads, and the conflicting versions.

# %%
found = threads.from_store(db, window)
display(found.threads.head(15))
trend_figures.top_threads(found.threads)

# %%
top = found.threads["thread"].head(3).tolist()
display(found.versions[found.versions["thread"].isin(top)])
found.conflicts if len(found.conflicts) else print("No thread has a version that another source rejects.")

# %%
db.close()
