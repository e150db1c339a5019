"""The main window's pages, one module and one Designer form each."""
