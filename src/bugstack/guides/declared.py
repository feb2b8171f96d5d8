"""Which distributions a project declares, and which of its imports they do not cover.

A production environment is built from the project's declarations (``requirements.txt``,
``pyproject.toml``, ``setup.cfg``, ``Pipfile``), not from what happens to be installed on
a developer's machine. This module answers, with the standard library only: is the
distribution that provides ``yaml`` declared? It is also how bugstack *reproduces* a
missing dependency where it is installed: ``hide_undeclared`` makes the undeclared
modules unimportable, as they are in production.

Everything after the ``RUNTIME`` marker is copied verbatim into the probe scripts and the
regression tests bugstack writes (they run in the app's interpreter, where bugstack may
not be installed), so that part uses nothing but the standard library and stays small.
"""

import configparser
import importlib.metadata
import re
import sys
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

__all__ = [
    "KNOWN_DISTRIBUTIONS",
    "AppInstalled",
    "app_installed",
    "canonical",
    "declared_distributions",
    "hide_undeclared",
    "providers",
    "runtime_source",
    "undeclared_imports",
]

# -- RUNTIME: copied into probes and regression tests ----------------------------------

#: Import names whose distribution is named otherwise, for modules not installed here.
KNOWN_DISTRIBUTIONS = {
    "yaml": "PyYAML", "PIL": "Pillow", "cv2": "opencv-python", "sklearn": "scikit-learn",
    "bs4": "beautifulsoup4", "dateutil": "python-dateutil", "dotenv": "python-dotenv",
    "jwt": "PyJWT", "Crypto": "pycryptodome", "OpenSSL": "pyOpenSSL", "attr": "attrs",
    "serial": "pyserial", "zmq": "pyzmq", "MySQLdb": "mysqlclient", "magic": "python-magic",
    "multipart": "python-multipart", "jose": "python-jose", "slugify": "python-slugify",
    "docx": "python-docx", "pptx": "python-pptx", "fitz": "PyMuPDF", "git": "GitPython",
    "googleapiclient": "google-api-python-client", "psycopg2": "psycopg2-binary",
    "jinja2": "Jinja2", "markdown": "Markdown", "requests": "requests", "httpx": "httpx",
    "pydantic": "pydantic", "sqlalchemy": "SQLAlchemy", "redis": "redis", "boto3": "boto3",
    "numpy": "numpy", "pandas": "pandas", "lxml": "lxml", "toml": "toml", "ujson": "ujson",
    "orjson": "orjson", "pytz": "pytz", "click": "click", "rich": "rich", "tqdm": "tqdm",
    "celery": "celery", "stripe": "stripe", "markdown_it": "markdown-it-py",
}

_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


