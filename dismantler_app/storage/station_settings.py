"""Settings that belong to one yard PC (the station), kept in a small JSON file in the data folder.

Yard-wide settings (yard details, policy) live in the database and travel to head office; these do not: which camera
this PC has, its resolution, the decoder options, the handheld scanner's prefix/suffix, the language, the text size,
the idle lock, and where head office is. The file is written atomically (temporary file, fsync, rename) so a power
cut leaves the old or the new file, never half of one. Keys this version does not know are kept on save, so a
station that runs an older app for a while does not lose what a newer one wrote. A file that cannot be read is
reported with :class:`StationSettingsCorrupt`; the caller decides (after asking the person) whether to replace it,
and the damaged file is kept next to it for support.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

SETTINGS_FILE_NAME = "station.json"
# The two capture sizes yard webcams deliver reliably over USB 2 with MJPG. 1080p is the default: the decoder's cheap
# passes read a 1280-px copy (scanning/pipeline.py CAMERA_WORK_SIDE), so decoding costs what 720p did, and located
# symbols are cut from the full-resolution frame (issue 15: 24 of 30 generated 1080p frames read against 21 at 720p).
RESOLUTIONS: tuple[tuple[int, int], ...] = ((1280, 720), (1920, 1080))
LANGUAGES = ("zh_CN", "en")
# The station's text size (gui/common/text_size.py scales the window by it): Normal, Large, Larger.
TEXT_SIZES = ("normal", "large", "larger")
# The symbologies the scanning engine reads (scanning/symbols.py); storage may not import the scanning package,
# so the names are repeated here and checked by a test against the engine's list.
SYMBOLOGY_NAMES = ("qr", "data_matrix", "code128", "code39", "pdf417")
DEFAULT_SYMBOLOGIES = ("code128", "code39", "data_matrix", "qr")
IDLE_LOCK_RANGE = (1, 240)  # minutes: at least one, at most a shift's half
MAX_FILE_BYTES = 1024 * 1024  # the file is a few hundred bytes; anything this large is not ours
MAX_JSON_DEPTH = 16
_TEXT_LIMITS = {
    "station": 64,
    "camera": 2048,
    "scanner_prefix": 16,
    "scanner_suffix": 16,
    "hub_url": 2048,
    "hub_user": 128,
    "hub_secret": 1024,
}


class StationSettingsCorrupt(Exception):
    """The settings file exists but cannot be used; ``detail`` says what is wrong with it."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            f"the station settings file {path} cannot be read ({detail}); confirm to replace it with the settings "
            "shown, the damaged file is kept as a .damaged copy"
        )
        self.path = path
        self.detail = detail


@dataclass(frozen=True)
class StationSettings:
    station: str = "station-1"
    camera: str = ""  # "" no camera; a device index "0", a stream URL, a video file or an image folder
    resolution: tuple[int, int] = RESOLUTIONS[1]
    symbologies: tuple[str, ...] = DEFAULT_SYMBOLOGIES
    use_pyzbar: bool = True  # the second decoder; off on PCs where libzbar is missing or too slow
    scanner_prefix: str = ""
    scanner_suffix: str = ""
    language: str = "zh_CN"
    text_size: str = "normal"
    idle_lock_minutes: int = 5
    hub_url: str = ""
    hub_user: str = ""
    hub_secret: str = ""  # stored for the sync client; the file lives in the user's own data folder
    extra: Mapping[str, Any] = field(default_factory=dict)  # keys written by another version, kept as they are

    @property
    def idle_lock_seconds(self) -> int:
        return self.idle_lock_minutes * 60


_KNOWN = tuple(f.name for f in fields(StationSettings) if f.name != "extra")


def settings_path(data_dir: Path) -> Path:
    return Path(data_dir) / SETTINGS_FILE_NAME


def _text(data: Mapping[str, Any], key: str, default: str) -> str:
    value = data.get(key, default)
    if not isinstance(value, str):
        raise ValueError(f"{key} must be text, not {type(value).__name__}")
    limit = _TEXT_LIMITS.get(key)
    if limit is not None and len(value) > limit:
        raise ValueError(f"{key} must be at most {limit} characters, not {len(value)}")
    # Scanner prefixes and suffixes are control characters by nature (CR, TAB, GS); names and addresses are not.
    if key in ("station", "camera", "hub_url", "hub_user") and any(ord(ch) < 32 for ch in value):
        raise ValueError(f"{key} must not hold control characters")
    return value


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:40] + "…"


def _depth(value: Any) -> int:
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth > MAX_JSON_DEPTH:
            return depth
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return deepest


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number this file may hold")


