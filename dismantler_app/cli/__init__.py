"""The command line: ``dismantler`` with no arguments starts the desktop app; subcommands run headless."""
