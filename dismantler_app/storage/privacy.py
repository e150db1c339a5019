"""Private by default: the yard's files hold owners' names, ID numbers and phones and the users' password hashes,
so on POSIX the data folder is 0700 and every file with records in it (database, WAL, backups, the copy kept before
a restore, keys, exports) 0600, for new files and for files found wider when they are opened (issue 13: the folder
was 755 and the database 644). On Windows the data folder is under the user's own profile, whose ACL already admits
only that user, SYSTEM and administrators (docs/troubleshooting.md says how to check); nothing is changed there.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700
_POSIX = os.name == "posix"


def private_folder(path: Path) -> Path:
    """Creates ``path`` (and its parents) if needed; on POSIX, narrows it to 0700 when others could enter it."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER_MODE)
    if _POSIX and stat.S_IMODE(path.stat().st_mode) & 0o077:
        path.chmod(PRIVATE_FOLDER_MODE)
    return path


def private_file(path: Path) -> None:
    """On POSIX, narrows an existing file to 0600 when others could read it; a missing file is left alone."""
    if not _POSIX:
        return
    try:
        mode = stat.S_IMODE(Path(path).stat().st_mode)
    except FileNotFoundError:
        return
    if mode & 0o077:
        os.chmod(path, PRIVATE_FILE_MODE)


def create_private_file(path: Path) -> bool:
    """Creates an empty file that only its owner can read, unless it exists already; True when it was created.
    Creating it before SQLite does keeps the window in which the new file is world-readable at zero."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    except FileExistsError:
        return False
    os.close(fd)
    return True