def parse_station_settings(data: object) -> StationSettings:
    """Reads the decoded JSON; raises ``ValueError`` naming the first key that is wrong."""
    if not isinstance(data, Mapping):
        raise ValueError("the file does not hold a JSON object")
    if _depth(data) > MAX_JSON_DEPTH:
        raise ValueError(f"the file nests deeper than {MAX_JSON_DEPTH} levels")
    base = StationSettings()
    station = _text(data, "station", base.station).strip()
    if not station:
        raise ValueError("station must not be empty")
    raw_resolution = data.get("resolution", list(base.resolution))
    if not isinstance(raw_resolution, list | tuple) or tuple(raw_resolution) not in RESOLUTIONS:
        raise ValueError(f"resolution must be one of {', '.join(f'{w}x{h}' for w, h in RESOLUTIONS)}")
    symbologies = data.get("symbologies", list(base.symbologies))
    if not isinstance(symbologies, list | tuple) or not symbologies:
        raise ValueError("symbologies must be a non-empty list")
    unknown = [s for s in symbologies if s not in SYMBOLOGY_NAMES]
    if unknown:
        raise ValueError(f"symbologies: unknown {unknown!r}; known are {', '.join(SYMBOLOGY_NAMES)}")
    use_pyzbar = data.get("use_pyzbar", base.use_pyzbar)
    if not isinstance(use_pyzbar, bool):
        raise ValueError("use_pyzbar must be true or false")
    language = _text(data, "language", base.language)
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
    text_size = _text(data, "text_size", base.text_size)
    if text_size not in TEXT_SIZES:
        raise ValueError(f"text_size must be one of {', '.join(TEXT_SIZES)}, not {_shown(text_size)}")
    minutes = data.get("idle_lock_minutes", base.idle_lock_minutes)
    if (
        isinstance(minutes, bool)
        or not isinstance(minutes, int)
        or not IDLE_LOCK_RANGE[0] <= minutes <= IDLE_LOCK_RANGE[1]
    ):
        raise ValueError(
            f"idle_lock_minutes must be a whole number from {IDLE_LOCK_RANGE[0]} to {IDLE_LOCK_RANGE[1]}, "
            f"not {_shown(minutes)}"
        )
    hub_url = _text(data, "hub_url", base.hub_url).strip()
    if hub_url and not hub_url.lower().startswith(("https://", "http://")):
        raise ValueError("hub_url must start with https:// (or http:// on a test network)")
    return StationSettings(
        station=station,
        camera=_text(data, "camera", base.camera).strip(),
        resolution=(int(raw_resolution[0]), int(raw_resolution[1])),
        symbologies=tuple(sorted(set(symbologies))),
        use_pyzbar=use_pyzbar,
        scanner_prefix=_text(data, "scanner_prefix", base.scanner_prefix),
        scanner_suffix=_text(data, "scanner_suffix", base.scanner_suffix),
        language=language,
        text_size=text_size,
        idle_lock_minutes=minutes,
        hub_url=hub_url,
        hub_user=_text(data, "hub_user", base.hub_user).strip(),
        hub_secret=_text(data, "hub_secret", base.hub_secret),
        extra={k: v for k, v in data.items() if k not in _KNOWN},
    )


def settings_to_json(settings: StationSettings) -> dict[str, Any]:
    """The file's content: unknown keys first, then this version's keys (which win)."""
    out = dict(settings.extra)
    for name in _KNOWN:
        value = getattr(settings, name)
        out[name] = list(value) if isinstance(value, tuple) else value
    return out


def validate_station_settings(settings: StationSettings) -> StationSettings:
    """The same checks the file gets, for settings built in code (a form): ``ValueError`` names the key."""
    return parse_station_settings(settings_to_json(settings))


def load_station_settings(path: Path) -> StationSettings:
    """The settings in ``path``; defaults when the file does not exist yet; :class:`StationSettingsCorrupt` when it
    exists but is not valid JSON or holds a wrong value."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        return StationSettings()
    except OSError as exc:
        raise StationSettingsCorrupt(path, str(exc)) from exc
    if len(raw) > MAX_FILE_BYTES:
        raise StationSettingsCorrupt(path, f"the file is larger than {MAX_FILE_BYTES} bytes")
    try:
        # utf-8-sig: Windows Notepad saves UTF-8 with a byte-order mark (issue 13 called such a file corrupt).
        text = raw.decode("utf-8-sig")
        return parse_station_settings(json.loads(text, parse_constant=_refuse_constant))
    except RecursionError as exc:
        # json gives up on deep nesting with RecursionError, not a ValueError (issue 13: the app crashed at start).
        raise StationSettingsCorrupt(path, f"the file nests deeper than {MAX_JSON_DEPTH} levels") from exc
    except ValueError as exc:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise StationSettingsCorrupt(path, str(exc)) from exc


def save_station_settings(path: Path, settings: StationSettings) -> None:
    """Writes atomically; ``ValueError`` (naming the key) for settings that would not load again."""
    body = json.dumps(settings_to_json(validate_station_settings(settings)), ensure_ascii=False, indent=2)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # mkstemp creates the file 0600 on POSIX (only this account reads it): the head office password is in it.
    # The mode is set again explicitly so that a change of temporary-file helper cannot widen it.
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".station-", suffix=".json")
    try:
        if os.name == "posix":
            os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(body + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def replace_corrupt_settings(path: Path, settings: StationSettings) -> Path:
    """After the person confirmed: keeps the damaged file as ``station.json.damaged`` and writes ``settings``.
    Returns where the damaged copy is."""
    path = Path(path)
    kept = path.with_name(path.name + ".damaged")
    if path.exists():
        os.replace(path, kept)
    save_station_settings(path, settings)
    return kept


def with_changes(settings: StationSettings, **changes: Any) -> StationSettings:
    """A copy with ``changes`` applied and checked."""
    return validate_station_settings(replace(settings, **changes))
