"""The desktop app: Qt windows, pages and widgets over the services. The only package that imports PySide6.

Pages gather input, call one service operation off the UI thread through :class:`~.bridge.TaskBridge`, and show
the outcome; words live here (``tr()`` and the Qt Linguist catalogues in ``translations/``), the core speaks codes.
"""
