"""The full-screen walk (Textual): the same walk logic as the plain walk, another face."""

from kwaliteitslabel.walk.app.app import WalkApp

__all__ = ["WalkApp"]
