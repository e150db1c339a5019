"""The JSON depth head office measures on the bytes, before parsing: the same as the parsed value's depth for any JSON
text (strings full of quotes, backslashes and brackets included), and a refusal, not a parse, when too deep."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dismantler_app.hub.limits import JsonRefused, json_depth, loads_limited

_tricky_text = st.text(alphabet=st.sampled_from(list('ab"\\[]{}\u4e2d\n')), max_size=12)
_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | _tricky_text,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(_tricky_text, children, max_size=4),
    max_leaves=40,
)


def _depth(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + max((_depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_depth(v) for v in value), default=0)
    return 0


@given(_values, st.booleans(), st.booleans())
def test_the_depth_read_from_the_bytes_is_the_parsed_depth(value: Any, ascii_only: bool, spaced: bool) -> None:
    text = json.dumps(value, ensure_ascii=ascii_only, indent=1 if spaced else None).encode("utf-8")
    assert json_depth(text) == _depth(value)


def test_too_deep_is_refused_before_parsing_and_shallow_enough_is_parsed() -> None:
    with pytest.raises(JsonRefused) as refused:
        loads_limited(b"[" * 65 + b"]" * 65)
    assert refused.value.code == "too_deep"
    assert loads_limited(b"[" * 64 + b"]" * 64) is not None
    brackets_in_a_string = b'{"a": "' + b"[" * 72 + b'"}'
    assert loads_limited(brackets_in_a_string) == {"a": "[" * 72}
    with pytest.raises(JsonRefused) as broken:
        loads_limited(b'{"a": ')
    assert broken.value.code == "malformed"
