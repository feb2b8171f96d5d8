import pytest
from renditions.geometry import cover, fit
from renditions.plan import plan, srcset
from renditions.presets import Preset


def test_fit_landscape_and_portrait() -> None:
    assert fit((4000, 3000), (640, 480)) == (640, 480)
    assert fit((3000, 4000), (640, 480)) == (360, 480)
    assert fit((1200, 300), (1024, 1024)) == (1024, 256)


def test_fit_never_enlarges() -> None:
    assert fit((300, 200), (640, 480)) == (300, 200)


def test_cover_crops_evenly() -> None:
    scaled, box = cover((4000, 3000), (320, 320))
    assert scaled == (427, 320)
    assert box == (53, 0, 373, 320)


def test_cropped_preset_needs_both_sides() -> None:
    with pytest.raises(ValueError):
        Preset("strip", (800, None), crop=True)


def test_plan_card_and_square() -> None:
    made = plan("uploads/harbour.jpg", (4032, 3024), ["card", "square"])
    assert [(r.filename, r.size, r.crop) for r in made] == [
        ("harbour-640x480.jpg", (640, 480), None),
        ("harbour-320x320.jpg", (427, 320), (53, 0, 373, 320)),
    ]


def test_plan_unknown_preset() -> None:
    with pytest.raises(KeyError):
        plan("a.png", (10, 10), ["poster"])


def test_srcset_skips_crops_and_sorts() -> None:
    made = plan("harbour.jpg", (4032, 3024), ["article", "square", "card"])
    assert srcset(made, "https://cdn.example/img/") == (
        "https://cdn.example/img/harbour-640x480.jpg 640w, "
        "https://cdn.example/img/harbour-1024x768.jpg 1024w"
    )
