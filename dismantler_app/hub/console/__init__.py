"""Head office's console: server-rendered pages for signed-in staff (search a journey, white-list share, deadlines,
conflicts, yards, activity), in Chinese and English, every asset served by the hub itself. One module per page builds
its tables and plots from indexed projections and the summaries of ``hub/summaries.py``; ``routes.py`` wires them to
URLs, sessions and CSRF (``hub/auth.py``); ``audit.py`` records who looked up whom and who changed what.
"""
