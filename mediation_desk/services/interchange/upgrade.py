"""A version 2 file says nothing of what version 3 added: stored cases keep it.

Records of a kind version 2 does not know (investigations, sessions, the draft, judicial
confirmations, recusals, publicity choices) and the risk indicators are taken from the stored
case; so are the new fields of its agreements and follow-up visits, item by item in recorded
order (the n-th agreement of the file keeps the text and terms of the n-th stored one). New
cases start with them empty. Importing an old file thus never erases newer records.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from mediation_desk.services.interchange.codec import CaseFile
from mediation_desk.services.interchange.columns import Json
from mediation_desk.services.interchange.kinds import KINDS
from mediation_desk.services.interchange.lifecycle import CaseLifecycle
from mediation_desk.services.interchange.schema import VERSION


def carried_forward(content: CaseFile, stored: Mapping[str, CaseLifecycle]) -> CaseFile:
    """`content` of an older file with what its version cannot say taken from `stored` (the
    stored lifecycles by case uuid); content of the newest version is returned as it is."""
    if not content.lifecycles or content.version >= VERSION:
        return content
    lifecycles = list(content.lifecycles)
    for index, case in enumerate(content.cases):
        old = stored.get(case.uuid)
        if old is not None:
            lifecycles[index] = _merged(lifecycles[index], old, content.version)
    return replace(content, lifecycles=tuple(lifecycles))


def _merged(theirs: CaseLifecycle, ours: CaseLifecycle, version: int) -> CaseLifecycle:
    records: dict[str, tuple[Json, ...]] = {}
    for kind in KINDS:
        if kind.since > version:
            records[kind.key] = ours.items(kind.key)
            continue
        newer = [f.key for f in kind.fields if f.since > version]
        items = theirs.items(kind.key)
        if newer:
            kept = ours.items(kind.key)
            items = tuple(
                item | {key: kept[n][key] for key in newer} if n < len(kept) else item
                for n, item in enumerate(items)
            )
        records[kind.key] = items
    return replace(theirs, records=records, risk_indicators=ours.risk_indicators)
