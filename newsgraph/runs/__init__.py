"""Run modes of a build: one process, worker processes, Dask tasks, and the incremental
bookkeeping they share (which files and articles a graph has already read)."""
