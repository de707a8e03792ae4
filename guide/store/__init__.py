"""Pack side: read-only opening, queries and search. Never imports Qt.

Only the first window's values are here. The pack's catalogue (guide.store.catalogue), the
directory's values (guide.store.directory) and search's (guide.store.search) are imported from their
own modules by those who use them: the first window needs none of them, and building their classes
would add milliseconds to every start.
"""

from guide.packformat.values import Hotline, Source
from guide.store.pack import Pack
from guide.store.sqlite_file import PackError
from guide.store.views import Article, MenuNode

__all__ = ["Article", "Hotline", "MenuNode", "Pack", "PackError", "Source"]
