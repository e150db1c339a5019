"""The camera and the handheld scanner: the preview worker, the decoder adapter, the scanner's keyboard filter."""
