from pathlib import Path

from photosort.__main__ import main
from photosort.plan import UNDATED_FOLDER, folder_for


def test_placeholder_and_blank_dates_are_undated() -> None:
    assert UNDATED_FOLDER == "undated"
    assert folder_for("0000:00:00 00:00:00") == "undated"
    assert folder_for("") == "undated"
    assert folder_for("2023:07:14 09:12:55") == "2023/07"


def test_import_keeps_every_photo(tmp_path: Path, capsys) -> None:
    manifest = tmp_path / "import.csv"
    manifest.write_text(
        "filename,camera,taken\n"
        "IMG_0101.JPG,Canon EOS 250D,2023:07:14 09:12:55\n"
        "P1000042.JPG,Panasonic DMC-TZ7,0000:00:00 00:00:00\n"
        "SCAN_001.JPG,Epson V600,\n"
        "DSC_2001.JPG,Nikon Z50,2023:08:02 18:40:03\n",
        encoding="utf-8",
    )
    assert main([str(manifest)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "IMG_0101.JPG -> 2023/07/IMG_0101.JPG",
        "P1000042.JPG -> undated/P1000042.JPG",
        "SCAN_001.JPG -> undated/SCAN_001.JPG",
        "DSC_2001.JPG -> 2023/08/DSC_2001.JPG",
        "2023/07: 1 photo",
        "2023/08: 1 photo",
        "undated: 2 photos",
    ]