def canonical(name: str) -> str:
    """A distribution's name as the packaging standards compare it (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_names(path: Path, seen: set[Path]) -> set[str]:
    if path in seen or not path.is_file():
        return set()
    seen.add(path)
    names: set[str] = set()
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split(" #", 1)[0].strip()
        if line.startswith(("-r ", "--requirement ")):
            names |= _requirement_names(path.parent / line.split(None, 1)[1], seen)
            continue
        found = _NAME.match(line)
        if found and not line.startswith("#") and "://" not in line.split("@")[0]:
            names.add(canonical(found.group(1)))
    return names


def _toml(path: Path) -> dict[str, object]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    except (tomllib.TOMLDecodeError, UnicodeDecodeError):
        return {}


def declared_distributions(root: Path) -> set[str]:
    """Canonical names of every distribution the project at ``root`` declares it needs."""
    names: set[str] = set()
    seen: set[Path] = set()
    for path in sorted(root.glob("requirements*.txt")) + sorted(root.glob("requirements/*.txt")):
        names |= _requirement_names(path, seen)
    project = _toml(root / "pyproject.toml")
    table = project.get("project")
    for spec in table.get("dependencies", []) if isinstance(table, dict) else []:
        found = _NAME.match(str(spec))
        if found:
            names.add(canonical(found.group(1)))
    tool = project.get("tool")
    poetry = tool.get("poetry") if isinstance(tool, dict) else None
    deps = poetry.get("dependencies") if isinstance(poetry, dict) else None
    names |= {canonical(n) for n in deps if n != "python"} if isinstance(deps, dict) else set()
    packages = _toml(root / "Pipfile").get("packages")
    names |= {canonical(n) for n in packages} if isinstance(packages, dict) else set()
    setup_cfg = root / "setup.cfg"
    if setup_cfg.is_file():
        parser = configparser.ConfigParser()
        try:
            parser.read(setup_cfg, encoding="utf-8")
            listed = parser.get("options", "install_requires", fallback="")
        except configparser.Error:
            listed = ""
        for line in listed.splitlines():
            found = _NAME.match(line)
            if found:
                names.add(canonical(found.group(1)))
    return names


def providers(module: str) -> list[str]:
    """The distributions that provide the top-level ``module``: installed ones, else known."""
    top = module.split(".")[0]
    installed = importlib.metadata.packages_distributions().get(top)
    if installed:
        return sorted(set(installed))
    known = KNOWN_DISTRIBUTIONS.get(top)
    return [known] if known else []


def undeclared_imports(modules: Iterable[str], root: Path) -> list[str]:
    """The ``modules`` provided by a distribution the project does not declare."""
    declared = declared_distributions(root)
    return sorted({m.split(".")[0] for m in modules
                   if (found := providers(m))
                   and not any(canonical(d) in declared for d in found)})


class _Undeclared:
    """An import finder standing for production: undeclared modules are not installed."""

    def __init__(self, names: set[str]) -> None:
        self.names = names

    def find_spec(self, fullname: str, path: object = None, target: object = None) -> None:
        if fullname.split(".")[0] in self.names:
            raise ModuleNotFoundError(f"No module named {fullname!r}", name=fullname)


def hide_undeclared(modules: Iterable[str], root: Path) -> list[str]:
    """Make the undeclared ``modules`` unimportable in this process; returns them."""
    hidden = undeclared_imports(modules, root)
    for name in [n for n in sys.modules if n.split(".")[0] in hidden]:
        del sys.modules[name]
    if hidden:
        sys.meta_path.insert(0, _Undeclared(set(hidden)))
    return hidden


# -- END RUNTIME -----------------------------------------------------------------------


def runtime_source() -> str:
    """The standard-library-only helpers above, as source to embed in generated scripts."""
    text = Path(__file__).read_text(encoding="utf-8")
    start = text.index("# -- RUNTIME")
    end = text.index("# -- END RUNTIME")
    imports = ("import configparser\nimport importlib.metadata\nimport re\nimport sys\n"
               "import tomllib\nfrom collections.abc import Iterable\nfrom pathlib import Path\n")
    body = text[text.index("\n", start) + 1:end].rstrip() + "\n"
    return imports + "\n" + body


class AppInstalled(NamedTuple):
    providers: tuple[str, ...]
    #: The installed version of the one distribution providing the module, if one does.
    version: str | None


def app_installed(root: Path | None, module: str) -> AppInstalled | None:
    """What provides the top-level ``module`` in the app's own environment, and its version
    there, when exactly one distribution does.

    The app copied by the engine to ``root`` is asked through its own interpreter (its
    virtual environment, in the sandbox): a version installed where bugstack runs says
    nothing about the app's. Where the engine did not make the copy, the interpreter at
    hand is asked. ``None`` when the app's interpreter could not answer; the caller then
    pins nothing rather than a version from another environment."""
    from bugstack.repair.app_interpreter import installed, interpreter_for

    python = (interpreter_for(root) if root is not None else None) or sys.executable
    answer = installed(python, module)
    if answer is None:
        return None
    version = answer.version(answer.providers[0]) if len(answer.providers) == 1 else None
    return AppInstalled(providers=answer.providers, version=version)
