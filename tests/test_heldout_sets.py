"""Regression floors on the team's held-out sets (corpora/heldout*), one table for all of them.

Each set was written and annotated by someone who had not seen the code, and its gold committed before
reportmine first ran on it. The first-contact figures (benchmarks/heldout_eval.py at the commit named)
are the honest measure of unseen reports; after first contact a set became a development set and
training data for the typing model, so its floors sit a little under the figures measured now, to
catch regressions (heldout21 to heldout34 too; heldout25 to heldout28 were written after the fixes
heldout21 to heldout24 prompted; heldout29 to heldout40, the newest, are ordinary pages by new writers,
the kind the hidden measurement holds: heldout29-34 first run by the code at 85e17ac; heldout35-37 written
while their fixes were made, first run at 1004cbe, and scored the same after those fixes; heldout38-40 first
run at 46d1de9, and after the next fixes typed 0.961 / 0.917 / 0.886 with a model that never saw them;
heldout41-43 first run by the round's final code and model, 3564747; heldout44-47, the tenth round's first
wave, first run by that same code, 671bdd0; heldout48-50, written blind while that wave's fixes were made, first
run by the round's final code and model, ebb4da5: their floors for core sit lower, as their gold types 在档 households
and 清凉 goods as the blind sets agreed among themselves, which corpora/label_conflicts.tsv keeps out of training).

| set | first contact (commit) | figure | typed | core | section | text CER |
|---|---|---|---|---|---|---|
| heldout | 6a2c0cf | 0.951 | 0.837 | 0.910 | 1.000 | 0.0164 |
| heldout2 | 4309318 | 0.956 | 0.894 | 0.940 | 1.000 | 0.0064 |
| heldout3 | 86faf5f | 0.981 | 0.934 | 0.971 | 1.000 | 0.0002 |
| heldout4 | e2e2301 | 0.968 | 0.914 | 0.992 | 1.000 | 0.0134 |
| heldout5 | 1790d8a | 0.994 | 0.933 | 0.969 | 0.964 | 0.0124 |
| heldout6 | 0a014ff | 0.982 | 0.892 | 0.920 | 1.000 | 0.0312 |
| heldout7 | 1dfdd98 | 0.880 | 0.831 | 0.885 | 0.633 | 0.3133 |
| heldout8 | 874bc5b | 0.923 | 0.895 | 0.954 | 0.854 | 0.1918 |
| heldout9 | 4ba8a77 | 0.949 | 0.937 | 0.952 | 0.722 | 0.0605 |
| heldout10 | 5d5b6d1 | 0.866 | 0.807 | 0.741 | 0.920 | 2.5988 |
| heldout11 | 9f74087 | 0.952 | 0.904 | 0.975 | 0.989 | 0.0932 |
| heldout12 | b53e367 | 0.952 | 0.869 | 0.957 | 0.720 | 0.2430 |
| heldout13 | 2c81e34 | 0.973 | 0.854 | 0.887 | 1.000 | 0.0221 |
| heldout14 | b21d435 | 0.966 | 0.899 | 0.925 | 0.924 | 0.1563 |
| heldout15 | 4fc51da | 0.856 | 0.786 | 0.780 | 0.602 | 0.4759 |
| heldout16 | 5720c66 | 0.749 | 0.701 | 0.782 | 0.576 | 4.7847 |
| heldout17 | abf3339 | 0.961 | 0.884 | 0.974 | 0.929 | 0.0981 |
| heldout18 | 17c5434 | 0.915 | 0.804 | 0.800 | 0.937 | 0.0846 |
| heldout19 | 7f09cec | 0.899 | 0.824 | 0.871 | 1.000 | 0.0216 |
| heldout20 | 18ee6b3 | 0.917 | 0.881 | 0.852 | 0.792 | 0.2982 |
| heldout21 | bb22b3d | 0.763 | 0.740 | 0.776 | 0.647 | 2.9480 |
| heldout22 | 8d2e5fb | 0.990 | 0.842 | 0.864 | 1.000 | 0.0347 |
| heldout23 | 37a0aad | 0.855 | 0.836 | 0.873 | 1.000 | 0.3855 |
| heldout24 | a8e5d20 | 0.984 | 0.866 | 0.897 | 1.000 | 0.0310 |
| heldout25 | 38efa64 | 0.685 | 0.646 | 0.560 | 0.829 | 0.3516 |
| heldout26 | a188818 | 0.977 | 0.867 | 0.961 | 1.000 | 0.0300 |
| heldout27 | 0ece5ab | 0.991 | 0.937 | 0.961 | 0.919 | 0.0519 |
| heldout28 | d6383ef | 0.840 | 0.814 | 0.792 | 0.903 | 0.3194 |
| heldout29 | d4442ad | 0.989 | 0.909 | 0.958 | 1.000 | 0.0285 |
| heldout30 | 6f248a5 | 0.967 | 0.937 | 0.990 | 1.000 | 0.0166 |
| heldout31 | 5e09e70 | 1.000 | 0.942 | 0.962 | 1.000 | 0.0272 |
| heldout32 | 01dddb4 | 0.995 | 0.897 | 0.950 | 1.000 | 0.0216 |
| heldout33 | 6245d0a | 0.968 | 0.919 | 1.000 | 1.000 | 0.0326 |
| heldout34 | ca7d2af | 0.991 | 0.886 | 0.931 | 1.000 | 0.0100 |
| heldout35 | 9dc9e6d | 0.972 | 0.894 | 0.947 | 1.000 | 0.0546 |
| heldout36 | 4f1babd | 0.978 | 0.883 | 0.766 | 1.000 | 0.0095 |
| heldout37 | 6fc2521 | 0.994 | 0.939 | 0.980 | 1.000 | 0.0089 |
| heldout38 | 650ee70 | 0.980 | 0.954 | 0.980 | 1.000 | 0.0177 |
| heldout39 | d6f1dc8 | 0.972 | 0.910 | 0.972 | 1.000 | 0.0131 |
| heldout40 | 6bd1495 | 0.968 | 0.886 | 0.926 | 0.975 | 0.0041 |
| heldout41 | 244bb75 | 0.980 | 0.900 | 0.939 | 1.000 | 0.0116 |
| heldout42 | 9e44709 | 0.962 | 0.881 | 0.920 | 1.000 | 0.0149 |
| heldout43 | 0910e91 | 0.985 | 0.942 | 0.949 | 1.000 | 0.0089 |
| heldout44 | 671bdd0 | 0.988 | 0.942 | 0.982 | 1.000 | 0.0060 |
| heldout45 | 671bdd0 | 0.997 | 0.939 | 0.971 | 1.000 | 0.0053 |
| heldout46 | 671bdd0 | 0.991 | 0.938 | 0.956 | 1.000 | 0.0048 |
| heldout47 | 671bdd0 | 0.972 | 0.887 | 0.870 | 1.000 | 0.0159 |
| heldout48 | ebb4da5 | 0.972 | 0.927 | 0.933 | 1.000 | 0.0118 |
| heldout49 | ebb4da5 | 0.976 | 0.935 | 0.968 | 1.000 | 0.0264 |
| heldout50 | ebb4da5 | 0.978 | 0.914 | 0.914 | 1.000 | 0.0104 |

heldout5's section figure is low by an annotation slip its annotator reported after first contact and did
not correct (501: the 1、 headings under 二、 are given depth 2; by the spec's first-appearance rule they
are depth 3, which is what reportmine gives). heldout9's section figure is low by a decision its annotator
took outside the spec's marker table (905: decimal headings 1 / 1.1 / 1.2 taken for headings; the spec
lists no such family, so reportmine does not read them as headings).
heldout40-42 and heldout45-47 have lower typed and core floors since the tenth round: their gold types 在档 households
and 清凉 goods as the blind annotators agreed among themselves, records corpora/label_conflicts.tsv keeps out of the
typing model's training (the field corpus decides them otherwise), so the model no longer learns them in-sample.
heldout14's title floor is 5/8 since the tenth round: its 1406 gold keeps a collection's 篇一： marker in three
titles, which the field corpus (f038), heldout42 and heldout46 drop with the marker (a ruling is wanted).
heldout21's first contact scores its .odt page as a page where nothing was found: at the time the reader
refused it and the evaluation stopped (now each command goes on past a file it cannot read).
"""

