"""Interfaces: the CLI, the REST API and the web page, all over the same core (`propos.analysis`, the store)."""
