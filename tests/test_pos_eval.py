"""``newslib eval pos``: the report's error analysis by tag pair, with a stand-in tagger (no data needed)."""
from __future__ import annotations


def test_eval_pos_lists_the_most_frequent_tag_pair_errors(tmp_path):
    from newslib.datasets import ud
    from newslib.evaluation.pos import PosReport, score

    class EveryWordANoun:
        def tag_sents(self, sentences):
            return [[(w, "NN") for w in s] for s in sentences]

    text = "# text = Obama said it.\n1\tObama\tObama\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n" \
           "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n3\tit\tit\tPRON\tPRP\t_\t2\tobj\t_\tSpaceAfter=No\n" \
           "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
    path = tmp_path / "x.conllu"
    path.write_text(text * 3, encoding="utf-8")
    sents = list(ud.read_conllu(path))
    r = score(EveryWordANoun(), sents)
    assert r["xpos_words"] == 0.0
    assert r["confusions"] == [{"gold": ".", "predicted": "NN", "count": 3},
                               {"gold": "NNP", "predicted": "NN", "count": 3},
                               {"gold": "PRP", "predicted": "NN", "count": 3},
                               {"gold": "VBD", "predicted": "NN", "count": 3}]  # ties in tag order
    report = PosReport([{"treebank": "ewt", "split": "dev", **r}])
    assert "ewt errors (gold->predicted, treebank words): .->NN 3, NNP->NN 3, PRP->NN 3, VBD->NN 3" in report.to_text()
    assert report.to_dict()["treebanks"][0]["confusions"][1]["gold"] == "NNP"
