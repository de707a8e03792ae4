"""The guide pack's format, shared by its writer (guide.content) and its reader (guide.store): the
schema version and search index (schema), the tables as SQLAlchemy models (models, for the writer
only) and the values both sides use (values). Imports neither side, nor Qt."""
