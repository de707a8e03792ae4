"""Opening hours: whether a place is open at an instant, from its schedules (no Qt, no SQL)."""
