from royalties.cli import main

raise SystemExit(main())
