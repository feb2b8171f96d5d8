"""``python -m backup.run``: prints the plan of tonight's backup."""

from backup.config import load


def main() -> int:
    settings = load()
    print(f"backup to {settings.target}, {settings.compression}, keep {settings.retention_days} days")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
