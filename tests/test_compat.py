"""Compatibility forms of a PDF copy or a Word numbering (reportmine.normalize.compat)."""

from __future__ import annotations

import pytest

from reportmine.normalize import normalize, normalize_and_explain
from reportmine.normalize.compat import fix_compatibility_forms


@pytest.mark.parametrize(
    "raw, clean",
    [
        # Kangxi radicals a PDF font mapped the glyphs to (⼯ U+2F2F, ⼈ U+2F08, ⼀ U+2F00, ⼤ U+2F24)
        ("全市新建基层\u2f2f会36家，发展会员\u2f00千二百\u2f08。", "全市新建基层工会36家，发展会员一千二百人。"),
        ("\u2f00、组织建设\n召开\u2f24会1次。", "一、组织建设\n召开大会1次。"),
        # CJK compatibility ideographs (年 U+F98E, 率 U+F961, 不 U+F967)
        ("2024\uf98e，入会\uf961达到95%，\uf967断提升。", "2024年，入会率达到95%，不断提升。"),
        # a traditional form behind a radical is simplified after it is read (⾨ U+2FA8 is 門)
        ("\u2fa8店职工120人。", "门店职工120人。"),
        # Word's parenthesised numerals as heading markers
        ("\u3220组建工会\n新建工会12家。\n\u3221维权服务\n调解纠纷8件。", "（一）组建工会\n新建工会12家。\n（二）维权服务\n调解纠纷8件。"),
    ],
)
def test_compatibility_forms_are_read_as_the_characters_they_stand_for(raw, clean):
    text, changes = normalize_and_explain(raw)
    assert text == clean
    assert any(c.step == "fix_compatibility_forms" and "compatibility" in c.note for c in changes)
    assert normalize(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "①新建工会12家；②发展会员860人。",  # circled numerals are a marker family of their own
        "（一）组建工会，新建工会12家。",  # the everyday forms
        "全年培训职工1,200人次，占比45%。",  # width and punctuation are the punctuation step's
    ],
)
def test_everyday_text_has_no_compatibility_form(text):
    assert fix_compatibility_forms(text) == []
