from pathlib import Path

from photosort.__main__ import main
from photosort.plan import folder_for

MANIFEST = """filename,camera,taken
IMG_0101.JPG,Canon EOS 250D,2023:07:14 09:12:55
IMG_0102.JPG,Canon EOS 250D,2023:07:14 09:13:40
DSC_2001.JPG,Nikon Z50,2023:08:02 18:40:03
"""


def test_folder_for() -> None:
    assert folder_for("2021:12:31 23:59:59") == "2021/12"


def test_plan_printed(tmp_path: Path, capsys) -> None:
    manifest = tmp_path / "import.csv"
    manifest.write_text(MANIFEST, encoding="utf-8")
    assert main([str(manifest)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "IMG_0101.JPG -> 2023/07/IMG_0101.JPG",
        "IMG_0102.JPG -> 2023/07/IMG_0102.JPG",
        "DSC_2001.JPG -> 2023/08/DSC_2001.JPG",
        "2023/07: 2 photos",
        "2023/08: 1 photo",
    ]
