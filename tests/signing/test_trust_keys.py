"""The user's own trust: a key trusted and then no longer trusted (other lines of the file kept as
they were), the fingerprint a person reads aloud, the publisher name a trusted comment claims, and
the key beside a pack offered for trust only when the pack's signature holds under it."""

from __future__ import annotations

from pathlib import Path

from guide.signing.minisign import SecretKey, generate_key
from guide.signing.pack_signature import claimed_publisher, key_path, trust_offer
from guide.signing.trust import USER, fingerprint, load_keyring, trust_key, untrust_key
from support import publish


def test_untrusting_a_key_takes_out_its_lines_only(tmp_path: Path) -> None:
    user = tmp_path / "trusted-keys.txt"
    kept, dropped = generate_key().public, generate_key().public
    user.write_text(f"# my keys\n{kept.text} Kept Coalition\n\nnot a key at all\n", encoding="utf-8")
    trust_key(user, "  Dropped   Coalition ", dropped)
    assert [k.name for k in load_keyring(tmp_path / "none.txt", user).keys] == ["Kept Coalition", "Dropped Coalition"]
    assert untrust_key(user, dropped) == 1
    assert user.read_text(encoding="utf-8") == f"# my keys\n{kept.text} Kept Coalition\n\nnot a key at all\n"
    keyring = load_keyring(tmp_path / "none.txt", user)
    assert [(k.name, k.origin) for k in keyring.keys] == [("Kept Coalition", USER)]
    assert untrust_key(user, dropped) == 0
    assert untrust_key(tmp_path / "missing.txt", dropped) == 0
    assert not (tmp_path / "missing.txt").exists()


def test_the_fingerprint_is_the_whole_key_in_groups_not_the_key_id_a_forger_can_copy() -> None:
    real = generate_key()
    forged = SecretKey(real.key_id, generate_key().seed)  # minisign lets a key maker pick the id
    groups = fingerprint(real.public).split()
    assert len(groups) == 16 and all(len(g) == 4 and set(g) <= set("0123456789ABCDEF") for g in groups)
    assert "".join(groups) == real.public.raw.hex().upper()
    assert forged.public.id_text == real.public.id_text
    assert fingerprint(forged.public) != fingerprint(real.public)


def test_the_claimed_publisher_is_the_trusted_comments_publisher_field() -> None:
    assert claimed_publisher("timestamp:1\tfile:g.pack\thashed\tpublisher:  Example   Coalition ") == \
        "Example Coalition"
    assert claimed_publisher("Publisher:Hawaii Task Force") == "Hawaii Task Force"
    assert claimed_publisher("timestamp:1\tfile:g.pack\thashed") == ""
    assert claimed_publisher("edition 2026") == ""


def test_a_key_beside_a_pack_is_offered_only_when_the_signature_holds_under_it(tmp_path: Path) -> None:
    key = generate_key()
    pack = tmp_path / "guide.pack"
    pack.write_bytes(b"a pack's bytes" * 100)
    publish(pack, key, "Example Coalition")
    offer = trust_offer(pack)
    assert offer is not None and offer.key == key.public and offer.claimed_publisher == "Example Coalition"

    key_path(pack).write_text(generate_key().public.file_text(), encoding="utf-8")
    assert trust_offer(pack) is None  # another key than the one that signed
    key_path(pack).write_text(key.public.file_text(), encoding="utf-8")
    pack.write_bytes(b"a changed pack" * 100)
    assert trust_offer(pack) is None  # the pack changed after it was signed
    key_path(pack).write_text("garbage\n", encoding="utf-8")
    assert trust_offer(pack) is None
    key_path(pack).unlink()
    assert trust_offer(pack) is None
