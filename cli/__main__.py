"""``python -m cli`` runs the ``summarize`` command."""

from .app import main

if __name__ == "__main__":
    main()
