"""Environment files for the CI runners' jobs."""

from cienv.dotenv import EnvFileError, parse_env
from cienv.job import job_environment

__all__ = ["EnvFileError", "job_environment", "parse_env"]
