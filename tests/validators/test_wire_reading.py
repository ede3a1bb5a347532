"""Reading a request off the wire: the route tree and the query/form reader, against their definitions."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xads_spec import load_bundle, supported_versions
from xads_validators.operations import Route, route
from xads_validators.wire import parse_pairs

_PARAM = re.compile(r"\{([^}]+)\}")


def _templates(version: int) -> list[str]:
    return list(load_bundle(version)["paths"])


def _fill(template: str, value: str) -> str:
    return _PARAM.sub(value, template)


@pytest.mark.parametrize("version", supported_versions())
def test_every_path_template_routes_to_itself_with_its_values(version: int) -> None:
    for template in _templates(version):
        routed = route(f"/{version}{_fill(template, 'v1x')}", supported_versions())
        assert isinstance(routed, Route), (template, routed)
        assert {operation.path for operation in routed.methods.values()} == {template}
        assert routed.params == dict.fromkeys(_PARAM.findall(template), "v1x")


def _oracle(templates: list[str], path: str) -> str | None:
    """The template a path belongs to, by definition: of those matching it, the one whose first
    differing segment is a literal (literal segments win over parameters, leftmost first)."""
    matching = [
        template
        for template in templates
        if re.fullmatch(_PARAM.sub("[^/]+", re.escape(template).replace(r"\{", "{").replace(r"\}", "}")), path)
    ]
    return min(matching, key=lambda t: [bool(_PARAM.fullmatch(s)) for s in t.split("/")], default=None)


@pytest.mark.parametrize("version", supported_versions())
def test_literal_segments_win_over_parameters_and_dead_ends_fall_back(version: int) -> None:
    """Each parameter segment of each template is given, in turn, every literal word any template
    has at that place (`/cards/poll` is the poll path; a word whose literal branch leads nowhere
    further is a parameter value), and routed as the definition says."""
    templates = _templates(version)
    words = {segment for template in templates for segment in template.split("/") if not _PARAM.fullmatch(segment)}
    tried = fell_back = 0
    for template in templates:
        segments = template.split("/")
        for at, segment in enumerate(segments):
            if not _PARAM.fullmatch(segment):
                continue
            for word in words:
                path = _fill("/".join([*segments[:at], word, *segments[at + 1 :]]), "v1x")
                expected = _oracle(templates, path)
                routed = route(f"/{version}{path}", supported_versions())
                assert isinstance(routed, Route) == (expected is not None), path
                if isinstance(routed, Route):
                    tried += 1
                    fell_back += expected == template
                    assert {op.path for op in routed.methods.values()} == {expected}, path
    assert tried > fell_back > 0, "no literal sibling or no fallback in the spec: this test would check nothing"


_TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=12)


@settings(max_examples=400, derandomize=True, deadline=None)
@given(pairs=st.lists(st.tuples(_TEXT, _TEXT), max_size=8), plus=st.booleans(), blanks=st.integers(0, 2))
def test_pairs_are_read_as_the_standard_library_reads_them(
    pairs: list[tuple[str, str]], plus: bool, blanks: int
) -> None:
    """Percent-escapes, `+` as a space, a name without `=`, empty pieces between `&`s."""
    safe = "" if plus else "+"
    pieces = [f"{quote(name, safe=safe)}={quote(value, safe=safe)}" for name, value in pairs]
    pieces += ["bare"] * (blanks > 1) + [""] * blanks
    text = "&".join(pieces)
    read, problems = parse_pairs(text, "query")
    assert problems == []
    assert read == parse_qsl(text, keep_blank_values=True, errors="strict")


def test_unreadable_pairs_are_refused_whole() -> None:
    for text, fragment in (
        ("a=%zz", "malformed %-escape"),
        ("a=%ff", "can't decode"),
        ("&".join(["a=1"] * 1001), "more than 1000 pairs"),
    ):
        read, problems = parse_pairs(text, "query")
        assert read == [] and len(problems) == 1 and fragment in problems[0].message, (text, problems)
    read, problems = parse_pairs("&".join(["a=1"] * 1000), "query")
    assert len(read) == 1000 and problems == []
