"""The desktop app: Qt windows, pages and widgets over the services. The only package that imports PySide6.

Pages gather input, call one service operation off the UI thread through the task bridge, and show the outcome;
words live here (``tr()`` and the Qt Linguist catalogues in ``translations/``), the core speaks codes.

Grouped by feature, each page with its helpers: ``intake/`` (the station), ``desk/`` (the supervisor desk and
certificates), ``records/``, ``sync/``, ``settings/`` (and the first-run wizard), ``users/``, ``sign_in/`` (sign-in,
lock). ``camera/`` holds the camera and scanner plumbing, ``common/`` what every feature shares (the bridge, the
:class:`~dismantler_app.gui.common.context.PageContext` each page is built with, error reporting, words, small
widgets). ``forms/`` is generated from ``ui/*.ui`` by ``packaging/build_forms.py``. ``app.py`` builds the window,
``main_window.py`` holds the pages, ``wiring.py`` applies the station settings to a running app.
"""
