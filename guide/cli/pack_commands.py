"""The command line's commands for signed guide packs: ``sign``, ``verify``, ``diff``, and what
``info`` says about a pack's signature."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from guide.operations import guide_library
from guide.signing.pack_signature import SignatureState

if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]


def add_pack_parsers(subcommands: Commands, common: argparse.ArgumentParser) -> None:
    sign = subcommands.add_parser("sign", parents=[common], help="sign a guide pack (writes PACK.minisig)",
                                  description="Sign a guide pack with a minisign secret key; the signature "
                                              "PACK.minisig is written beside it (minisign -V checks it too).")
    sign.add_argument("pack_file", type=Path, metavar="PACK")
    sign.add_argument("--key", type=Path, required=True, metavar="SECRET_KEY_FILE",
                      help="a minisign secret key (asks for its password when it is encrypted)")
    sign.add_argument("--comment", default="", help="the signature's trusted comment (one line)")
    sign.set_defaults(run=cmd_sign)

    verify = subcommands.add_parser("verify", parents=[common], help="check a guide pack's signature",
                                    description="Exit 0 when PACK.minisig is a good signature by the given key "
                                                "or a trusted one; 1 with one line saying why otherwise.")
    verify.add_argument("pack_file", type=Path, metavar="PACK")
    verify.add_argument("--key", type=Path, default=None, metavar="PUBLIC_KEY_FILE",
                        help="check against this minisign public key only")
    verify.set_defaults(run=cmd_verify)

    diff = subcommands.add_parser("diff", parents=[common], help="what changed between two editions of a guide")
    diff.add_argument("old", type=Path, metavar="OLD")
    diff.add_argument("new", type=Path, metavar="NEW")
    diff.add_argument("--json", action="store_true", help="print JSON")
    diff.set_defaults(run=cmd_diff)


def user_data_dir() -> Path:
    """The user's data folder, as the window finds it (for the keys the user chose to trust)."""
    from PySide6.QtCore import QCoreApplication

    from guide.ui.user_folder import APP_NAME, default_data_dir

    if not QCoreApplication.applicationName() or QCoreApplication.instance() is None:
        QCoreApplication.setOrganizationName(APP_NAME)
        QCoreApplication.setApplicationName(APP_NAME)
    return default_data_dir()


def cmd_sign(args: argparse.Namespace) -> int:
    written = guide_library.sign(args.pack_file, args.key, lambda: getpass.getpass(f"password for {args.key}: "),
                                 args.comment)
    print(f"signed {args.pack_file}: {written}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    verdict = guide_library.verify(args.pack_file, args.key, None if args.key else user_data_dir())
    if verdict.state is SignatureState.VALID:
        print(verdict.message)
        return 0
    print(f"error: {verdict.message}", file=sys.stderr)
    return 1


def cmd_diff(args: argparse.Namespace) -> int:
    changes = guide_library.diff(args.old, args.new)
    if args.json:
        print(json.dumps({"old_content_date": changes.old_date, "new_content_date": changes.new_date,
                          "organizations_added": changes.added, "organizations_removed": changes.removed,
                          "organizations_changed": changes.changed, "phones_added": changes.phones_added,
                          "phones_removed": changes.phones_removed}, indent=2, ensure_ascii=False))
        return 0
    print("\n".join(changes.lines()))
    return 0


def signature_fields(pack: Path) -> dict[str, str | None]:
    """``info``'s ``signature`` (valid, invalid, unsigned, unknown key) and ``publisher`` (or None)."""
    standing = guide_library.signature_standing(pack, user_data_dir() if guide_library.is_signed(pack) else None)
    return {"signature": standing.signature, "publisher": standing.publisher or None}
