"""Promise against delivery (DOMAIN.md, "The plan cycle"): each checkable commitment of a plan
(a work report's plan part, an annual plan, a quarterly notice) against the documents that
report on it (the next work report's review, progress and completion reports, later notices),
with a verdict and the passages that support it."""

from qdiff.delivery.assess import assess_delivery
from qdiff.delivery.model import (
    Assessment,
    DeliveryCheck,
    Evidence,
    Passage,
    Promise,
    Target,
    Verdict,
)
from qdiff.delivery.plan import promises_of

__all__ = [
    "Assessment",
    "DeliveryCheck",
    "Evidence",
    "Passage",
    "Promise",
    "Target",
    "Verdict",
    "assess_delivery",
    "promises_of",
]
