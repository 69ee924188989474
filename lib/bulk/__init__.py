"""Bulk: many documents in, token counts out, on a process pool or a Dask cluster.

stream (documents one at a time, in chunks) -> counting (segment and count on worker
processes, reduce) with rule_counts (the Latin/digit token rule at C speed) and cache (the
tokens of each chunk in Parquet); distributed runs the same map and reduce on Dask;
token_table keeps a corpus's whole tokens table in Parquet, so notebooks segment once;
stages times each stage of the counting for the bench's profile.
"""
