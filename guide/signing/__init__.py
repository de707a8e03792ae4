"""Signed guide packs: minisign's formats and Ed25519 signatures (``minisign``), the trusted publishers'
keys (``trust``) and the verdict on one pack (``pack_signature``). No Qt, no pack reading."""
