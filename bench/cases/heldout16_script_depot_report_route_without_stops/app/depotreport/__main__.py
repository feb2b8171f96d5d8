import sys

from depotreport.report import main

sys.exit(main())
