"""Placeholder: wiring of the interactive walk to the real terminal."""
