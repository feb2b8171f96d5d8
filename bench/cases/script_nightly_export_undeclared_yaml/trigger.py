"""The nightly export runs on the server, whose environment holds requirements.txt only.

PyYAML is installed where the tests run (it came along with another tool), so this
trigger stands for the server: it makes ``yaml`` unimportable, as it is there.
"""

import sys
import tempfile


class _ServerEnvironment:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] == "yaml":
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


for loaded in [m for m in sys.modules if m.split(".")[0] == "yaml"]:
    del sys.modules[loaded]
sys.meta_path.insert(0, _ServerEnvironment())

from reports.nightly import main  # noqa: E402

main([tempfile.mktemp(suffix=".yaml")])
