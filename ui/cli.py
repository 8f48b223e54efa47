"""The `frontdesk` command line: the desk's operations without a screen (Qt widgets unused)."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from pathlib import Path

from services.admin import backups, site, users
from services.core import audit
from services.core.context import AppContext
from services.core.database import (
    DatabaseDamaged,
    check_at_start,
    check_health,
    database_target,
    default_path,
    open_site,
    storage_error,
)
from services.core.errors import DomainError
from services.core.permissions import Role
from services.members import ids
from ui import log_file

log = logging.getLogger(__name__)


class CliError(Exception):
    """Something to tell the person at the terminal, then exit non-zero."""


class CommandLine(argparse.ArgumentParser):
    """The top-level parser: the common options nobody gave are None once all is parsed."""

    def parse_args(self, args=None, namespace=None):
        parsed = super().parse_args(args, namespace)
        for name in ("db_path", "user", "desk", "lang"):
            if not hasattr(parsed, name):
                setattr(parsed, name, None)
        return parsed


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        dest="db_path",
        type=database_target,
        default=None,
        help=f"database file (default: {default_path()}), or postgresql://user@host/site",
    )
    common.add_argument("--user", help="who does it (password: FRONTDESK_PASSWORD or a prompt)")
    common.add_argument(
        "--desk",
        default=None,
        help="this counter's desk code for this run (default: the desk chosen on this PC);"
        " shifts, cash drawers and hand-overs are per desk",
    )
    common.add_argument(
        "--lang",
        choices=["en", "zh_CN"],
        help="language of the window and the documents (default: the site's language)",
    )
    # the options may stand before or after the subcommand: a subcommand that does not see
    # one must not overwrite the value given before it with its own default
    for action in common._actions:
        if action.dest != "help":
            action.default = argparse.SUPPRESS
    parser = CommandLine(
        prog="frontdesk",
        parents=[common],
        description="Front Desk (服务台): the service desk console.",
    )
    sub = parser.add_subparsers(dest="command")
    init = sub.add_parser("init", parents=[common], help="set up a new database (first run)")
    init.add_argument("--site-name", required=True)
    init.add_argument("--site-kind", choices=site.SITE_KINDS, required=True)
    init.add_argument("--admin", required=True, help="user name of the first admin")
    init.add_argument("--admin-name", default="", help="the admin's full name")
    init.add_argument("--address", default="")
    init.add_argument("--tax-id", default="")
    init.add_argument("--timezone", default=site.DEFAULT_TZ)
    init.add_argument("--language", choices=site.LANGUAGES, default="zh_CN")
    user = sub.add_parser("user", parents=[common], help="users: add, list, disable")
    user_sub = user.add_subparsers(dest="user_command", required=True)
    add = user_sub.add_parser("add", parents=[common], help="add a user (admin)")
    add.add_argument("name")
    add.add_argument("--role", choices=[r.value for r in Role], required=True)
    add.add_argument("--full-name", default="")
    user_sub.add_parser("list", parents=[common], help="list users (admin)")
    disable = user_sub.add_parser("disable", parents=[common], help="disable a user (admin)")
    disable.add_argument("name")
    check = sub.add_parser("check", parents=[common], help="check the file and the audit chain")
    check.add_argument(
        "--anchor",
        metavar="CODE",
        help="also check an audit anchor printed on a ledger, voucher or export (1234-ABCD-EFGH)",
    )
    backup = sub.add_parser(
        "backup",
        parents=[common],
        help="copy the database now (admin with -o; else into the rotation)",
    )
    backup.add_argument("-o", "--output", type=Path, help="write the copy to this file")
    restore = sub.add_parser(
        "restore",
        parents=[common],
        help="put a backup in place of the database (admin of this site)",
    )
    restore.add_argument("file", type=Path, help="the backup file to restore")
    demo = sub.add_parser("demo", parents=[common], help="fill a new database with a demo site")
    demo.add_argument("--days", type=int, default=7)
    demo.add_argument("--seed", type=int, default=1)
    add_finance_parsers(sub, common)
    add_purge_parser(sub, common)
    add_move_parser(sub, common)
    return parser


def add_move_parser(sub, common) -> None:
    move = sub.add_parser(
        "move-to",
        parents=[common],
        help="copy the whole site (data, audit trail, number series) from its file into an"
        " empty PostgreSQL database and verify it there (admin); the file is not changed",
        description="Copies the site of --db FILE into the empty PostgreSQL database TARGET"
        " (migrated first, by the schema owner), checks every table's rows and checksum, the"
        " audit trail and the number series there, and prints what was moved. The file is"
        " only read. --user names an admin of the site (password: FRONTDESK_PASSWORD or a"
        " prompt). See docs/multi-counter.md.",
    )
    move.add_argument(
        "target",
        help="the empty database: postgresql://LOGIN@host/site (the desk's login, or the owner)",
    )
    move.add_argument(
        "--owner-url",
        metavar="URL",
        help="the schema owner's login to the same database, which creates the schema and"
        " copies the rows (default: TARGET itself, when its login owns the schema)",
    )


def add_purge_parser(sub, common) -> None:
    purge = sub.add_parser(
        "purge",
        parents=[common],
        help="archive and remove records past their retention, up to a month (admin)",
    )
    purge.add_argument("--until", required=True, help="last month purged, YYYY-MM")
    purge.add_argument("--dry-run", action="store_true", help="only show what would go")
    purge.add_argument("--confirm", help="the proposal's code shown by --dry-run")
    purge.add_argument("--archive", type=Path, help="archive folder (default: settings)")


def add_finance_parsers(sub, common) -> None:
    ledger = sub.add_parser(
        "ledger", parents=[common], help="the daily ledger as a PDF (shift lead)"
    )
    ledger.add_argument("--date", required=True, help="business day, YYYY-MM-DD")
    ledger.add_argument(
        "--of-desk",
        metavar="CODE",
        help="the ledger of one desk (default: the whole site, every desk)",
    )
    ledger.add_argument("-o", "--output", type=Path, required=True)
    handover = sub.add_parser(
        "handover",
        parents=[common],
        help="a desk's income hand-over voucher of the day as a PDF (shift lead)",
    )
    handover.add_argument("--date", required=True, help="business day, YYYY-MM-DD")
    handover.add_argument(
        "--of-desk", metavar="CODE", help="the desk handing over (default: this counter's)"
    )
    handover.add_argument("-o", "--output", type=Path, required=True)
    export = sub.add_parser(
        "export",
        parents=[common],
        help="the monthly finance export (.xlsx); locks the month (supervisor)",
    )
    export.add_argument("--month", required=True, help="YYYY-MM")
    export.add_argument("-o", "--output", type=Path, required=True)
    export.add_argument("--csv", type=Path, help="also write one CSV per sheet into this folder")
    unlock = sub.add_parser("unlock", parents=[common], help="unlock an exported month (admin)")
    unlock.add_argument("--month", required=True, help="YYYY-MM")
    unlock.add_argument("--reason", required=True)


def password_from_env_or_prompt(variable: str, prompt: str, confirm: bool = False) -> str:
    value = os.environ.get(variable)
    if value:
        return value
    if not sys.stdin.isatty():
        raise CliError(f"set {variable} or run in a terminal to be asked for the password")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat: ") != first:
        raise CliError("the two passwords differ")
    return first


def signed_in(ctx: AppContext, username: str | None) -> AppContext:
    if not username:
        raise CliError("this command needs --user NAME")
    password = password_from_env_or_prompt("FRONTDESK_PASSWORD", f"Password for {username}: ")
    return ctx.signed_in_as(users.sign_in(ctx, username, password))


def cmd_init(ctx: AppContext, args) -> int:
    password = password_from_env_or_prompt(
        "FRONTDESK_PASSWORD", f"Password for {args.admin}: ", confirm=True
    )
    profile = site.SiteProfile(
        kind=args.site_kind,
        name=args.site_name,
        address=args.address,
        tax_id=args.tax_id,
        timezone=args.timezone,
        language=args.language,
    )
    site.initialise(ctx, profile, args.admin, password, args.admin_name)
    check_health(ctx)  # a new site carries its checkpoint from the start
    print(f"Set up {profile.name}; admin: {args.admin}")
    return 0


def cmd_user(ctx: AppContext, args) -> int:
    admin = signed_in(ctx, args.user)
    if args.user_command == "add":
        password = password_from_env_or_prompt(
            "FRONTDESK_NEW_PASSWORD", f"First password for {args.name}: ", confirm=True
        )
        added = users.add_user(admin, args.name, args.role, password, args.full_name)
        print(f"Added {added.username} ({added.role})")
    elif args.user_command == "list":
        for row in users.list_users(admin):
            state = "active" if row["active"] else "disabled"
            print(f"{row['username']:<20} {row['role']:<11} {state:<9} {row['display_name']}")
    elif args.user_command == "disable":
        users.disable_user(admin, args.name)
        print(f"Disabled {args.name}")
    return 0


def cmd_check(ctx: AppContext, args) -> int:
    report = check_health(ctx, full=True)
    anchored = None
    if getattr(args, "anchor", None):
        try:
            anchored = audit.verify_anchor(ctx, args.anchor)
        except DomainError as exc:
            print(exc.render(ctx.translate), file=sys.stderr)
            return 3
    for note in report.notes:  # on a server: what could not be checked there, and why
        print(note.render(ctx.translate))
    if report.sound:
        if report.on_server:
            print(
                "ok: the database on the server is sound (guards on, the desk's rights, indexes"
                " where amcheck ran) and the audit chain is unbroken"
            )
        else:
            print("ok: the file is sound and the audit chain is unbroken")
        if anchored is not None:
            print(f"ok: the trail still holds the anchor {args.anchor.strip()} (row {anchored})")
        return 0
    for problem in report.problems():
        print(problem.render(ctx.translate), file=sys.stderr)
    return 3


def cmd_demo(ctx: AppContext, args) -> int:
    from demo import site as demo

    if site.is_initialised(ctx):
        raise CliError("demo fills a new database; give --db a new file")
    password = os.environ.get("FRONTDESK_PASSWORD") or demo.DEMO_PASSWORD
    summary = demo.build_demo(ctx, days=args.days, seed=args.seed, password=password)
    print(summary)
    return 0


def cmd_backup(ctx: AppContext, args) -> int:
    admin = signed_in(ctx, args.user)
    if args.output:
        path = backups.backup_to_file(admin, args.output)
    else:
        path = backups.back_up_now(admin)
    print(f"Backup written and checked: {path}")
    return 0


def run_restore(args, translate) -> int:
    """Restore runs without opening the current file (it may be the damaged one)."""
    path = args.db_path or default_path()
    if not args.user:
        raise CliError("restore needs --user NAME (an admin of the site)")
    password = password_from_env_or_prompt("FRONTDESK_PASSWORD", f"Password for {args.user}: ")
    admin = backups.signed_in_admin_for_restore(path, args.file, args.user, password)
    aside = backups.restore(path, args.file)
    ctx = open_site(path, translate)
    try:
        backups.record_restore(ctx, args.file, aside, admin)
    finally:
        ctx.close()
    print(f"Restored {args.file} to {path}; the previous file is kept as {aside}")
    return 0


def run_move_to(args, translate) -> int:
    """move-to reads the file without writing to it: the admin is checked against the file
    read-only, and the site is never opened for writing here."""
    from services.admin import move_to

    path = args.db_path or default_path()
    if not isinstance(path, Path):
        raise CliError("move-to moves a site's file: --db names the file, the target the server")
    if not args.user:
        raise CliError("move-to needs --user NAME (an admin of the site)")
    source = move_to.open_source(path)
    source.translate = translate
    try:
        speak(args.lang or site.get_profile(source).language)
        password = password_from_env_or_prompt("FRONTDESK_PASSWORD", f"Password for {args.user}: ")
        admin = move_to.admin_of_file(path, args.user, password)
        report = move_to.move_to(source.signed_in_as(admin), args.target, args.owner_url)
    finally:
        source.close()
    for line in report.lines(translate):
        print(line)
    return 0


def _day(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(f"give the date as YYYY-MM-DD, not {text!r}") from None


def cmd_ledger(ctx: AppContext, args) -> int:
    from services.reports import ledger_documents

    ctx = signed_in(ctx, args.user)
    day = _day(args.date)
    lang = args.lang or site.get_profile(ctx).language  # the language speak() installed
    args.output.write_bytes(
        ledger_documents.daily_ledger_pdf(ctx, day, lang=lang, desk=args.of_desk)
    )
    whose = f"desk {args.of_desk}" if args.of_desk else "the whole site"
    print(f"Daily ledger of {day} ({whose}) written to {args.output}")
    return 0


def cmd_handover(ctx: AppContext, args) -> int:
    from services.finance import handover
    from services.reports import ledger_documents

    ctx = signed_in(ctx, args.user)
    day = _day(args.date)
    from services.documents import printing

    desk = args.of_desk
    voucher = handover.handover_of(ctx, day, desk) or handover.hand_over(ctx, day, desk)
    copy_no = printing.record_print(ctx, "handover", voucher.handover_no, "pdf").copy_no
    lang = args.lang or site.get_profile(ctx).language
    args.output.write_bytes(ledger_documents.handover_pdf(ctx, voucher, copy_no, lang))
    print(
        f"Hand-over {voucher.handover_no} of {day} written to {args.output}"
        + (f" (copy {copy_no})" if copy_no else "")
    )
    return 0


def cmd_export(ctx: AppContext, args) -> int:
    from services.reports import month_export

    ctx = signed_in(ctx, args.user)
    result = month_export.export_month(ctx, args.month, args.output, args.csv)
    rows = ", ".join(f"{k} {n}" for k, n in result.sheets.items())
    print(f"{result.month} exported to {result.path} ({rows}); the month is now locked")
    return 0


def cmd_unlock(ctx: AppContext, args) -> int:
    from services.finance import month_lock

    ctx = signed_in(ctx, args.user)
    month_lock.unlock_month(ctx, args.month, args.reason)
    print(f"{args.month} unlocked")
    return 0


def cmd_purge(ctx: AppContext, args) -> int:
    from services.retention import purge

    ctx = signed_in(ctx, args.user)
    plan = purge.propose_purge(ctx, args.until)
    print(f"Purge up to {plan.until} (months {', '.join(plan.months) or 'none'}):")
    for table, rows in plan.rows.items():
        print(f"  remove {rows:>7} {table}")
    for table, rows in plan.phone_counts.items():
        print(f"  mask   {rows:>7} phone numbers on {table}")
    print(f"Proposal code: {plan.token}")
    if args.dry_run:
        return 0
    confirm = args.confirm
    if confirm is None:
        if not sys.stdin.isatty():
            raise CliError("confirm with --confirm CODE (the proposal code above)")
        confirm = input("Type the proposal code to archive and remove these records: ").strip()
    result = purge.purge_records(ctx, args.until, confirm, args.archive)
    for item in result.archives:
        print(
            f"Archived {item['rows']} rows of {item['year']} in {item['file']} ({item['sha256']})"
        )
    print(f"Purge {result.purge_id} done; the audit trail keeps its summary")
    return 0


COMMANDS = {
    "init": cmd_init,
    "user": cmd_user,
    "check": cmd_check,
    "demo": cmd_demo,
    "backup": cmd_backup,
    "ledger": cmd_ledger,
    "handover": cmd_handover,
    "export": cmd_export,
    "unlock": cmd_unlock,
    "purge": cmd_purge,
}


def speak(language: str) -> None:
    """Messages and documents in this language: the site's, unless --lang says otherwise."""
    from PySide6.QtCore import QCoreApplication

    from ui import i18n

    if QCoreApplication.instance() is not None and i18n.current() != language:
        i18n.install(language)


