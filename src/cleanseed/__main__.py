"""``python -m cleanseed``: the same as the ``cleanseed`` command."""

from .cli import run

if __name__ == "__main__":
    run()
