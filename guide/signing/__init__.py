"""Signed guide packs: minisign's formats and Ed25519 signatures (``minisign``), the trusted publishers'
keys (``trust``) and the verdict on one pack (``pack_signature``). No Qt, no pack reading.

``minisign`` (and hashlib's OpenSSL with it, some 6 ms) is imported where a signature or a key is
first read, not with the other modules: the window asks of every guide it opens whether it is
signed, and for most the answer is a file that is not there."""
