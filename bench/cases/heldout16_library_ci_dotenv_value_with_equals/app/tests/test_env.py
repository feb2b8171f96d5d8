from pathlib import Path

import pytest

from cienv import EnvFileError, job_environment, parse_env


def test_plain_values() -> None:
    assert parse_env("PYTHON_VERSION=3.12\nNODE_VERSION = 22\n") == {"PYTHON_VERSION": "3.12", "NODE_VERSION": "22"}


def test_comments_blank_lines_and_quotes() -> None:
    text = '# build settings\n\nGREETING="hello world"\nEMPTY=\nSINGLE=\'x\'\n'
    assert parse_env(text) == {"GREETING": "hello world", "EMPTY": "", "SINGLE": "x"}


def test_later_line_wins() -> None:
    assert parse_env("STAGE=test\nSTAGE=deploy\n") == {"STAGE": "deploy"}


def test_line_without_equals() -> None:
    with pytest.raises(EnvFileError, match="line 2"):
        parse_env("A=1\nexport\n")


def test_bad_key() -> None:
    with pytest.raises(EnvFileError, match="line 1"):
        parse_env("2FAST=1\n")


def test_job_environment(tmp_path: Path) -> None:
    defaults = tmp_path / "defaults.env"
    defaults.write_text("STAGE=test\nCI=false\n", encoding="utf-8")
    project = tmp_path / "project.env"
    project.write_text("STAGE=deploy\nREGION=eu-west-1\n", encoding="utf-8")
    runner = {"CI": "true", "CI_JOB_ID": "881"}
    env = job_environment(runner, [defaults, project, tmp_path / "secrets.env"])
    assert env == {"CI": "true", "CI_JOB_ID": "881", "STAGE": "deploy", "REGION": "eu-west-1"}
