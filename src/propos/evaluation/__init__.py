"""Scorers for gold files (../shared/eval/METRICS.md): quotations and time expressions."""
