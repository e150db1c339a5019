"""Records and batteries in stock."""
