"""Allow `python -m simulator` as well as the `roleplay` console script."""

from simulator.cli import main

raise SystemExit(main())
