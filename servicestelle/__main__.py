from servicestelle.cli import main

raise SystemExit(main())
