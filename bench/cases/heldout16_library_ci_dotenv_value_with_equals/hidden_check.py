from pathlib import Path

import pytest

from cienv import EnvFileError, job_environment, parse_env


def test_values_keep_their_equals_signs() -> None:
    text = (
        "DATABASE_URL=postgres://deploy:s3cret@db.internal:5432/app?sslmode=require\n"
        "SIGNING_KEY=c2lnbmluZy1rZXk=\n"
        'TOKEN="YWJj=="\n'
        "OPTS = -Dlog.level=debug -Dmode=ci\n"
        "STAGE=deploy\n"
    )
    assert parse_env(text) == {
        "DATABASE_URL": "postgres://deploy:s3cret@db.internal:5432/app?sslmode=require",
        "SIGNING_KEY": "c2lnbmluZy1rZXk=",
        "TOKEN": "YWJj==",
        "OPTS": "-Dlog.level=debug -Dmode=ci",
        "STAGE": "deploy",
    }


def test_malformed_lines_are_still_refused() -> None:
    with pytest.raises(EnvFileError, match="line 2"):
        parse_env("A=x=y\nexport\n")
    with pytest.raises(EnvFileError, match="line 1"):
        parse_env("=abc=\n")


def test_job_gets_the_secrets(tmp_path: Path) -> None:
    (tmp_path / "secrets.env").write_text(
        "# rotated 2025-03-02\nDATABASE_URL=postgres://d:p@db/app?sslmode=require\nSIGNING_KEY=c2ln=\n",
        encoding="utf-8",
    )
    env = job_environment({"CI": "true"}, [tmp_path / "secrets.env"])
    assert env == {
        "CI": "true",
        "DATABASE_URL": "postgres://d:p@db/app?sslmode=require",
        "SIGNING_KEY": "c2ln=",
    }
