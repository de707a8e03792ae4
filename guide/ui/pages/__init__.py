"""The pages the window shows one at a time, each behind guide.ui.pages.page.Page."""
