"""Each named object's thread over the quarters, linked to its annual root (the commitment of the
year's annual plan or work report that names the same object) and to that commitment's reported
outcome (its `qdiff delivery` verdict), so that the multi-quarter report can say of a project:
promised in the year's plan, scheduled in these quarters, reported done (or not) at the year's
end.

Task and item threads are linked through the objects they name: an object's thread is the unit
an auditor follows from the year's plan to its outcome.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from qdiff.commitments.names import same_names
from qdiff.delivery.model import Assessment, DeliveryCheck
from qdiff.lineage.model import Thread


@dataclass(frozen=True)
class Root:
    year: int
    plan: str  # the annual document, as the outputs name it: "上海市杨浦区人民政府 2021@1"
    ref: str  # the commitment's ref in it
    text: str  # its clause
    assessment: Assessment  # what the reports on that year say of it


def thread_roots(
    threads: tuple[Thread, ...], years: Mapping[int, tuple[str, DeliveryCheck]]
) -> dict[str, Root]:
    """Thread key -> its annual root, for the object threads whose name a checkable commitment
    of their first year's plan names too (the same name, shortened or lengthened). `years`: the
    year's plan, by its name, checked against the reports on it."""
    roots: dict[str, Root] = {}
    for thread in threads:
        name = thread.occurrences[0].heading
        found = years.get(thread.first.year)
        if name is None or found is None:
            continue
        plan, check = found
        for assessment in check.assessments:
            promised = assessment.promise.object
            if promised and (promised == name or same_names(name, promised)):
                roots[thread.key] = Root(
                    thread.first.year,
                    plan,
                    assessment.promise.ref,
                    assessment.promise.text,
                    assessment,
                )
                break
    return roots
