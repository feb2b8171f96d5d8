"""The gateway forwards a batch in which one sensor could not read humidity or its battery."""

from telemetry.dashboard import low_battery, mean
from telemetry.uplink import decode_batch

readings = decode_batch(
    [
        "dev=th-0042;t=21.5;h=40;bat=3.61",
        "dev=th-0043;t=22.0;h=;bat=",
        "dev=th-0044;t=20.5;h=44;bat=3.18",
    ]
)
print(low_battery(readings), mean(readings, "h"))
