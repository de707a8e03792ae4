"""Trusting a new publisher from the window: a pack signed by a key this computer does not know, with
the publisher's key beside it, offers "Trust this publisher…" (status bar and Guides window); the
dialog shows the fingerprint, the name the file claims and the warning; once trusted under the name
the user gave, the guide is verified, also after a restart; the user can stop trusting a key they
added, never one shipped beside the app. The Guides window checks a signature again before it opens
a guide. Every key here is made by the test and lives in memory or in tmp_path."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from guide import paths
from guide.library.catalogue import Library
from guide.signing.minisign import SecretKey, generate_key
from guide.signing.pack_signature import key_path
from guide.ui.guides_window import GuidesWindow
from guide.ui.trust_publisher import TrustPublisherDialog
from guide.ui.trusted_publishers import TrustedPublishersWindow
from guide.ui.window import MainWindow
from support import answer_modals, edition, open_window, publish


def standing(window: MainWindow) -> str:
    return window.guide_shelf.standing.standing.text()


def rows(guides: GuidesWindow) -> dict[str, list[str]]:
    """Each guide's row by title: publisher, date, size, came from, signature."""
    return {item.text(0): [item.text(c) for c in range(1, 6)]
            for item in (guides.list.topLevelItem(i) for i in range(guides.list.topLevelItemCount()))}


def select(guides: GuidesWindow, title: str) -> None:
    item = next(guides.list.topLevelItem(i) for i in range(guides.list.topLevelItemCount())
                if guides.list.topLevelItem(i).text(0) == title)
    guides.list.setCurrentItem(item)


def hex_groups(key: SecretKey) -> list[str]:
    digits = key.public.raw.hex().upper()  # the public key's 32 bytes, as a person reads them out
    return [digits[i:i + 4] for i in range(0, 64, 4)]


def open_unknown(qtbot: QtBot, window: MainWindow, mini_pack: Path, usb: Path, key: SecretKey,
                 title: str = "Coalition Guide") -> MainWindow:
    source = publish(edition(usb, mini_pack, "2026-10-01", title), key, "Example Coalition")
    window.guide_shelf.take_in(source)
    qtbot.waitUntil(lambda: any(w.guide_title == title for w in window.guide_shelf.windows))
    return next(w for w in window.guide_shelf.windows if w.guide_title == title)


def trust_through_dialog(qtbot: QtBot, click: object, name: str | None) -> list[object]:
    """Click ``click`` (a button that offers trust), then read the dialog and trust under ``name``."""
    seen: list[object] = []

    def answer(dialog: TrustPublisherDialog) -> dict[str, str]:
        texts = {label.accessibleName() or label.text(): label.text() for label in dialog.findChildren(QLabel)}
        if name is not None:
            dialog.name.setText(name)
        shown = {"name": dialog.name.text(), "fingerprint": texts["Fingerprint"],
                 "claimed": texts["Publisher the file claims (not verified)"], "all": "\n".join(texts.values())}
        qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
        return shown

    answer_modals(seen, (TrustPublisherDialog, answer))
    qtbot.mouseClick(click, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: len(seen) == 1)
    return seen


def test_opening_a_pack_by_an_unknown_key_offers_trust_and_the_trust_survives_a_restart(
        qtbot: QtBot, window: MainWindow, mini_pack: Path, tmp_path: Path, data_dir: Path) -> None:
    key = generate_key()
    other = open_unknown(qtbot, window, mini_pack, tmp_path / "usb", key)
    assert standing(other) == "Not verified"
    button = other.guide_shelf.standing.trust_button
    assert button.isVisible() and button.text() == "Trust this publisher…"

    [shown] = trust_through_dialog(qtbot, button, "Example Coalition (Ohio office)")
    assert isinstance(shown, dict)
    groups = shown["fingerprint"].split()
    assert groups == hex_groups(key) and shown["fingerprint"].count("\n") == 1  # two lines of eight groups
    assert shown["claimed"] == "Example Coalition"
    assert ("Only trust this if the organization gave you this fingerprint in person or on paper: anyone can make "
            "a key and call it anything.") in shown["all"]
    assert "not verified" in shown["all"]  # the claimed name is marked as the file's word only

    qtbot.waitUntil(lambda: standing(other) == "Verified: Example Coalition (Ohio office)")
    assert not button.isVisible()
    assert key.public.text in (data_dir / "trusted-keys.txt").read_text(encoding="utf-8")
    guides = window.guide_shelf.show_guides()
    qtbot.addWidget(guides)
    assert rows(guides)["Coalition Guide"][0] == "Example Coalition (Ohio office)"
    assert rows(guides)["Coalition Guide"][4] == "verified"

    # A restart: new windows over the same data folder read the trust from its file.
    installed = other.pack.path
    restarted = GuidesWindow(Library(data_dir, paths.default_pack_path()))
    qtbot.addWidget(restarted)
    assert rows(restarted)["Coalition Guide"][4] == "verified"
    with open_window(qtbot, installed, data_dir) as again:
        assert standing(again) == "Verified: Example Coalition (Ohio office)"
        assert not again.guide_shelf.standing.trust_button.isVisible()


