# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # A corpus at a glance
# newslib tags every article of a corpus (who claims what, how surely, and what is admitted unknown) and
# sums the tags up by actor, outlet and date. Outlets and dates come from the corpus's records, or from file
# names like `publisher_YYYY-MM-DD_slug.txt` (PolNeAR's). A progress bar runs on the terminal while the
# articles are tagged; it is not part of this report.

# %% tags=["parameters"]
# The corpus: a directory, a glob ("news/*.txt"), a .jsonl or a .csv file. Relative paths are tried from the
# current folder, then from the repository root. Empty: PolNeAR's dev texts in the data folder
# ($NEWSLIB_DATA, else ../shared/data beside the repository).
corpus: str = ""
# Record fields holding the date and the outlet (JSONL/CSV); empty = "date"/"source" or the file name.
date_field: str = ""
outlet_field: str = ""
# Tag only the first N articles (0 = all).
limit: int = 0

# %%
import pandas as pd
from IPython.display import display

from newslib import analysis, config, figures
from newslib.run import locate

pd.set_option("display.max_colwidth", 100)

corpus = str(locate(corpus or config.corpus_path("polnear") / "dev" / "text"))
tables = analysis.corpus_tables(corpus, date_field=date_field or None,
                                outlet_field=outlet_field or None, limit=limit or None)
tables.summary()

# %% [markdown]
# ## Inputs that could not be read
# Files or records newslib could not use, with the reason (empty when every input was read).

# %%
if tables.failed:
    display(pd.DataFrame(tables.failed, columns=["input", "reason"]))
else:
    print(f"All {len(tables.articles)} inputs were read and tagged.")

# %% [markdown]
# ## Who is quoted, and when
# Claims per actor over time for the most quoted actors; only possible when articles carry dates.

# %%
over_time = analysis.claims_over_time(tables)
if over_time.empty:
    print("The corpus has no dates, so claims cannot be placed in time.")
figures.claims_over_time(over_time)

# %% [markdown]
# ## What kinds of claims each outlet reports
# The share of each outlet's claims by kind: plain statements, proposals, demands, rejections, speculation.

# %%
kinds = analysis.kinds_by_outlet(tables)
display(kinds)
figures.kinds_by_outlet(kinds)

# %% [markdown]
# ## The words that introduce claims
# The most used cues. *Said* is neutral; *claimed*, *insisted* or *admitted* colour the claim they introduce.

# %%
cues = analysis.top_cues(tables, n=20)
display(cues)
figures.top_cues(cues)

# %% [markdown]
# ## Anonymous sources
# How much of each outlet's reporting rests on people the reader cannot identify.

# %%
anon = analysis.anonymous_share(tables)
display(anon)
figures.anonymous_share(anon)

# %% [markdown]
# ## Hedging by actor
# Which actors' claims come wrapped in *may*, *reportedly* or *if*: the share of each actor's claims made in
# sentences marked uncertain, and their mean certainty.

# %%
hedging = analysis.hedging_by_actor(tables)
display(hedging)
figures.hedging_by_actor(hedging)

# %% [markdown]
# ## Information gaps
# How often articles say outright that something is not known, per outlet.

# %%
gaps = analysis.gap_rate(tables)
display(gaps)
figures.gap_rate(gaps)
