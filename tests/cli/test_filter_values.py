"""One rule for filter values, whichever command takes them: an unknown state, category, language or
kind, or a limit below one, is one line on stderr and exit 1, and nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from guide.cli import main

CATEGORIES = "hotline, legal, child-protection"  # the mini pack's, in its order


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("option, value, message", [
    ("--state", "ZZ", "error: unknown state 'ZZ' (use a two-letter code of a US state or territory, e.g. TX)"),
    ("--state", "California", "error: unknown state 'California' (use a two-letter code of a US state or "
                              "territory, e.g. TX)"),
    ("--category", "nonsense", f"error: unknown category 'nonsense' (use one of: {CATEGORIES})"),
    ("--language", "xx", "error: unknown language 'xx' (use an ISO 639-1 code, e.g. es)"),
    ("--limit", "-1", "error: the limit must be 1 or more, not -1"),
    ("--limit", "0", "error: the limit must be 1 or more, not 0"),
    ("--kind", "article,nope", "error: unknown kind 'nope' (use article, organization, link)"),
])
def test_search_refuses_an_unknown_value(capsys: pytest.CaptureFixture[str], mini_pack: Path, option: str,
                                         value: str, message: str) -> None:
    assert run(capsys, "search", "help", "--pack", str(mini_pack), option, value) == (1, "", message + "\n")


@pytest.mark.parametrize("option, value", [("--state", "ny"), ("--state", "PR"), ("--category", "legal"),
                                           ("--language", "ES"), ("--limit", "1")])
def test_search_takes_a_known_value_in_any_case(capsys: pytest.CaptureFixture[str], mini_pack: Path, option: str,
                                                value: str) -> None:
    code, out, err = run(capsys, "search", "help", "--pack", str(mini_pack), option, value)
    assert (code, err) == (0, "") and out


def test_a_state_filter_still_finds_organizations_serving_it(capsys: pytest.CaptureFixture[str],
                                                             mini_pack: Path) -> None:
    code, out, _ = run(capsys, "search", "legal", "--pack", str(mini_pack), "--state", "ca", "--kind", "organization")
    assert code == 0 and "California Legal Aid" in out


@pytest.mark.parametrize("option, value, message", [
    ("--state", "ZZ", "error: unknown state 'ZZ' (use a two-letter code of a US state or territory, e.g. TX)"),
    ("--category", "nonsense", f"error: unknown category 'nonsense' (use one of: {CATEGORIES})"),
    ("--language", "xx", "error: unknown language 'xx' (use an ISO 639-1 code, e.g. es)"),
])
def test_export_refuses_the_same_values_and_writes_nothing(capsys: pytest.CaptureFixture[str], qapp: object,
                                                           mini_pack: Path, tmp_path: Path, option: str,
                                                           value: str, message: str) -> None:
    out = tmp_path / "sheets" / "directory.pdf"
    assert run(capsys, "export", "--organizations", "--pack", str(mini_pack), option, value, "--out", str(out)) == \
        (1, "", message + "\n")
    assert not (tmp_path / "sheets").exists()


def test_export_with_a_known_state_writes_the_directory(capsys: pytest.CaptureFixture[str], qapp: object,
                                                        mini_pack: Path, tmp_path: Path) -> None:
    out = tmp_path / "ny.pdf"
    code, printed, err = run(capsys, "export", "--organizations", "--state", "ny", "--pack", str(mini_pack),
                             "--out", str(out))
    assert (code, err) == (0, "") and printed.startswith(f"wrote {out} (")
    assert out.read_bytes().startswith(b"%PDF")
