"""Head office's projections: vehicles, owners, packs, active links and certificates, folded from events in order.

Called inside the ingest transaction, only for events the cursor has just moved over, in sequence order, so the
projections of a yard are a pure function of its contiguous event stream: retries, duplicates and reordering on the
way cannot change them. Returns the per-event rejections (business conflicts) to store and report. Which module
folds which event type: ``dispatch.PROJECTIONS``.
"""

from dismantler_app.hub.projections.dispatch import PROJECTIONS, Projection, project_events
from dismantler_app.hub.projections.records import Rejection, StoredEvent

__all__ = ["PROJECTIONS", "Projection", "Rejection", "StoredEvent", "project_events"]
