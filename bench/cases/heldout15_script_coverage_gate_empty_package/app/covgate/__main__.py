import sys

from covgate.cli import main

sys.exit(main())