from __future__ import annotations

import json
import pathlib
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from heldout_eval import measure  # noqa: E402

#: per set: F1 floors, text CER ceilings (overall, worst article), metadata floors (share of articles)
#: and the flags expected to be found (at least ``flags_tp``; at most ``false_flags``, default one, beyond the gold).
FLOORS = {
    "heldout": dict(figure=0.97, typed=0.95, core=0.97, section=0.98, cer=0.005, worst_cer=0.02,
                    title=0.9, year=0.9, org_level=0.9, report_type=0.9, parts=0.9, flags_tp=3),
    "heldout2": dict(figure=0.96, typed=0.94, core=0.96, section=0.98, cer=0.005, worst_cer=0.02,
                     title=6 / 7, year=6 / 7, org_level=5 / 7, report_type=6 / 7, parts=6 / 7, flags_tp=1),
    "heldout3": dict(figure=0.96, typed=0.94, core=0.96, section=0.97, cer=0.002, worst_cer=0.005,
                     title=6 / 7, year=6 / 7, org_level=5 / 7, report_type=6 / 7, parts=6 / 7, flags_tp=1),
    "heldout4": dict(figure=0.96, typed=0.94, core=0.96, section=0.97, cer=0.005, worst_cer=0.02,
                     title=5 / 6, year=5 / 6, org_level=4 / 6, report_type=5 / 6, parts=5 / 6, flags_tp=1),
    "heldout5": dict(figure=0.97, typed=0.91, core=0.95, section=0.94, cer=0.02, worst_cer=0.07,
                     title=5 / 7, year=6 / 7, org_level=6 / 7, report_type=6 / 7, parts=6 / 7, flags_tp=0),
    "heldout6": dict(figure=0.98, typed=0.95, core=0.97, section=0.98, cer=0.005, worst_cer=0.02,
                     title=1.0, year=1.0, org_level=1.0, report_type=5 / 6, parts=1.0, flags_tp=0),
    "heldout7": dict(figure=0.96, typed=0.95, core=0.97, section=0.98, cer=0.005, worst_cer=0.03,
                     title=5 / 6, year=1.0, org_level=1.0, report_type=1.0, parts=5 / 6, flags_tp=0),
    "heldout8": dict(figure=0.98, typed=0.95, core=0.96, section=0.91, cer=0.06, worst_cer=0.2,
                     title=6 / 7, year=6 / 7, org_level=1.0, report_type=1.0, parts=5 / 7, flags_tp=0),
    "heldout9": dict(figure=0.98, typed=0.97, core=0.98, section=0.70, cer=0.03, worst_cer=0.12,
                     title=5 / 6, year=5 / 6, org_level=1.0, report_type=5 / 6, parts=4 / 6, flags_tp=6),
    "heldout10": dict(figure=0.98, typed=0.97, core=0.98, section=0.98, cer=0.03, worst_cer=0.07,
                      title=5 / 6, year=5 / 6, org_level=1.0, report_type=5 / 6, parts=5 / 6, flags_tp=2),
    "heldout11": dict(figure=0.96, typed=0.96, core=0.98, section=0.97, cer=0.03, worst_cer=0.06,
                      title=5 / 6, year=5 / 6, org_level=1.0, report_type=1.0, parts=1.0, flags_tp=0),
    "heldout12": dict(figure=0.96, typed=0.96, core=0.97, section=0.98, cer=0.07, worst_cer=0.15,
                      title=5 / 6, year=5 / 6, org_level=1.0, report_type=1.0, parts=5 / 6, flags_tp=0),
    "heldout13": dict(figure=0.97, typed=0.97, core=0.98, section=0.98, cer=0.01, worst_cer=0.02,
                      title=1.0, year=1.0, org_level=1.0, report_type=1.0, parts=1.0, flags_tp=0),
    "heldout14": dict(figure=0.98, typed=0.98, core=0.97, section=0.98, cer=0.02, worst_cer=0.05,
                      title=5 / 8, year=1.0, org_level=1.0, report_type=1.0, parts=1.0, flags_tp=0),
    "heldout15": dict(figure=0.97, typed=0.97, core=0.98, section=0.96, cer=0.04, worst_cer=0.1,
                      title=1.0, year=1.0, org_level=1.0, report_type=1.0, parts=1.0, flags_tp=0),
    "heldout16": dict(figure=0.98, typed=0.98, core=0.98, section=0.88, cer=0.01, worst_cer=0.03,
                      title=1.0, year=1.0, org_level=1.0, report_type=1.0, parts=1.0, flags_tp=0),
    "heldout17": dict(figure=0.96, typed=0.96, core=0.98, section=0.98, cer=0.06, worst_cer=0.14,
                      title=1.0, year=4 / 6, org_level=1.0, report_type=1.0, parts=1.0, flags_tp=0),
    "heldout18": dict(figure=0.97, typed=0.97, core=0.98, section=0.92, cer=0.03, worst_cer=0.06,
                      title=1.0, year=1.0, org_level=5 / 6, report_type=1.0, parts=1.0, flags_tp=3),
    "heldout19": dict(figure=0.96, typed=0.96, core=0.98, section=0.98, cer=0.02, worst_cer=0.07,
                      title=4 / 6, year=5 / 6, org_level=1.0, report_type=1.0, parts=5 / 6, flags_tp=0),
    "heldout20": dict(figure=0.98, typed=0.98, core=0.98, section=0.98, cer=0.05, worst_cer=0.19,
                      title=1.0, year=5 / 6, org_level=5 / 6, report_type=1.0, parts=1.0, flags_tp=0),
    "heldout21": dict(figure=0.97, typed=0.94, core=0.98, section=0.98, cer=0.01, worst_cer=0.04,
                      title=1.0, year=1.0, org_level=1.0, report_type=1.0, parts=1.0, flags_tp=0),
    "heldout22": dict(figure=0.98, typed=0.97, core=0.98, section=0.98, cer=0.01, worst_cer=0.05,
                      title=1.0, year=5 / 6, org_level=1.0, report_type=5 / 6, parts=1.0, flags_tp=0),
    "heldout23": dict(figure=0.98, typed=0.97, core=0.98, section=0.98, cer=0.01, worst_cer=0.03,
                      title=1.0, year=1.0, org_level=1.0, report_type=1.0, parts=1.0, flags_tp=0),
    "heldout24": dict(figure=0.98, typed=0.97, core=0.98, section=0.98, cer=0.02, worst_cer=0.06,
                      title=1.0, year=1.0, org_level=5 / 6, report_type=1.0, parts=1.0, flags_tp=0),
    "heldout25": dict(figure=0.97, typed=0.97, core=0.98, section=0.98, cer=0.04, worst_cer=0.18,
                      title=1.0, year=1.0, org_level=1.0, report_type=1.0, parts=1.0, flags_tp=0),
    "heldout26": dict(figure=0.97, typed=0.96, core=0.98, section=0.98, cer=0.02, worst_cer=0.04,
                      title=1.0, year=1.0, org_level=1.0, report_type=1.0, parts=1.0, flags_tp=0),
    "heldout27": dict(figure=0.98, typed=0.98, core=0.98, section=0.98, cer=0.01, worst_cer=0.03,
                      title=1.0, year=1.0, org_level=1.0, report_type=1.0, parts=1.0, flags_tp=0),
    "heldout28": dict(figure=0.96, typed=0.96, core=0.96, section=0.98, cer=0.01, worst_cer=0.04,
                      title=1.0, year=1.0, org_level=1.0, report_type=1.0, parts=1.0, flags_tp=0),    "heldout29": dict(figure=0.97, typed=0.97, core=0.98, section=0.98, cer=0.02, worst_cer=0.045,
                      title=1.0, year=1.0, org_level=5 / 7, report_type=1.0, parts=1.0, flags_tp=0),
    "heldout30": dict(figure=0.96, typed=0.96, core=0.98, section=0.98, cer=0.01, worst_cer=0.035,
                      title=1.0, year=1.0, org_level=1.0, report_type=1.0, parts=1.0, flags_tp=5),
    "heldout31": dict(figure=0.98, typed=0.98, core=0.98, section=0.98, cer=0.005, worst_cer=0.01,
                      title=1.0, year=1.0, org_level=1.0, report_type=1.0, parts=1.0, flags_tp=0),
    "heldout32": dict(figure=0.98, typed=0.98, core=0.98, section=0.98, cer=0.005, worst_cer=0.01,
                      title=1.0, year=1.0, org_level=1.0, report_type=1.0, parts=1.0, flags_tp=0),
    "heldout33": dict(figure=0.96, typed=0.96, core=0.98, section=0.98, cer=0.02, worst_cer=0.05,
                      title=1.0, year=1.0, org_level=1.0, report_type=1.0, parts=1.0, flags_tp=0),
    "heldout34": dict(figure=0.98, typed=0.98, core=0.98, section=0.98, cer=0.01, worst_cer=0.045,
                      title=1.0, year=1.0, org_level=1.0, report_type=1.0, parts=1.0, flags_tp=0),
    "heldout35": dict(figure=0.97, typed=0.97, core=0.98, section=0.98, cer=0.01, worst_cer=0.045,
                      title=1.0, year=1.0, org_level=1.0, report_type=1.0, parts=1.0, flags_tp=0),
    "heldout36": dict(figure=0.97, typed=0.97, core=0.98, section=0.98, cer=0.005, worst_cer=0.01,
                      title=1.0, year=1.0, org_level=1.0, report_type=1.0, parts=5 / 6, flags_tp=0),
    "heldout37": dict(figure=0.98, typed=0.98, core=0.98, section=0.98, cer=0.005, worst_cer=0.01,
                      title=1.0, year=8 / 9, org_level=1.0, report_type=1.0, parts=1.0, flags_tp=0),
    "heldout38": dict(figure=0.97, typed=0.97, core=0.98, section=0.98, cer=0.01, worst_cer=0.045,
                      title=1.0, year=1.0, org_level=1.0, report_type=1.0, parts=1.0, flags_tp=0),
    "heldout39": dict(figure=0.96, typed=0.96, core=0.98, section=0.98, cer=0.005, worst_cer=0.01,
                      title=1.0, year=1.0, org_level=7 / 8, report_type=7 / 8, parts=1.0, flags_tp=0),
    "heldout40": dict(figure=0.95, typed=0.95, core=0.97, section=0.96, cer=0.005, worst_cer=0.01,
                      title=1.0, year=1.0, org_level=1.0, report_type=1.0, parts=5 / 6, flags_tp=0),
    "heldout41": dict(figure=0.97, typed=0.96, core=0.97, section=0.98, cer=0.01, worst_cer=0.045,
                      title=1.0, year=1.0, org_level=1.0, report_type=1.0, parts=1.0, flags_tp=0),
    "heldout42": dict(figure=0.95, typed=0.94, core=0.96, section=0.98, cer=0.005, worst_cer=0.01,
                      title=5 / 7, year=1.0, org_level=5 / 7, report_type=1.0, parts=6 / 7, flags_tp=0),
    "heldout43": dict(figure=0.97, typed=0.97, core=0.98, section=0.98, cer=0.01, worst_cer=0.035,
                      title=5 / 6, year=1.0, org_level=1.0, report_type=1.0, parts=1.0, flags_tp=0),
    "heldout44": dict(figure=0.97, typed=0.97, core=0.98, section=0.98, cer=0.01, worst_cer=0.045,
                      title=1.0, year=1.0, org_level=1.0, report_type=1.0, parts=1.0, flags_tp=0),
    "heldout45": dict(figure=0.98, typed=0.96, core=0.94, section=0.98, cer=0.01, worst_cer=0.04,
                      title=1.0, year=1.0, org_level=4 / 6, report_type=1.0, parts=1.0, flags_tp=0),
    "heldout46": dict(figure=0.97, typed=0.97, core=0.97, section=0.98, cer=0.01, worst_cer=0.035,
                      title=1.0, year=1.0, org_level=7 / 8, report_type=1.0, parts=1.0, flags_tp=0),
    "heldout47": dict(figure=0.95, typed=0.93, core=0.91, section=0.98, cer=0.01, worst_cer=0.04,
                      title=1.0, year=1.0, org_level=1.0, report_type=1.0, parts=1.0, flags_tp=0),
    "heldout48": dict(figure=0.95, typed=0.93, core=0.95, section=0.98, cer=0.015, worst_cer=0.06,
                      title=1.0, year=1.0, org_level=1.0, report_type=1.0, parts=1.0, flags_tp=0),
    "heldout49": dict(figure=0.96, typed=0.95, core=0.98, section=0.98, cer=0.03, worst_cer=0.08,
                      title=1.0, year=1.0, org_level=7 / 8, report_type=1.0, parts=1.0, flags_tp=0),
    "heldout50": dict(figure=0.96, typed=0.93, core=0.92, section=0.98, cer=0.015, worst_cer=0.08,
                      title=1.0, year=1.0, org_level=1.0, report_type=1.0, parts=1.0, flags_tp=0),
}
SETS = sorted(FLOORS)


