"""Front Desk entry point: `frontdesk [--db PATH]` starts the window; subcommands run without it."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    import os

    from ui.cli import build_parser

    if os.name == "posix":
        # every file the desk writes (database, WAL, backups, exports, PDFs, logs) is
        # readable by the desk's own user only
        os.umask(0o077)
    args = build_parser().parse_args(argv)
    if args.command is None:
        from services.core.database import default_path
        from ui.app import run as run_window

        return run_window(args.db_path or default_path(), args.lang, args.desk)
    from PySide6.QtCore import QCoreApplication

    from ui import i18n
    from ui.cli import run as run_command
    from ui.session import desk_tr

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])  # noqa: F841 - translators
    i18n.install(args.lang or ("zh_CN" if os.environ.get("LANG", "").startswith("zh") else "en"))
    return run_command(args, desk_tr)


if __name__ == "__main__":
    sys.exit(main())
