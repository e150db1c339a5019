"""Settings of the station and the yard, and the first-run wizard."""
