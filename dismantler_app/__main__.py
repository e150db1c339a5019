"""``python -m dismantler_app`` is the same as ``dismantler``."""

import sys

from dismantler_app.cli.main import main

sys.exit(main())
