"""`python -m kwaliteitslabel`."""

from kwaliteitslabel.cli.app import main

main()
