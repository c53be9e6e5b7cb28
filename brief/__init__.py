"""brief: several articles about one story in, one attributed extractive briefing out."""

__version__ = "0.1.0"
