from pipebudget.cli import main

raise SystemExit(main())
