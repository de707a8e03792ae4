"""`python main.py export`: PDFs for articles, the directory and the whole guide, and its errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from support import ROOT, page_sizes_pt, page_texts, squeeze

from guide.cli import main
from guide.store import Pack
from guide.store.directory import OrganizationFilter


@pytest.fixture(autouse=True)
def _application(qapp) -> None:
    """In-process exports reuse pytest-qt's QApplication rather than make a QGuiApplication of their own."""


def _export(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["export", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_works_without_a_display(mini_pack: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "intro.pdf"
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "export", "intro", "--pack", str(mini_pack),
                             "--out", str(out)], env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"wrote {out} (1 page)"
    assert "Introductiontotrafficking" in squeeze(page_texts(out)[0])


def test_slugs_to_a_folder_write_one_pdf_each(mini_pack: Path, tmp_path: Path, capsys) -> None:
    code, out, _ = _export(capsys, "intro", "signs", "--pack", str(mini_pack), "--out", str(tmp_path / "sheets"),
                           "--page-size", "a4")
    assert code == 0
    assert sorted(p.name for p in (tmp_path / "sheets").iterdir()) == ["intro.pdf", "signs.pdf"]
    assert out.count("wrote ") == 2
    assert page_sizes_pt(tmp_path / "sheets" / "signs.pdf") == [(595, 842)]


def test_page_size_letter(mini_pack: Path, tmp_path: Path, capsys) -> None:
    assert _export(capsys, "intro", "--pack", str(mini_pack), "--out", str(tmp_path / "x.pdf"),
                   "--page-size", "letter")[0] == 0
    assert page_sizes_pt(tmp_path / "x.pdf") == [(612, 792)]


@pytest.mark.parametrize("flt", [OrganizationFilter(), OrganizationFilter(state="NY"),
                                 OrganizationFilter(category="legal"), OrganizationFilter(state="TX", category="hotline")])
def test_directory_lists_every_organization_of_the_filter_and_no_other(mini_pack: Path, tmp_path: Path, capsys,
                                                                        flt: OrganizationFilter) -> None:
    args = ["--organizations", "--pack", str(mini_pack), "--out", str(tmp_path / "dir.pdf")]
    args += ["--state", flt.state.lower()] if flt.state else []
    args += ["--category", flt.category] if flt.category else []
    code, _, err = _export(capsys, *args)
    assert code == 0, err
    text = squeeze("".join(page_texts(tmp_path / "dir.pdf")))
    with Pack.open(mini_pack) as pack:
        wanted = {org.name for org in pack.organizations(pack.organization_ids(flt))}
        everyone = {org.name for org in pack.organizations(pack.organization_ids())}
        hotline = pack.hotline()
    assert wanted
    assert hotline.phone in text and "call911" in text
    listing = text.split("Numberschecked", 1)[1]  # past the help box, which names the hotline
    for name in everyone:
        assert (squeeze(name) in listing) == (name in wanted), name


def test_directory_shows_phones_with_hours_website_areas_and_languages(mini_pack: Path, tmp_path: Path,
                                                                        capsys) -> None:
    assert _export(capsys, "--organizations", "--category", "hotline", "--pack", str(mini_pack),
                   "--out", str(tmp_path / "d.pdf"))[0] == 0
    text = squeeze("".join(page_texts(tmp_path / "d.pdf")))
    for expected in ("Hotlines", "Test Hotline (THL)", "Call 1-888-555-0100 — 24/7", "Text 233733 — 24/7",
                     "Website: https://example.org/hotline", "Serves: nationwide (US)", "Languages: English, Spanish"):
        assert squeeze(expected) in text


def test_all_writes_every_article_the_directory_and_a_booklet_with_contents(mini_pack: Path, tmp_path: Path,
                                                                            capsys) -> None:
    code, out, err = _export(capsys, "--all", "--pack", str(mini_pack), "--out", str(tmp_path / "all"))
    assert code == 0, err
    with Pack.open(mini_pack) as pack:
        articles = pack.articles()
    names = sorted(p.name for p in (tmp_path / "all").iterdir())
    assert names == sorted([f"{a.slug}.pdf" for a in articles] + ["organization-directory.pdf", "booklet.pdf"])
    booklet = [squeeze(t) for t in page_texts(tmp_path / "all" / "booklet.pdf")]
    assert "Contents" in booklet[0]
    # Every section is in the contents with the page it really starts on.
    for title in [a.title for a in articles] + ["Organization directory"]:
        start = next(i for i, page in enumerate(booklet, start=1) if page.startswith(squeeze(title)))
        assert f"{squeeze(title)}{start}" in booklet[0], title
    assert squeeze(f"Test Guide — page {len(booklet)} of {len(booklet)}") in booklet[-1]


def test_unknown_slug_is_one_line_and_exit_1(mini_pack: Path, tmp_path: Path, capsys) -> None:
    code, _, err = _export(capsys, "nope", "--pack", str(mini_pack), "--out", str(tmp_path / "x.pdf"))
    assert code == 1
    assert err == "error: no article 'nope' in the pack (`python main.py search` finds slugs)\n"
    assert not (tmp_path / "x.pdf").exists()


def test_unwritable_out_is_one_line_and_exit_1(mini_pack: Path, tmp_path: Path, capsys) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    code, _, err = _export(capsys, "intro", "--pack", str(mini_pack), "--out", str(blocker / "x.pdf"))
    assert code == 1
    assert err.startswith("error: ") and err.count("\n") == 1 and str(blocker) in err


def test_unknown_category_is_one_line_and_exit_1(mini_pack: Path, tmp_path: Path, capsys) -> None:
    code, _, err = _export(capsys, "--organizations", "--category", "nope", "--pack", str(mini_pack),
                           "--out", str(tmp_path / "d.pdf"))
    assert code == 1
    assert err == "error: unknown category 'nope' (use one of: hotline, legal, child-protection)\n"


def test_bad_pack_is_one_line_and_exit_1(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.pack"
    bad.write_bytes(b"not sqlite")
    code, _, err = _export(capsys, "intro", "--pack", str(bad), "--out", str(tmp_path / "x.pdf"))
    assert code == 1
    assert err == f"error: {bad} is not a guide pack (not an SQLite database)\n"


def test_filters_without_organizations_are_refused(mini_pack: Path, tmp_path: Path, capsys) -> None:
    code, _, err = _export(capsys, "intro", "--state", "TX", "--pack", str(mini_pack), "--out", str(tmp_path))
    assert code == 1
    assert "go with --organizations" in err


def test_nothing_to_export_is_a_usage_error(mini_pack: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "--pack", str(mini_pack), "--out", str(tmp_path)])
    assert exit_info.value.code == 2
