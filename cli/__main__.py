"""``python -m cli`` runs the ``summarize`` command."""

from cli.app import main

main()
