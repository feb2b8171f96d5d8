"""The weekend's import: Grandad's old compact camera has never had its clock set."""

import tempfile
from pathlib import Path

from photosort.__main__ import main

manifest = Path(tempfile.mkdtemp()) / "import.csv"
manifest.write_text(
    "filename,camera,taken\n"
    "IMG_0101.JPG,Canon EOS 250D,2023:07:14 09:12:55\n"
    "P1000042.JPG,Panasonic DMC-TZ7,0000:00:00 00:00:00\n"
    "DSC_2001.JPG,Nikon Z50,2023:08:02 18:40:03\n",
    encoding="utf-8",
)
main([str(manifest)])
