"""Extraction steps, each a registered spaCy component writing typed results to `Doc._`:
actors → time → quotes → events → stances."""
