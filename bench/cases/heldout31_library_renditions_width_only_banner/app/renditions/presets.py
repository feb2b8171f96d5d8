"""The renditions the CMS makes of every uploaded image."""

from __future__ import annotations

from dataclasses import dataclass

from renditions.geometry import Box


@dataclass(frozen=True)
class Preset:
    name: str
    box: Box
    #: Crop to exactly ``box`` instead of fitting inside it (both sides must be set).
    crop: bool = False
    quality: int = 82

    def __post_init__(self) -> None:
        if self.crop and None in self.box:
            raise ValueError(f"{self.name}: a cropped preset needs both width and height")


PRESETS: dict[str, Preset] = {
    preset.name: preset
    for preset in (
        Preset("square", (320, 320), crop=True),
        Preset("card", (640, 480)),
        Preset("article", (1024, 1024)),
        # Full-width hero images: the page sets the width, the image keeps its shape.
        Preset("banner", (1600, None), quality=75),
    )
}
