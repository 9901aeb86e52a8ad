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

# %% tags=["parameters"]
# The article to read: a text file with the title on its first line. A relative path is tried from the
# current folder, then from the repository root.
article: str = "data/raw/ukraine-security-guarantees.txt"

# %%
import pandas as pd
from IPython.display import HTML, display

import newslib
from newslib import analysis, figures
from newslib.render import folded, header_html, table_html, verdict_html
from newslib.run import locate

pd.set_option("display.max_colwidth", 400)
pd.set_option("display.max_rows", 200)

tagged = newslib.tag(locate(article))
display(HTML(header_html(tagged) + verdict_html(tagged)))

# %% [markdown]
# ## The article, tagged
# Who claims what, in place: an attribution's **source**, **cue** and **content** carry the same boxed number,
# the `#` of the claims table. Grey numbers start each sentence; a mark after one (◕ ◑ ◔ ○) says how sure it
# sounds (no mark: stated as fact).

# %%
tagged

# %% [markdown]
# ## Claims: who says what
# One row per claim, numbered as in the text above: **who** makes it (the actor, else the source's own words),
# the **cue** that introduces it, **what** is claimed (¶ marks a paragraph break inside it), its **kind**
# (statement, proposal, demand, rejection, speculation, gap), whether it is quoted directly, and the
# **certainty** of its sentence (1 = stated as fact).

# %%
claims = analysis.claims_table(tagged)
if claims.empty:
    print("newslib found no attributed claim in this article.")
else:
    display(HTML(table_html(claims)))

# %% [markdown]
# ## Actors: quoted, or only talked about
# For each actor (and each unnamed source), how often it is the **source** of a claim and how often it is
# **mentioned** at all. An actor mentioned often but never quoted is talked *about*, not heard *from*.

# %%
display(HTML(table_html(analysis.actor_roles(tagged))))

# %%
figures.claims_by_actor(tagged)

# %% [markdown]
# ## How sure does the article sound?
# Certainty sentence by sentence: a drop marks speculation, hedged claims or gaps; a flat line at 1 means
# the article states its claims as facts.

# %%
figures.certainty_along(tagged)

# %% [markdown]
# ## What the article admits it does not know
# Each *gap* is a phrase saying that something is unknown, unclear or not specified; **about** is what is
# unknown, where newslib could tell.

# %%
gaps = analysis.gaps_table(tagged)
if gaps.empty:
    print("newslib found no sentence in which the article says that something is not known.")
else:
    display(HTML(table_html(gaps)))

# %% [markdown]
# ## Sentences
# The article as newslib splits it, folded (click to open): one row per sentence in reading order (the title
# line is sentence 0), with its number of word tokens, its claim kind and how certain it sounds.
# Abbreviations such as "U.S." or "Mr." never end a sentence; every line break does.

# %%
sentences = analysis.sentences_table(tagged)
display(HTML(folded(f"{len(sentences)} sentences, {int(sentences['tokens'].sum())} tokens",
                    table_html(sentences))))
