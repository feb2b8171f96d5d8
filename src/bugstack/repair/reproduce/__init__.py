"""Stage 2: make the captured error happen again, as a test the app's own tools can run."""

from bugstack.repair.reproduce.probe import Outcome, run_probe, scenario_script
from bugstack.repair.reproduce.regression import regression_test_path, render_regression_test
from bugstack.repair.reproduce.reproducer import Reproduction, reproduce
from bugstack.repair.reproduce.scenarios import AppLocation, Scenario, build_scenarios, find_app

__all__ = [
    "AppLocation",
    "Outcome",
    "Reproduction",
    "Scenario",
    "build_scenarios",
    "find_app",
    "regression_test_path",
    "render_regression_test",
    "reproduce",
    "run_probe",
    "scenario_script",
]
