"""Cases as data for recycled-text detection (tests/test-cases/dedupe/).

Each case: ``input`` is a list of records ``[doc_id, mention, paragraph]`` in input order,
``expect`` the ``duplicate_of`` of each (``""`` for a first occurrence).  ``synthetic`` and
``negative`` cases must pass; ``known-failures`` must still fail (a fix moves the case).
"""


import pandas as pd
import pytest
from conftest import load_cases

from reportmine.dedupe import duplicates



def load(name: str) -> list[dict]:
    return load_cases("dedupe", name)


def found(case: dict) -> list[str]:
    df = pd.DataFrame(case["input"], columns=["doc_id", "mention", "paragraph"])
    return list(duplicates(df)["duplicate_of"].fillna(""))


@pytest.mark.parametrize("case", load("synthetic") + load("negative"), ids=lambda c: c["label"][:60])
def test_case(case):
    assert found(case) == case["expect"]


@pytest.mark.parametrize("case", load("known-failures"), ids=lambda c: c["label"][:60])
def test_known_failure_still_fails(case):
    assert found(case) != case["expect"], "fixed: move this case to synthetic.json or negative.json"
