"""Sync with head office: the page, the background sync, the status panel and its words."""