def test_every_held_out_set_has_floors():
    assert {p.name for p in (ROOT / "corpora").glob("heldout*") if (p / "gold").is_dir()} == set(FLOORS)


@pytest.fixture(scope="module", params=SETS)
def measured(request):
    return request.param, measure(ROOT / "corpora" / request.param)


@pytest.mark.parametrize("name", SETS)
def test_gold_matches_raw_files_and_offsets(name):
    d = ROOT / "corpora" / name
    assert {p.stem for p in (d / "raw").iterdir()} == {p.stem for p in (d / "gold").glob("*.json")}
    for f in sorted((d / "gold").glob("*.json")):
        for a in json.loads(f.read_text(encoding="utf-8"))["articles"]:
            for r in a["records"]:
                assert a["text"][r["start"]:r["end"]] == r["mention"], (f.name, r)


def test_every_article_found_once(measured):
    _, m = measured
    art = m["articles"]
    assert art["found"] == art["gold"] == art["predicted"], art


@pytest.mark.parametrize("score", ["figure", "typed", "core", "section"])
def test_f1_floor(measured, score):
    name, m = measured
    assert m["scores"][score]["f1"] >= FLOORS[name][score], (name, m["scores"][score])


def test_text_is_restored(measured):
    name, m = measured
    assert m["text_cer"] <= FLOORS[name]["cer"], name
    assert max(row["cer"] for row in m["rows"]) <= FLOORS[name]["worst_cer"], name


