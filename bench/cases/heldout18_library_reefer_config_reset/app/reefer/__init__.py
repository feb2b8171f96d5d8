"""The agent running on each refrigerated container's monitor: it takes its settings
from the unit's retained MQTT config topic and raises temperature alarms."""
