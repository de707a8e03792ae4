"""What the user chose and keeps between starts (settings, bookmarks). No Qt: the folder is given."""
