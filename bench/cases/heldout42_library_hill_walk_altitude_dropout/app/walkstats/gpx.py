"""Reading the track points out of a GPX file from a walker's phone or watch."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass

_NS = {"gpx": "http://www.topografix.com/GPX/1/1"}


@dataclass(frozen=True)
class Point:
    lat: float
    lon: float
    #: Metres above sea level; None where the device lost its altitude fix (in a
    #: gully, under trees), which it records as a point without an <ele>.
    ele: float | None = None


def parse(text: str) -> list[Point]:
    points = []
    for trkpt in ET.fromstring(text).iterfind(".//gpx:trkpt", _NS):
        ele = trkpt.findtext("gpx:ele", namespaces=_NS)
        points.append(Point(float(trkpt.get("lat")), float(trkpt.get("lon")), float(ele) if ele else None))
    return points
