"""Use cases of the office, one module per area. Screens, CLI and tests call these."""
