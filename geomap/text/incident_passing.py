"""Incidents a report only mentions: told in passing, beside the ones it tells.

ACLED codes what a report states as news. An event in another country that the report
names in passing ("In neighbouring Cameroon, separatists killed two gendarmes", a lone
stray shell across the border in a report of several events at home) and an event with
no day and no toll of its own beside dated ones ("Iran responded by firing missiles at
bases in Iraq") are context: :func:`told_in_passing` marks them (``extra["mentioned"]``,
with a note saying why), and :func:`geomap.text.document.extract_document` keeps them as
the document's ``mentioned``, never as its incidents.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Sequence

from geomap.model import Incident
from geomap.text.dates import DAY

__all__ = ["told_in_passing"]


def _mention(b: Incident, why: str) -> Incident:
    return replace(b, extra={**b.extra, "mentioned": True}, notes="; ".join(x for x in (b.notes, why) if x))


def told_in_passing(built: Sequence[Incident], abroad: Sequence[bool]) -> list[Incident]:
    """``built`` (in text order) with the incidents the report only mentions marked.

    ``abroad[k]`` says whether every placed sentence of incident ``k`` opens as told abroad
    ("In neighbouring Cameroon, ...", ``incident_abroad.re``).

    Examples
    --------
    >>> told_in_passing([], [])
    []
    """
    built = list(built)
    home = Counter(b.country for b, out in zip(built, abroad) if b.country and not out)
    if home:
        main = home.most_common(1)[0][0]
        # "On Thursday, a stray mortar shell landed in Thailand's Mae Sot district": in a report of two or more
        # events in one country, a lone event in another, told after the first, that names no town of its own is
        # told in passing too (not the lead's strike across the border: "Planes struck the Al Bukamal area")
        flags = [out or (k > 0 and b.country != main and home[b.country] == 1 and home[main] > 1
                         and (b.geo_precision or 3) > 1) for k, (b, out) in enumerate(zip(built, abroad))]
        built = [_mention(b, f"told in passing, in {b.country}, in a report of {main}") if out and b.country != main
                 else b for b, out in zip(built, flags)]
    # beside the days a report tells, an event with no day and no toll of its own ("Iran responded by firing
    # missiles at bases in Iraq") is one it mentions, not one it tells: context too
    if any(b.event_date and b.time_precision == DAY and not b.extra.get("mentioned") for b in built):
        built = [_mention(b, "mentioned with no day and no toll of its own")
                 if not b.event_date and b.fatalities is None and not b.extra.get("mentioned") else b for b in built]
    return built
