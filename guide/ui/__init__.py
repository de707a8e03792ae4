"""Qt side: the main window and its pages. Talks to the pack only through guide.store."""
