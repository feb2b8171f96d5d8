import sys

from ticketexport.cli import main

sys.exit(main())
