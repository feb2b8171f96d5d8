"""What to make of one upload: a file name and a size per preset, and the srcset."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePosixPath

from renditions.geometry import Size, cover, fit
from renditions.presets import PRESETS, Preset


@dataclass(frozen=True)
class Rendition:
    preset: str
    filename: str
    size: Size
    quality: int
    #: (left, top, right, bottom) to cut from the resized image, for cropped presets.
    crop: tuple[int, int, int, int] | None = None


def rendition(upload: str, size: Size, preset: Preset) -> Rendition:
    path = PurePosixPath(upload)
    if preset.crop:
        scaled, box = cover(size, (preset.box[0], preset.box[1]))  # type: ignore[arg-type]
        final = (box[2] - box[0], box[3] - box[1])
        return Rendition(
            preset.name,
            f"{path.stem}-{final[0]}x{final[1]}{path.suffix}",
            scaled,
            preset.quality,
            box,
        )
    final = fit(size, preset.box)
    return Rendition(
        preset.name, f"{path.stem}-{final[0]}x{final[1]}{path.suffix}", final, preset.quality
    )


def plan(upload: str, size: Size, names: Iterable[str] | None = None) -> list[Rendition]:
    """One rendition per preset (every preset unless ``names`` picks some), in that order."""
    chosen = list(PRESETS) if names is None else list(names)
    unknown = [name for name in chosen if name not in PRESETS]
    if unknown:
        raise KeyError(f"unknown presets: {', '.join(unknown)}")
    return [rendition(upload, size, PRESETS[name]) for name in chosen]


def srcset(renditions: Iterable[Rendition], base_url: str) -> str:
    """The ``srcset`` attribute for the uncropped renditions, narrowest first, one per width."""
    seen: dict[int, str] = {}
    for item in renditions:
        if item.crop is None:
            seen.setdefault(item.size[0], f"{base_url.rstrip('/')}/{item.filename} {item.size[0]}w")
    return ", ".join(seen[width] for width in sorted(seen))
