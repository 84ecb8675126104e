"""`python -m mediation_desk`: the same as the `mediation-desk` command."""

import sys

from mediation_desk.cli import main

sys.exit(main())