def test_the_guides_window_offers_trust_for_the_selected_guide_and_keeps_the_claimed_name_by_default(
        qtbot: QtBot, window: MainWindow, mini_pack: Path, tmp_path: Path, data_dir: Path) -> None:
    key = generate_key()
    other = open_unknown(qtbot, window, mini_pack, tmp_path / "usb", key)
    window.guide_shelf.take_in(edition(tmp_path / "usb", mini_pack, "2026-10-01", "Plain Guide"))
    qtbot.waitUntil(lambda: len(window.guide_shelf.windows) == 2)
    guides = window.guide_shelf.show_guides()
    qtbot.addWidget(guides)
    select(guides, "Plain Guide")
    assert not guides.trust_button.isEnabled()  # unsigned: nothing to trust
    select(guides, "Coalition Guide")
    assert rows(guides)["Coalition Guide"][4] == "not verified (unknown key)"
    assert guides.trust_button.isEnabled()

    [shown] = trust_through_dialog(qtbot, guides.trust_button, None)
    assert isinstance(shown, dict) and shown["name"] == "Example Coalition"
    qtbot.waitUntil(lambda: rows(guides)["Coalition Guide"][4] == "verified")
    assert rows(guides)["Coalition Guide"][0] == "Example Coalition"
    assert guides.selected() is not None and guides.selected().title == "Coalition Guide"  # type: ignore[union-attr]
    assert standing(other) == "Verified: Example Coalition"  # the guide's own window says so too


