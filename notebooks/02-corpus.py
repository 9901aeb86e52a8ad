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
# A Parquet claims dataset (`newslib tag ... --format parquet --out DIR`): when set, the report reads its
# tables instead of tagging `corpus` again (outlets and dates come from the dataset's records).
dataset: str = ""
# Also add the corpus to this claims store (a .duckdb file, created when missing; empty = no store).
store: str = ""

# %%
import pandas as pd
from IPython.display import HTML, display

from newslib import analysis, config, figures
from newslib.render import folded, table_html
from newslib.run import locate

corpus = str(locate(corpus or config.corpus_path("polnear") / "dev" / "text"))
if dataset:
    tables = analysis.dataset_tables(str(locate(dataset)), limit=limit or None)
else:
    tables = analysis.corpus_tables(corpus, date_field=date_field or None,
                                    outlet_field=outlet_field or None, limit=limit or None, headline=True)
display(HTML(table_html(tables.summary().reset_index())))

# %% [markdown]
# ## Headlines the body does not bear out
# The headline check compares each article's title with its body: listed here are the articles whose body
# **contradicts** the headline or is **unrelated** to it, with the check's probability that title and body
# are related. Open the article's own report (`newslib run article -p article FILE`) to see the evidence.

# %%
flagged = analysis.flagged_headlines(tables)
if flagged.empty:
    print(f"No headline was flagged: the body of each of the {len(tables.articles)} articles supports or "
          "discusses its headline (or the article has no title line).")
else:
    print(f"{len(flagged)} of {len(tables.articles)} headlines flagged.")
    display(HTML(table_html(flagged)))

# %% [markdown]
# ## The articles
# One row per article, by date: its number of **claims**, the share of them credited to an **anonymous**
# source, its mean **certainty** (1 = every sentence stated as fact) and the **headline verdict** (supported,
# discussed, contradicted, unrelated; unchecked when it has no title line).

# %%
articles = analysis.articles_table(tables)
display(HTML(folded(f"{len(articles)} articles", table_html(articles), open_=len(articles) <= 40)))

# %% [markdown]
# ## Inputs that could not be read
# Files or records newslib could not use, with the reason.

# %%
if tables.failed:
    display(HTML(table_html(pd.DataFrame(tables.failed, columns=["input", "reason"]))))
else:
    print(f"All {len(tables.articles)} inputs were read and tagged.")

# %% [markdown]
# ## Who is quoted, and when
# Claims per actor over time for the most quoted actors; only possible when articles carry dates.

# %%
figures.claims_over_time(analysis.claims_over_time(tables))

# %% [markdown]
# ## What kinds of claims each outlet reports
# The share of each outlet's claims by kind: plain statements, proposals, demands, rejections, speculation.

# %%
kinds = analysis.kinds_by_outlet(tables)
display(HTML(table_html(kinds.reset_index())))
figures.kinds_by_outlet(kinds)

# %% [markdown]
# ## The words that introduce claims
# The most used cues. *Said* is neutral; *claimed*, *insisted* or *admitted* colour the claim they introduce.
# A quotation introduced by punctuation alone (a colon, a dash) is listed as such.

# %%
cues = analysis.top_cues(tables, n=20)
display(HTML(table_html(cues)))
figures.top_cues(cues)

# %% [markdown]
# ## Anonymous sources
# How much of each outlet's reporting rests on people the reader cannot identify.

# %%
anon = analysis.anonymous_share(tables)
display(HTML(table_html(anon)))
figures.anonymous_share(anon)

# %% [markdown]
# ## Hedging by actor
# Which actors' claims come wrapped in *may*, *reportedly* or *if*: the share of each actor's claims made in
# sentences marked uncertain, and their mean certainty.

# %%
hedging = analysis.hedging_by_actor(tables)
if not hedging.empty:
    display(HTML(table_html(hedging)))
figures.hedging_by_actor(hedging)

# %% [markdown]
# ## Information gaps
# How often articles say outright that something is not known, per outlet.

# %%
gaps = analysis.gap_rate(tables)
display(HTML(table_html(gaps)))
figures.gap_rate(gaps)

# %%
# With -p store FILE, the corpus (or the dataset) also goes into the claims store that the trends notebook reads.
# The store keeps each article's headline check, so it tags again, but only the articles it does not hold yet.
if store and dataset:
    from newslib import store as claims_store

    print(claims_store.load_dataset(store, str(locate(dataset))).line())
elif store:
    from newslib import store as claims_store

    print(claims_store.add(store, corpus, date_field=date_field or None,
                           outlet_field=outlet_field or None, limit=limit or None).line())
