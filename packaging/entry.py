"""The bundle's entry point: the same ``main`` as the ``dismantler`` console script and ``python -m dismantler_app``."""

import sys

from dismantler_app.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
