"""``python -m facilio_connections_sdk.cli``."""

from facilio_connections_sdk.cli import main

raise SystemExit(main())
