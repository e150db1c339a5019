"""The yard's side of sync with head office: the sync rounds (``service``), the link to head office (``link``), the
status and backoff (``state``), the sync problems list (``problems``), head office's reference data (``reference``),
the USB stick (``stick``) and the background worker (``worker``)."""
