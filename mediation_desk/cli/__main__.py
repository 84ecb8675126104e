"""`python -m mediation_desk.cli`."""

import sys

from mediation_desk.cli import main

sys.exit(main())
