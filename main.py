"""Start the Servicestelle desktop program."""

from ui.app import main

if __name__ == "__main__":
    raise SystemExit(main())
