"""Language layer: text preparation, quote-mark pairing, the spaCy pipeline and per-language resources."""
