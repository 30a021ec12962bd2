"""Where the kit's bundled data lives (paths never depend on the working directory)."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
CORPUS = DATA / "corpus" / "briefs.jsonl"
GOLD = DATA / "gold" / "briefs_gold.jsonl"
MILESTONES = DATA / "milestones.csv"
SHARED = ROOT.parent / "shared" / "corpora"
