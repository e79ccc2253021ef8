"""The importer's one kind of error and its dependency check."""

import importlib
import sys

# What installs the importer's Python environment; every message about a
# missing dependency names it.
SETUP_COMMAND = "scripts/setup-import"


class ImporterError(Exception):
    """An error the user can act on; the CLI prints it without a traceback."""


def require(module):
    """Imports `module`, or fails naming the command that installs it.

    The importer runs in the virtual environment that scripts/setup-import
    creates from tools/altgrad-import/requirements.txt; any other Python
    lacks its packages, and a plain ImportError would not say how to get them.
    """
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise ImporterError(
            f"the Python package '{module.split('.')[0]}' is missing from "
            f"{sys.prefix} ({error}); run `{SETUP_COMMAND}`, which installs "
            "tools/altgrad-import/requirements.txt into build/venv"
        ) from error


def exit_with(main, program):
    """Runs a command's `main` and exits with its status; an ImporterError
    is printed as `program: error: ...` and exits 1."""
    try:
        sys.exit(main())
    except ImporterError as error:
        print(f"{program}: error: {error}", file=sys.stderr)
        sys.exit(1)
