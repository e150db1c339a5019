"""The intake station: scanning a vehicle's VIN and packs, its editing tools, the banner."""
