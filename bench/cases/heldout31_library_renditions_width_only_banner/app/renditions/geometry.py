"""Sizes of renditions: fitting an image into a box, or cropping it to fill one."""

from __future__ import annotations

Size = tuple[int, int]
#: (width, height) bounds in pixels. A side that is None is unconstrained.
Box = tuple[int | None, int | None]


def _scaled(size: Size, scale: float) -> Size:
    width, height = size
    return max(1, round(width * scale)), max(1, round(height * scale))


def fit(size: Size, box: Box) -> Size:
    """The size of ``size`` scaled to fit inside ``box``, keeping the aspect ratio.

    Images are never enlarged: one that already fits keeps its size. A side of the box
    that is None is unconstrained, so the image is fitted to the other side alone
    (``(1600, None)`` is "1600 pixels wide, however tall that makes it").
    """
    width, height = size
    box_width, box_height = box
    scale = min(box_width / width, box_height / height, 1.0)
    return _scaled(size, scale)


def cover(size: Size, box: Size) -> tuple[Size, tuple[int, int, int, int]]:
    """Scale ``size`` to cover ``box`` entirely, then crop the overflow evenly.

    Returns the scaled size and the crop rectangle (left, top, right, bottom) in it.
    Unlike :func:`fit` both sides are required: a crop needs a target shape.
    """
    width, height = size
    box_width, box_height = box
    scale = max(box_width / width, box_height / height)
    scaled = _scaled(size, scale)
    left = (scaled[0] - box_width) // 2
    top = (scaled[1] - box_height) // 2
    return scaled, (left, top, left + box_width, top + box_height)
