from __future__ import annotations

PRODUCTS: dict[int, str] = {
    3: "Trail runner 2",
    7: "Rain shell",
    12: "Merino socks",
    19: "Head torch",
    25: "Sit mat",
    31: "Water filter",
}
