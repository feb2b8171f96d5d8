"""The container is unloaded and the operator presses "Reset to defaults" on the
console: the broker delivers the cleared retained config as an empty message."""

from reefer.unit import Unit

unit = Unit("MSKU-4410")
unit.on_message("units/MSKU-4410/config", b'{"setpoint_c": -18.0, "alarm_margin_c": 1.5}')
unit.on_message("units/MSKU-4410/config", b"")
