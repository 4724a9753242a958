"""``python -m geomap`` runs the command-line interface."""
from geomap.cli import main

raise SystemExit(main())
