import sys

from zoneaudit.cli import main

sys.exit(main())
