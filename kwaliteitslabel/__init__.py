"""kwaliteitslabel: audit tool for the Kwaliteitslabel Sociaal Werk."""

__version__ = "0.1.0"
