"""Head office: receives every yard's batches, checks what spans yards, serves reference data."""
