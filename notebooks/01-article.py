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
# **Reading one article closely.** newslib splits the article into sentences, then tags who claims what
# (*attributions*: a **source**, a **cue** such as *said*, and the **content**), how sure each sentence sounds
# (*hedges* lower certainty, *boosters* raise it) and where the text admits it does not know something
# (*gaps*). Everything below is computed from the article file named in the parameters cell.

# %% tags=["parameters"]
# The article to read: a text file with the title on its first line. A relative path is tried from the
# current folder, then from the repository root.
article: str = "data/raw/ukraine-security-guarantees.txt"

# %%
import pandas as pd
from IPython.display import HTML, display

import newslib
from newslib import analysis, figures
from newslib.render import header_html
from newslib.run import locate

pd.set_option("display.max_colwidth", 400)
pd.set_option("display.max_rows", 200)

tagged = newslib.tag(locate(article))
display(HTML(header_html(tagged)))

# %% [markdown]
# ## Sentences
# The article as newslib splits it: one row per sentence in reading order (the title line is sentence 0),
# with its number of word tokens, its claim kind and how certain it sounds. Abbreviations such as "U.S." or
# "Mr." never end a sentence; every line break does.

# %%
sentences = analysis.sentences_table(tagged)
print(f"{len(sentences)} sentences, {int(sentences['tokens'].sum())} tokens")
sentences

# %% [markdown]
# ## Does the headline match the story?
# The headline check compares the title with the body: **related** says whether the body is about what the
# title announces, **stance** whether it agrees with it, discusses it, disagrees or is unrelated,
# **p_related** and **p_stance** are the model's calibrated probabilities of each, and **evidence** quotes the
# body sentences that decided it (for a disagreement, the sentences that contradict the title).

# %%
analysis.headline_table(tagged)

# %% [markdown]
# ## The article, tagged
# The text as written, with every tag highlighted in place (hover over a highlight to see what it is). Small
# grey numbers mark where each sentence starts; they match the `sentence` column of the tables below.

# %%
tagged

# %% [markdown]
# ## Claims: who says what
# One row per claim: **who** makes it (the actor, else the source's own words), the **cue** that introduces
# it, **what** is claimed, its **kind** (statement, proposal, demand, rejection, speculation, gap), whether it
# is quoted directly, and the **certainty** of its sentence (1 = stated as fact).

# %%
analysis.claims_table(tagged)

# %% [markdown]
# ## Actors: quoted, or only talked about
# For each actor (and each unnamed source), how often it is the **source** of a claim and how often it is
# **mentioned** at all. An actor mentioned often but never quoted is talked *about*, not heard *from*.

# %%
analysis.actor_roles(tagged)

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
    display(gaps)
