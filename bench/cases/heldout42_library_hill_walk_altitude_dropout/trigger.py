"""The walking group uploads Saturday's route; the watch lost its altitude fix in the gill."""

from walkstats.gpx import parse
from walkstats.profile import summary

GPX = """<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="Wristwatch 245" xmlns="http://www.topografix.com/GPX/1/1">
 <trk><name>Sourmilk Gill and back</name><trkseg>
  <trkpt lat="54.5160" lon="-3.1590"><ele>95.2</ele></trkpt>
  <trkpt lat="54.5142" lon="-3.1611"><ele>148.0</ele></trkpt>
  <trkpt lat="54.5121" lon="-3.1634"></trkpt>
  <trkpt lat="54.5104" lon="-3.1650"></trkpt>
  <trkpt lat="54.5089" lon="-3.1672"><ele>402.6</ele></trkpt>
  <trkpt lat="54.5075" lon="-3.1690"><ele>455.1</ele></trkpt>
  <trkpt lat="54.5110" lon="-3.1640"><ele>260.3</ele></trkpt>
  <trkpt lat="54.5158" lon="-3.1595"><ele>96.0</ele></trkpt>
 </trkseg></trk>
</gpx>"""

print(summary(parse(GPX)))
