"""Near a ZIP code, offline: ZIP centroids and time zones from the ``zipcodes`` package, distances."""