@pytest.mark.parametrize("field", ["title", "year", "org_level", "report_type"])
def test_metadata_floor(measured, field):
    name, m = measured
    ok, total = m["meta"][field]
    assert ok / total >= FLOORS[name][field] - 1e-9, (name, field, ok, total)


def test_parts_floor(measured):
    name, m = measured
    ok, total = m["parts"]
    assert ok / total >= FLOORS[name]["parts"] - 1e-9, (name, ok, total)


def test_flags(measured):
    name, m = measured
    assert m["flags"]["tp"] >= FLOORS[name]["flags_tp"], (name, m["flags"])
    assert m["flags"]["pred"] <= m["flags"]["gold"] + FLOORS[name].get("false_flags", 1), (name, m["flags"])


def test_damaged_sources_decode_to_the_same_report():
    """heldout2's raw files: GBK bytes, pinyin annotations, Big5 of an s2twp conversion, a two-article page."""
    import reportmine

    raw = ROOT / "corpora" / "heldout2" / "raw"
    docs = {p.stem: reportmine.load(p) for p in raw.iterdir()}
    assert "新建女职工组织1260个" in docs["h2_01_5f3a9c"].articles[0].text  # GBK
    assert "区总工会在区委和市总工会的坚强领导下" in docs["h2_04_c9a013"].articles[0].text  # pinyin removed
    assert "服务职工的信息化手段" in docs["h2_03_07d2ee"].articles[0].text  # 資訊化 restored to 信息化
    assert [a.title for a in docs["h2_06_a2f859"].articles] == ["工会工作总结 篇1", "工会工作总结 篇2"]
