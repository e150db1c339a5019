"""The yard's audit-chain head as it travels with every batch: a small document signed with the yard's key, kept
outside the batch hash (a resend of a batch may carry a newer head without looking like a different batch).

Head office keeps every head it accepted (``hub/anchors.py``). What the yard cannot do alone afterwards is rewind the
chain (cut rows off and rewrite ``audit_head``) or rewrite an anchored row: the next batch shows it. The document
also names the chain's lineage (the epoch the latest restore minted) and the row where that restore wrote itself,
so a restore reads as a restore, not as tampering.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from dismantler_app.sync.documents import SignatureRefused, open_document, sign_document

AUDIT_HEAD_KIND = "audit-head"


@dataclass(frozen=True)
class AuditHead:
    site_id: str
    db_epoch: str
    seq: int
    hash: str
    checkpoint_seq: int  # the last head head office acknowledged (0: none yet)
    checkpoint_hash: str  # what the yard's chain holds at that row now
    lineage: str  # the epoch minted by the latest restore; "" when never restored
    restored_at_seq: int  # the row of that restore (0 when never restored)

    def to_json(self) -> dict[str, Any]:
        return {
            "site_id": self.site_id,
            "db_epoch": self.db_epoch,
            "seq": self.seq,
            "hash": self.hash,
            "checkpoint_seq": self.checkpoint_seq,
            "checkpoint_hash": self.checkpoint_hash,
            "lineage": self.lineage,
            "restored_at_seq": self.restored_at_seq,
        }


def sign_audit_head(key: Ed25519PrivateKey, head: AuditHead) -> dict[str, Any]:
    return sign_document(key, AUDIT_HEAD_KIND, head.to_json())


def _count(body: Mapping[str, Any], name: str) -> int:
    value = body.get(name)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise SignatureRefused(f"the audit head's {name} must be a non-negative integer")
    return value


def _word(body: Mapping[str, Any], name: str) -> str:
    value = body.get(name)
    if not isinstance(value, str) or len(value) > 128:
        raise SignatureRefused(f"the audit head's {name} must be text of at most 128 characters")
    return value


def open_audit_head(key: Ed25519PublicKey, document: Any, *, site_id: str, db_epoch: str) -> AuditHead:
    """The head in ``document`` when the yard signed it for this batch's site and epoch; :class:`SignatureRefused`
    otherwise."""
    body = open_document(key, AUDIT_HEAD_KIND, document)
    head = AuditHead(
        site_id=_word(body, "site_id"),
        db_epoch=_word(body, "db_epoch"),
        seq=_count(body, "seq"),
        hash=_word(body, "hash"),
        checkpoint_seq=_count(body, "checkpoint_seq"),
        checkpoint_hash=_word(body, "checkpoint_hash"),
        lineage=_word(body, "lineage"),
        restored_at_seq=_count(body, "restored_at_seq"),
    )
    if (head.site_id, head.db_epoch) != (site_id, db_epoch):
        raise SignatureRefused("the audit head was signed for another site or epoch than its batch")
    return head
