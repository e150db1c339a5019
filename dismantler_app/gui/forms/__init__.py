"""Generated from ui/*.ui by packaging/build_forms.py; never edit by hand."""