def test_cancel_trusts_nothing(qtbot: QtBot, window: MainWindow, mini_pack: Path, tmp_path: Path,
                               data_dir: Path) -> None:
    other = open_unknown(qtbot, window, mini_pack, tmp_path / "usb", generate_key())
    seen: list[object] = []
    answer_modals(seen, (TrustPublisherDialog, lambda dialog: dialog.reject()))
    qtbot.mouseClick(other.guide_shelf.standing.trust_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert not (data_dir / "trusted-keys.txt").exists()
    assert standing(other) == "Not verified" and other.guide_shelf.standing.trust_button.isVisible()


def test_a_key_beside_the_pack_that_did_not_sign_it_is_not_offered(
        qtbot: QtBot, window: MainWindow, mini_pack: Path, tmp_path: Path, data_dir: Path) -> None:
    source = publish(edition(tmp_path / "usb", mini_pack, "2026-10-01", "Swapped Key Guide"), generate_key(),
                     "Example Coalition", with_key=False)
    key_path(source).write_text(generate_key().public.file_text(), encoding="utf-8")  # someone else's key
    window.guide_shelf.take_in(source)
    qtbot.waitUntil(lambda: len(window.guide_shelf.windows) == 1)
    other = window.guide_shelf.windows[0]
    seen: list[object] = []
    answer_modals(seen, (QMessageBox, lambda box: (box.text(), box.close())[0]))
    qtbot.mouseClick(other.guide_shelf.standing.trust_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert "cannot be trusted from here" in str(seen[0])
    assert not (data_dir / "trusted-keys.txt").exists()


def test_the_user_can_stop_trusting_a_key_they_added_but_not_one_shipped_beside_the_app(
        qtbot: QtBot, window: MainWindow, mini_pack: Path, tmp_path: Path, data_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    shipped_key = generate_key()
    beside_app = tmp_path / "app" / "trusted-keys.txt"  # what whoever set the laptop up put there
    beside_app.parent.mkdir()
    beside_app.write_text(f"{shipped_key.public.text} State Task Force\n", encoding="utf-8")
    monkeypatch.setattr(paths, "shipped_trusted_keys", lambda: beside_app)
    key = generate_key()
    other = open_unknown(qtbot, window, mini_pack, tmp_path / "usb", key)
    trust_through_dialog(qtbot, other.guide_shelf.standing.trust_button, "Example Coalition")
    qtbot.waitUntil(lambda: standing(other) == "Verified: Example Coalition")

    guides = window.guide_shelf.show_guides()
    qtbot.addWidget(guides)
    publishers = guides.show_publishers()
    assert isinstance(publishers, TrustedPublishersWindow)
    listed = {publishers.list.topLevelItem(i).text(0): publishers.list.topLevelItem(i)
              for i in range(publishers.list.topLevelItemCount())}
    assert set(listed) == {"State Task Force", "Example Coalition"}
    assert listed["Example Coalition"].text(1).split() == hex_groups(key)
    publishers.list.setCurrentItem(listed["State Task Force"])
    assert not publishers.remove_button.isEnabled()

    publishers.list.setCurrentItem(listed["Example Coalition"])
    assert publishers.remove_button.isEnabled()
    seen: list[object] = []
    answer_modals(seen, (QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click()))
    qtbot.mouseClick(publishers.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: standing(other) == "Not verified")
    assert rows(guides)["Coalition Guide"][4] == "not verified (unknown key)"
    assert other.guide_shelf.standing.trust_button.isVisible()  # it can be trusted again
    assert key.public.text not in (data_dir / "trusted-keys.txt").read_text(encoding="utf-8")
    assert beside_app.read_text(encoding="utf-8") == f"{shipped_key.public.text} State Task Force\n"
    assert [publishers.list.topLevelItem(i).text(0) for i in range(publishers.list.topLevelItemCount())] == [
        "State Task Force"]


def verified_and_closed(qtbot: QtBot, window: MainWindow, mini_pack: Path, usb: Path, data_dir: Path) -> Path:
    """A guide by a trusted publisher taken in, its window closed again: the installed pack."""
    key = generate_key()
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "trusted-keys.txt").write_text(f"{key.public.text} Example Coalition\n", encoding="utf-8")
    other = open_unknown(qtbot, window, mini_pack, usb, key)
    assert standing(other) == "Verified: Example Coalition"
    installed = other.pack.path
    other.close()
    qtbot.waitUntil(lambda: window.guide_shelf.windows == [])
    return installed


def test_the_guides_window_refuses_a_guide_whose_signature_no_longer_holds(
        qtbot: QtBot, window: MainWindow, mini_pack: Path, tmp_path: Path, data_dir: Path) -> None:
    installed = verified_and_closed(qtbot, window, mini_pack, tmp_path / "usb", data_dir)
    with sqlite3.connect(installed) as connection:  # the installed copy changed after it was taken in
        connection.execute("UPDATE phone SET number = '1-900-555-0666'")
    connection.close()

    guides = window.guide_shelf.show_guides()
    qtbot.addWidget(guides)
    assert rows(guides)["Coalition Guide"][4] == "verified"  # as recorded when it was taken in
    select(guides, "Coalition Guide")
    qtbot.mouseClick(guides.open_button, Qt.MouseButton.LeftButton)
    message = window.guide_shelf.message
    assert message is not None and message.isVisible()
    assert message.icon() is QMessageBox.Icon.Critical
    assert "refused" in message.text() and "does not match its signature" in message.informativeText()
    assert window.guide_shelf.windows == []
    assert rows(guides)["Coalition Guide"][4] == "refused: changed since it was signed"
    message.close()


def test_a_guide_whose_signature_was_removed_after_it_was_taken_in_is_refused(
        qtbot: QtBot, window: MainWindow, mini_pack: Path, tmp_path: Path, data_dir: Path) -> None:
    installed = verified_and_closed(qtbot, window, mini_pack, tmp_path / "usb", data_dir)
    installed.with_name(installed.name + ".minisig").unlink()
    guides = window.guide_shelf.show_guides()
    qtbot.addWidget(guides)
    select(guides, "Coalition Guide")
    qtbot.mouseClick(guides.open_button, Qt.MouseButton.LeftButton)
    message = window.guide_shelf.message
    assert message is not None and message.icon() is QMessageBox.Icon.Critical
    assert "signature is gone" in message.informativeText()
    assert window.guide_shelf.windows == []
    message.close()


def test_a_good_guide_opens_from_the_guides_window_after_its_check(
        qtbot: QtBot, window: MainWindow, mini_pack: Path, tmp_path: Path) -> None:
    other = open_unknown(qtbot, window, mini_pack, tmp_path / "usb", generate_key())
    other.close()
    qtbot.waitUntil(lambda: window.guide_shelf.windows == [])
    guides = window.guide_shelf.show_guides()
    qtbot.addWidget(guides)
    select(guides, "Coalition Guide")
    qtbot.mouseClick(guides.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.guide_shelf.windows) == 1)
    assert standing(window.guide_shelf.windows[0]) == "Not verified"