def run(args, translate) -> int:
    """Run one subcommand; DomainErrors become a message and exit code 2, a file that fails
    the start-up checks exit code 3, a fault of the disk a sentence (and the log)."""
    path = args.db_path or default_path()
    try:
        log_file.start_log(path)
    except OSError:  # a read-only or full data folder: the command still says what happened
        pass
    try:
        return _run(args, translate, path)
    except DomainError as exc:
        print(exc.render(translate), file=sys.stderr)
        return 2
    except CliError as exc:
        print(f"frontdesk: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:
        log.error("frontdesk %s failed", args.command, exc_info=True)
        known = storage_error(exc)
        if known is not None:
            print(known.render(translate), file=sys.stderr)
            return 2
        where = log_file.current_log()
        print(
            f"frontdesk: something went wrong ({type(exc).__name__}); nothing was saved"
            f" half-way. The details are in {where or 'the error output'}.",
            file=sys.stderr,
        )
        if where is None:
            raise
        return 1


def _run(args, translate, path: Path) -> int:
    if args.command == "restore":
        return run_restore(args, translate)
    if args.command == "move-to":
        return run_move_to(args, translate)
    try:
        ctx = open_site(path, translate, desk=args.desk)
        if not args.desk:  # this PC's desk (kept by the app), or the site's only one
            from services.shifts import desks

            ctx.desk = desks.pc_desk(ctx) or ctx.desk
    except DatabaseDamaged as exc:
        print(exc.render(translate), file=sys.stderr)
        print(way_back(path), file=sys.stderr)
        return 3
    try:
        if args.command != "check":
            report = check_at_start(ctx)
            if not report.sound:
                for problem in report.problems():
                    print(problem.render(translate), file=sys.stderr)
                print(way_back(path), file=sys.stderr)
                return 3
            ids.id_key_missing(ctx)  # a key file beside the database moves into the key store
        speak(args.lang or site.get_profile(ctx).language)
        return COMMANDS[args.command](ctx, args)
    finally:
        ctx.close()


def way_back(path: Path) -> str:
    """The newest sound backup to restore from, named, or why there is none."""
    folder = backups.backup_folder_for(path)
    good = backups.newest_good_backup(folder)
    if good is None:
        return f"No sound backup was found in {folder}; nothing was changed."
    return (
        f"The newest sound backup is {good}; put it back with:\n"
        f"  frontdesk restore {good} --db {path} --user ADMIN"
    )
