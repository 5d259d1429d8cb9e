"""French: the spaCy model and where the French resources (data files beside this module) live."""

from pathlib import Path

CODE = "fr"
MODEL = "fr_core_news_md"
DATA_DIR = Path(__file__).parent / "data"
