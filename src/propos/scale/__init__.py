"""Scale: deduplication, stories and the Dask batch engine."""
