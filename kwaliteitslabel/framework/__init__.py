"""One framework (normenkader): model, loading and checks, fingerprint, location, schema, diff."""
