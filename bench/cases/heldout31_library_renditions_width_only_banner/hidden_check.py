from renditions.geometry import fit
from renditions.plan import plan, srcset


def test_width_only_box_fits_the_width() -> None:
    assert fit((4032, 3024), (1600, None)) == (1600, 1200)
    assert fit((3000, 4000), (1600, None)) == (1600, 2133)


def test_height_only_box_fits_the_height() -> None:
    assert fit((3000, 4000), (None, 1000)) == (750, 1000)


def test_open_box_never_enlarges() -> None:
    assert fit((800, 600), (1600, None)) == (800, 600)
    assert fit((800, 600), (None, None)) == (800, 600)


def test_full_plan_includes_the_banner() -> None:
    made = plan("uploads/2024/05/lifeboat-launch.jpg", (4032, 3024))
    assert [(r.preset, r.filename, r.size) for r in made] == [
        ("square", "lifeboat-launch-320x320.jpg", (427, 320)),
        ("card", "lifeboat-launch-640x480.jpg", (640, 480)),
        ("article", "lifeboat-launch-1024x768.jpg", (1024, 768)),
        ("banner", "lifeboat-launch-1600x1200.jpg", (1600, 1200)),
    ]
    assert srcset(made, "https://cdn.example/img").endswith("lifeboat-launch-1600x1200.jpg 1600w")
