"""When a sighting becomes an announcement: seen in N frames within a window, then quiet while it stays in view.

A single frame can hold a misread or a half-visible symbol; two agreeing frames within a second cost one frame
period (33 ms at 30 fps) of latency and remove nearly all of it. Thread-safe: two decode workers report into one
confirmer, possibly out of frame order.

:meth:`Confirmer.forget` starts afresh when the operator switches vehicle (New vehicle, F2; issue 12): what was
confirmed or being confirmed until then is no read for the new vehicle. A code in view at that moment counts as
already announced (quiet until it has been out of sight for ``quiet_s``, like a label left under the camera), and a
frame captured before the moment but decoded after it confirms nothing.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ConfirmationSettings:
    frames_needed: int = 2
    window_s: float = 1.0
    # not announced again until it has been out of sight this long (a label left under the camera stays quiet)
    quiet_s: float = 4.0

    def __post_init__(self) -> None:
        if self.frames_needed < 1 or self.window_s <= 0 or self.quiet_s < 0:
            raise ValueError("confirmation needs frames_needed >= 1, window_s > 0 and quiet_s >= 0")


@dataclass
class _Track:
    sightings: dict[int, float] = field(default_factory=dict)  # frame id -> capture time
    announced: bool = False
    last_seen: float = float("-inf")


class Confirmer:
    def __init__(self, settings: ConfirmationSettings | None = None) -> None:
        self.settings = settings or ConfirmationSettings()
        self._tracks: dict[str, _Track] = {}
        self._lock = threading.Lock()
        self._forgotten_at = float("-inf")

    def observe(self, key: str, *, frame_id: int, at: float, window_s: float | None = None) -> bool:
        """Records that ``key`` was read in frame ``frame_id`` captured at ``at``; True exactly once per
        appearance, when it becomes confirmed. ``window_s`` widens the window for a slow source."""
        window = max(self.settings.window_s, window_s or 0.0)
        with self._lock:
            track = self._tracks.setdefault(key, _Track())
            if track.announced and at - track.last_seen > self.settings.quiet_s:
                track.announced = False
                track.sightings.clear()
            track.last_seen = max(track.last_seen, at)
            if at < self._forgotten_at:
                # captured before forget() (decoded late by a busy worker): it keeps the code quiet, never confirms
                track.announced = True
                track.sightings.clear()
                return False
            if track.announced:
                return False
            track.sightings[frame_id] = at
            track.sightings = {f: t for f, t in track.sightings.items() if track.last_seen - t <= window}
            if len(track.sightings) >= self.settings.frames_needed:
                track.announced = True
                track.sightings.clear()
                return True
            return False

    def forget(self, at: float) -> None:
        """From ``at`` on (the capture clock's time), nothing confirmed or half-confirmed before counts: partial
        sightings are dropped and every code seen lately stays quiet until it has been out of sight for
        ``quiet_s``; a code not seen for that long is announced as soon as it is confirmed again."""
        with self._lock:
            self._forgotten_at = max(self._forgotten_at, at)
            for track in self._tracks.values():
                track.announced = True
                track.sightings.clear()

    def forget_older_than(self, at: float) -> None:
        """Drops tracks not seen since ``at`` so that a long session does not grow the table."""
        with self._lock:
            self._tracks = {k: t for k, t in self._tracks.items() if t.last_seen >= at}
