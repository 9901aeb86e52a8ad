"""Whole made-up articles in house styles that quotes-dev and HOUSE_STYLES do not have (tests/data/house_articles,
README there), scored by the definitions of the unseen-news evaluation (:mod:`newslib.evaluation.quotes`).

First contact of the tagger with articles 01-13 (main eaea846, before any rule was fitted to them): pair recall
0.886, pair precision 0.790, in-scope precision 0.891; second contact, articles 14-16 written after the first
fixes: 0.871 / 0.711 / 0.788, the same with main's rules and the branch's. The floors below hold the figures of
all 24 a little below, so that a regression fails. Articles 17-24 were written by another engineer: 17-20 before
the rules for silent sources, nested quotations and sentence-final frames (first contact with main eaea846: 0.900 /
0.837 / 0.923), 21-24 after them (with eaea846: 0.967 / 0.806 / 0.933; with those rules 1.0 / 0.882 / 0.967).
Articles 25-33 (round 2, branch attr2, 2026-12-03) were a first contact with main's rules of that morning: 0.954
(83/87) / 0.847 (83/98) / 0.953 (85 in scope); the five rules written from their errors lifted them to 1.0 / 0.897
/ 0.977, which their own floors below hold. Articles 34-43 (round 3, branch attr3, 2026-12-03) were a first
contact with main 72a07fc: 0.960 (96/100) / 0.828 (96/116) / 0.957 (93 in scope); the five passes written from
their errors (tests/test_attribution_round3.py) lifted them to 1.0 / 0.885 / 1.0. Articles 44-46, written after those
passes and tagged once (second contact of round 3), scored 1.0 / 0.970 / 1.0 with the branch and with main alike;
34-46 together (1.0 / 0.904 / 1.0) are held by their own floors below. Articles 47-56 (round 4, branch attr5,
2026-12-03) were a first contact with main 0dbaafc: 0.891 (90/101) / 0.763 (90/118) / 0.862 (94 in scope); the
passes written from their errors and two known errors (tests/test_attribution_round4.py) lifted them to 0.980 (99/101)
/ 0.846 (99/117) / 0.957 (93 in scope), held by their own floors below. Articles 57-66 (round 5, branch attr6,
2026-12-03) were a first contact with main 5457f4d: 0.892 (99/111) / 0.750 (99/132) / 0.892 (102 in scope) on the
first gold, 0.917 (100/109) / 0.758 / 0.902 on the gold corrected after reading it (three headline attributions the
scorer cannot match dropped, one request annotated); the passes written from their errors and four known errors
(tests/test_attribution_round5.py) lifted them to 0.982 (107/109) / 0.829 (107/129) / 0.961 (103 in scope); on their
final texts (real public figures' names replaced by invented ones after the contact) main scores 0.917 / 0.763 /
0.911 and the branch 0.982 (107/109) / 0.836 (107/128) / 0.971 (102 in scope), held by their own floors below.
Articles 67-76 (round 6, branch attr7, 2026-12-03) were a first contact with main 9f9188f: 0.943 (82/87) / 0.707
(82/116) / 0.938 (81 in scope); the passes written from their errors and the known errors of round 5
(tests/test_attribution_round6.py) lifted them to 1.0 (87/87) / 0.744 (87/117) / 0.988 (82 in scope), held by their
own floors below. Articles 77-79, written after those passes by their author and tagged once (second contact of round
6, not a clean test): 0.962 (25/26) / 0.833 / 1.0 with the branch, 0.885 / 0.793 / 0.952 with main 9f9188f.
Articles 80-89 (round 7, branch attr8, 2026-12-03) were a first contact with main ce7fbfd: 0.958 (91/95) / 0.820
(91/111) / 0.966 (88 in scope); the passes written from their errors and the known errors of round 6
(tests/test_attribution_round7.py) lifted them to 1.0 (95/95) / 0.848 (95/112) / 0.989 (89 in scope), held by their
own floors below. Articles 90-99 (round 8, branch attr9, 2026-12-04) were a first contact with main 91533eb: 0.871
(88/101) / 0.739 (88/119) / 0.872 (94 in scope); the passes written from their errors
(tests/test_attribution_round8.py) lifted them to 0.990 (100/101) / 0.847 (100/118) / 0.979 (95 in scope), held by
their own floors below. Articles 100-107 (round 9, branch attr10, 2026-12-04) were a first contact with e330c5a of
branch round: 0.932 (69/74) / 0.775 (69/89) / 0.914 (70 in scope); the fixes written from their errors
(tests/test_attribution_round9.py) lifted them to 0.986 (73/74) / 0.839 (73/87) / 0.971 (70 in scope), and the
passes of branch attr11 for their leftovers (tests/test_attribution_round10.py: a section label's sentence, a denial
read forwards, ...) to 1.0 (74/74) / 0.860 (74/86) / 0.986 (70 in scope), held by their own floors below. Articles
108-115 (round 11, branch attr12, 2026-12-04) were a first contact with main 66f1679: 0.935 (72/77) / 0.791 (72/91) /
0.903 (72 in scope); the passes written from their errors (tests/test_attribution_round11.py) lifted them to 1.0
(77/77) / 0.846 (77/91) / 0.958 (72 in scope), held by their own floors below. Articles 116-123 (round 12, branch
attr13, 2026-12-04) were a first contact with main bf77a3c: 0.958 (91/95) / 0.867 (91/105) / 0.976 (85 in scope); the
passes written from their errors (tests/test_attribution_round12.py) lifted them to 0.989 (94/95) / 0.887 (94/106) /
0.977 (88 in scope), held by their own floors below. Articles 124-131 (round 14, branch attr16, 2026-12-04) were a
first contact with main ffafcb3: 0.926 (88/95) / 0.863 (88/102) / 0.94 (83 in scope); the passes written from their
errors (tests/test_attribution_round14.py) lifted them to 1.0 (95/95) / 0.969 (95/98) / 1.0 (85 in scope), held by
their own floors below. Articles 132-139 (round 15, branch attr17, 2026-12-04) were a first contact with main e6400fd:
0.916 (87/95) / 0.870 (87/100) / 0.89 (91 in scope); the passes written from their errors
(tests/test_attribution_round15.py) lifted them to 0.989 (94/95) / 0.931 (94/101) / 0.957 (92 in scope), held by their
own floors below. Articles 140-147 (round 16, branch attr18, 2026-12-04) were a first contact with main 3a3a2cf: 0.928
(90/97) / 0.874 (90/103) / 0.913 (92 in scope); the fixes written from their errors (tests/test_attribution_round16.py)
and a document's final "states" lifted them to 1.0 (97/97) / 0.924 (97/105) / 0.968 (94 in scope), held by their own
floors below. Articles 148-155 (round 17, branch attr19, 2026-12-04) were a first contact with branch attr18 bd249c6:
0.929 (104/112) / 0.881 (104/118) / 0.951 (103 in scope); the fixes written from their errors
(tests/test_attribution_round17.py) lifted them to 0.982 (110/112) / 0.917 (110/120) / 0.972 (107 in scope), held by
their own floors below (branch attr20's "found ... but ruled" pass: 1.0 (112/112) / 0.918 (112/122) / 0.981). Articles
156-163 (round 18, branch attr20, 2026-12-05) were a first contact with main f0f6746: 0.979 (94/96) / 0.904 (94/104)
/ 0.978 (89 in scope); the fixes written from their errors (tests/test_attribution_round18.py) lifted them to 1.0
(96/96) / 0.932 (96/103) / 0.989 (89 in scope), held by their own floors below.
Articles 164-171 (round 19, branch attr21, 2026-12-05) were a first contact with main f0f6746:
0.960 (95/99) / 0.931 (95/102) / 0.937 (95 in scope); the fixes written from their errors
(tests/test_attribution_round19.py) lifted them to 0.990 (98/99) / 0.951 (98/103) / 0.958 (96 in scope), held by their
own floors below."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import DATA
from newslib.evaluation.quotes import gold_articles, score

HERE = Path(__file__).resolve().parent / "data" / "house_articles"
GOLD = HERE / "gold-spans.jsonl"

PAIR_RECALL_FLOOR = 0.985      # 0.998 (1815/1819), all 171, main after merging attr20 and attr21; 0.998 (1717/1720), all 163, branch attr20 (main f0f6746 0.995; 1-155 alone 0.998, 1621/1624); 0.996 (1618/1624), all 155, branch attr19 (attr18 bd249c6 0.993); 0.997 (1508/1512), all 147, branch attr18 (main 3a3a2cf 0.993); 0.997 (1411/1415), all 139, branch attr17 (main e6400fd 0.992); 0.998 (1317/1320), all 131, branch attr16 (main ffafcb3 0.992); 0.997 (1221/1225), all 123, branch attr13 (main bf77a3c 0.993); 0.996 (1126/1130), all 115, main after merging branches attr11 and attr12 (main 66f1679 0.991; attr12 alone 1125/1130); 0.996 (1049/1053), all 107, branch attr11; 0.995 (1048/1053), all 107, branch attr10 (e330c5a 0.991); 0.996 (975/979), all 99, branch attr9 (main 91533eb 0.984); 0.997 (875/878), all 89, branch attr8; 0.995 (779/783), all 79, branch attr7 (all 76: 0.996, 754/757, main 9f9188f 0.987; all 66 0.993 -> 0.996)
PAIR_PRECISION_FLOOR = 0.86   # 0.887 (1815/2047), all 171, attr20 + attr21; 0.883 (1717/1944), all 163, branch attr20 (main f0f6746 0.881); 0.881 (1618/1836), all 155, branch attr19 (attr18 bd249c6 0.879); 0.879 (1508/1715), all 147, branch attr18 (main 3a3a2cf 0.876); 0.876 (1411/1610), all 139, branch attr17 (main e6400fd 0.873); 0.873 (1317/1509), all 131, branch attr16 (main ffafcb3 0.866); 0.866 (1221/1410), all 123, the afternoon round (attr13 + attr14); 0.862 (1221/1416), all 123, branch attr13 (main bf77a3c 0.861); 0.860 (1126/1309), all 115, attr11 + attr12 (main 66f1679 0.855); 0.861 (1049/1218), all 107, branch attr11; 0.860 (1048/1219), all 107, branch attr10 (e330c5a 0.855); 0.857 (975/1138), all 99, branch attr9 (main 91533eb 0.845); 0.862 (875/1015), all 89, branch attr8; 0.864 (779/902), all 79, branch attr7 (all 76: 0.865, main 9f9188f 0.858; all 66 0.883)
IN_SCOPE_PRECISION_FLOOR = 0.965  # 0.978 (1724 in scope), all 171, attr20 + attr21; 0.979 (1628 in scope), all 163, branch attr20 (main f0f6746 0.978); 0.978 (1537 in scope), all 155, branch attr19 (attr18 bd249c6 0.977); 0.978 (1429 in scope), all 147, branch attr18 (main 3a3a2cf 0.975); 0.979 (1335 in scope), all 139, branch attr17 (main e6400fd 0.975); 0.981 (1243 in scope), all 131, branch attr16 (main ffafcb3 0.977); 0.979 (1157 in scope), all 123, branch attr13 (main bf77a3c 0.979); 0.979 (1068 in scope), all 115, attr11 + attr12 (main 66f1679 0.975); 0.981 (996 in scope), all 107, branch attr11; 0.980 (996 in scope), all 107, branch attr10 (e330c5a 0.976); 0.978 (928 in scope), all 99, branch attr9 (main 91533eb 0.968); 0.982 (831 in scope), all 89, branch attr8; 0.981 (741), all 79, branch attr7 (all 76: 0.981, main 9f9188f 0.972)
ROUND2 = tuple(f"{n:02d}-" for n in range(25, 34))  # articles 25-33: 1.0 (87/87) / 0.897 (87/97) / 0.977 (86 in scope)
ROUND3 = tuple(f"{n:02d}-" for n in range(34, 47))  # articles 34-46: 1.0 (132/132) / 0.904 (132/146) / 1.0 (123 in scope)
ROUND4 = tuple(f"{n:02d}-" for n in range(47, 57))  # articles 47-56: 0.980 (99/101) / 0.846 (99/117) / 0.957 (93 in scope)
ROUND5 = tuple(f"{n:02d}-" for n in range(57, 67))  # articles 57-66: 0.982 (107/109) / 0.836 (107/128) / 0.971 (102)
ROUND6 = tuple(f"{n:02d}-" for n in range(67, 77))  # articles 67-76: 1.0 (87/87) / 0.744 (87/117) / 0.988 (82 in scope)
ROUND6B = tuple(f"{n:02d}-" for n in range(77, 80))  # articles 77-79: 0.962 (25/26) / 0.833 (25/30) / 1.0 (22)
ROUND7 = tuple(f"{n:02d}-" for n in range(80, 90))  # articles 80-89: 1.0 (95/95) / 0.848 (95/112) / 0.989 (89 in scope)
ROUND8 = tuple(f"{n:02d}-" for n in range(90, 100))  # articles 90-99: 0.990 (100/101) / 0.847 (100/118) / 0.979 (95)
ROUND9 = tuple(f"{n:03d}-" for n in range(100, 108))  # articles 100-107: 1.0 (74/74) / 0.860 (74/86) / 0.986 (70), branch attr11 (attr10 0.986 / 0.839 / 0.971)
ROUND11 = tuple(f"{n:03d}-" for n in range(108, 116))  # articles 108-115: 1.0 (77/77) / 0.846 (77/91) / 0.958 (72)
ROUND12 = tuple(f"{n:03d}-" for n in range(116, 124))  # articles 116-123: 0.989 (94/95) / 0.887 (94/106) / 0.977 (88)
ROUND14 = tuple(f"{n:03d}-" for n in range(124, 132))  # articles 124-131: 1.0 (95/95) / 0.969 (95/98) / 1.0 (85)
ROUND15 = tuple(f"{n:03d}-" for n in range(132, 140))  # articles 132-139: 0.989 (94/95) / 0.931 (94/101) / 0.957 (92)
ROUND16 = tuple(f"{n:03d}-" for n in range(140, 148))  # articles 140-147: 1.0 (97/97) / 0.924 (97/105) / 0.968 (94)
ROUND17 = tuple(f"{n:03d}-" for n in range(148, 156))  # articles 148-155: 0.982 (110/112) / 0.917 (110/120) / 0.972 (107)
ROUND18 = tuple(f"{n:03d}-" for n in range(156, 164))  # articles 156-163: 1.0 (96/96) / 0.932 (96/103) / 0.989 (89)
ROUND19 = tuple(f"{n:03d}-" for n in range(164, 172))  # articles 164-171: 0.990 (98/99) / 0.951 (98/103) / 0.958 (96)


@pytest.fixture(scope="module")
def predictions() -> list[dict]:
    from newslib.tagging.tagger import tag

    preds = []
    for path, _ in gold_articles(str(GOLD)):
        d = tag(Path(path).read_text(encoding="utf-8"), headline=False).to_dict()
        d["path"] = path
        preds.append(d)
    return preds


@pytest.fixture(scope="module")
def scores(predictions) -> dict:
    return score(str(GOLD), predictions)


def test_pair_recall_holds_its_floor(scores):
    assert scores["pair"]["n_gold"] == 1819
    assert scores["pair"]["R"] >= PAIR_RECALL_FLOOR, scores


def _score_round(predictions, tmp_path, prefixes) -> dict:
    gold = tmp_path / "gold-spans.jsonl"
    gold.write_text("".join(json.dumps({**g, "path": path}) + "\n" for path, g in gold_articles(str(GOLD))
                            if Path(path).name.startswith(prefixes)), encoding="utf-8")
    return score(str(gold), predictions, str(HERE / "reporting_verbs.txt"))


def test_round_two_articles_hold_their_floors(predictions, tmp_path):
    got = _score_round(predictions, tmp_path, ROUND2)
    assert got["pair"]["n_gold"] == 87
    assert got["pair"]["R"] >= 0.97 and got["pair"]["P"] >= 0.87, got
    assert got["in_scope_pair_precision"] >= 0.95, got


def test_round_three_articles_hold_their_floors(predictions, tmp_path):
    got = _score_round(predictions, tmp_path, ROUND3)
    assert got["pair"]["n_gold"] == 132
    assert got["pair"]["R"] >= 0.98 and got["pair"]["P"] >= 0.88, got
    assert got["in_scope_pair_precision"] >= 0.97, got


def test_round_four_articles_hold_their_floors(predictions, tmp_path):
    got = _score_round(predictions, tmp_path, ROUND4)
    assert got["pair"]["n_gold"] == 101
    assert got["pair"]["R"] >= 0.97 and got["pair"]["P"] >= 0.83, got
    assert got["in_scope_pair_precision"] >= 0.945, got


def test_round_five_articles_hold_their_floors(predictions, tmp_path):
    got = _score_round(predictions, tmp_path, ROUND5)
    assert got["pair"]["n_gold"] == 109
    assert got["pair"]["R"] >= 0.97 and got["pair"]["P"] >= 0.82, got
    assert got["in_scope_pair_precision"] >= 0.95, got


def test_round_six_articles_hold_their_floors(predictions, tmp_path):
    got = _score_round(predictions, tmp_path, ROUND6)
    assert got["pair"]["n_gold"] == 87
    assert got["pair"]["R"] >= 0.97 and got["pair"]["P"] >= 0.73, got
    assert got["in_scope_pair_precision"] >= 0.96, got


def test_round_seven_articles_hold_their_floors(predictions, tmp_path):
    got = _score_round(predictions, tmp_path, ROUND7)
    assert got["pair"]["n_gold"] == 95
    assert got["pair"]["R"] >= 0.98 and got["pair"]["P"] >= 0.83, got
    assert got["in_scope_pair_precision"] >= 0.975, got


def test_round_eight_articles_hold_their_floors(predictions, tmp_path):
    got = _score_round(predictions, tmp_path, ROUND8)
    assert got["pair"]["n_gold"] == 101
    assert got["pair"]["R"] >= 0.98 and got["pair"]["P"] >= 0.84, got
    assert got["in_scope_pair_precision"] >= 0.975, got


def test_round_nine_articles_hold_their_floors(predictions, tmp_path):
    got = _score_round(predictions, tmp_path, ROUND9)
    assert got["pair"]["n_gold"] == 74
    assert got["pair"]["R"] >= 0.99 and got["pair"]["P"] >= 0.84, got
    assert got["in_scope_pair_precision"] >= 0.98, got


def test_round_eleven_articles_hold_their_floors(predictions, tmp_path):
    got = _score_round(predictions, tmp_path, ROUND11)
    assert got["pair"]["n_gold"] == 77
    assert got["pair"]["R"] >= 0.99 and got["pair"]["P"] >= 0.83, got  # main 66f1679: 0.935 / 0.791
    assert got["in_scope_pair_precision"] >= 0.95, got  # main 66f1679: 0.903


def test_round_twelve_articles_hold_their_floors(predictions, tmp_path):
    got = _score_round(predictions, tmp_path, ROUND12)
    assert got["pair"]["n_gold"] == 95
    assert got["pair"]["R"] >= 0.98 and got["pair"]["P"] >= 0.85, got  # main bf77a3c: 0.958 / 0.867
    assert got["in_scope_pair_precision"] >= 0.96, got  # main bf77a3c: 0.976


def test_round_fourteen_articles_hold_their_floors(predictions, tmp_path):
    got = _score_round(predictions, tmp_path, ROUND14)
    assert got["pair"]["n_gold"] == 95
    assert got["pair"]["R"] >= 0.98 and got["pair"]["P"] >= 0.93, got  # main ffafcb3: 0.926 / 0.863
    assert got["in_scope_pair_precision"] >= 0.97, got  # main ffafcb3: 0.94


def test_round_fifteen_articles_hold_their_floors(predictions, tmp_path):
    got = _score_round(predictions, tmp_path, ROUND15)
    assert got["pair"]["n_gold"] == 95
    assert got["pair"]["R"] >= 0.98 and got["pair"]["P"] >= 0.92, got  # main e6400fd: 0.916 / 0.870
    assert got["in_scope_pair_precision"] >= 0.945, got  # main e6400fd: 0.89


def test_round_sixteen_articles_hold_their_floors(predictions, tmp_path):
    got = _score_round(predictions, tmp_path, ROUND16)
    assert got["pair"]["n_gold"] == 97
    assert got["pair"]["R"] >= 0.99 and got["pair"]["P"] >= 0.91, got  # main 3a3a2cf: 0.928 / 0.874
    assert got["in_scope_pair_precision"] >= 0.955, got  # main 3a3a2cf: 0.913


def test_round_seventeen_articles_hold_their_floors(predictions, tmp_path):
    got = _score_round(predictions, tmp_path, ROUND17)
    assert got["pair"]["n_gold"] == 112
    assert got["pair"]["R"] >= 0.97 and got["pair"]["P"] >= 0.9, got  # attr18 bd249c6: 0.929 / 0.881
    assert got["in_scope_pair_precision"] >= 0.96, got  # attr18 bd249c6: 0.951


def test_round_eighteen_articles_hold_their_floors(predictions, tmp_path):
    got = _score_round(predictions, tmp_path, ROUND18)
    assert got["pair"]["n_gold"] == 96
    assert got["pair"]["R"] >= 0.98 and got["pair"]["P"] >= 0.91, got  # main f0f6746: 0.979 / 0.904
    assert got["in_scope_pair_precision"] >= 0.97, got  # main f0f6746: 0.978


def test_round_nineteen_articles_hold_their_floors(predictions, tmp_path):
    got = _score_round(predictions, tmp_path, ROUND19)
    assert got["pair"]["n_gold"] == 99
    assert got["pair"]["R"] >= 0.98 and got["pair"]["P"] >= 0.94, got  # main f0f6746: 0.960 / 0.931
    assert got["in_scope_pair_precision"] >= 0.95, got  # main f0f6746: 0.937


def test_second_contact_of_round_six_holds_its_floors(predictions, tmp_path):
    got = _score_round(predictions, tmp_path, ROUND6B)
    assert got["pair"]["n_gold"] == 26
    assert got["pair"]["R"] >= 0.96 and got["pair"]["P"] >= 0.8, got
    assert got["in_scope_pair_precision"] >= 0.95, got


def test_precision_holds_its_floor(scores):
    assert scores["pair"]["P"] >= PAIR_PRECISION_FLOOR, scores
    assert scores["in_scope_pair_precision"] >= IN_SCOPE_PRECISION_FLOOR, scores


def test_every_kind_is_found(scores):
    assert set(scores["pair_recall_by_kind"]) == {"direct", "mixed", "indirect"}
    assert min(scores["pair_recall_by_kind"].values()) >= 0.95, scores


def test_gold_offsets_index_the_texts():
    arts = gold_articles(str(GOLD))
    assert len(arts) == len(list((HERE / "texts").glob("*.txt"))) == 171
    for path, g in arts:
        text = Path(path).read_text(encoding="utf-8")
        for q in g["quotes"]:
            for k in ("speaker", "cue", "content"):
                if q[k]:
                    assert text[q[k]["start"]:q[k]["end"]] == q[k]["text"], (path, q[k])
            for s, e in q["content"].get("parts", []):
                assert q["content"]["start"] <= s < e <= q["content"]["end"]


def test_gold_spans_are_what_build_py_makes_of_gold_jsonl(tmp_path):
    out = tmp_path / "spans.jsonl"
    run = subprocess.run([sys.executable, str(HERE / "build.py"), "--out", str(out)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert out.read_text(encoding="utf-8") == GOLD.read_text(encoding="utf-8")


def test_scores_equal_the_shared_score_quotes_tool(tmp_path):
    tool = DATA.parent / "tools" / "score_quotes.py"
    if not tool.exists():
        pytest.skip(f"score_quotes.py not found at {tool}")
    from newslib.tagging.tagger import tag

    preds = []
    for path, _ in gold_articles(str(GOLD))[:5]:
        d = tag(Path(path).read_text(encoding="utf-8"), headline=False).to_dict()
        d["path"] = path
        preds.append(d)
    pred_file = tmp_path / "pred.jsonl"
    pred_file.write_text("".join(json.dumps(d) + "\n" for d in preds), encoding="utf-8")
    gold5 = tmp_path / "gold-spans.jsonl"
    gold5.write_text("".join(
        json.dumps({**g, "path": path}) + "\n" for path, g in gold_articles(str(GOLD))[:5]), encoding="utf-8")
    (tmp_path / "reporting_verbs.txt").write_text((HERE / "reporting_verbs.txt").read_text(encoding="utf-8"),
                                                  encoding="utf-8")
    run = subprocess.run([sys.executable, str(tool), str(gold5), str(pred_file), "--json"], capture_output=True,
                         text=True)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == score(str(gold5), preds)
