"""The printers of a counter: a receipt printer, a label printer and an A4 printer.

Each desk keeps its own three settings (site settings `printers.<desk>.<role>`), changed by an
admin and audited like every setting. A printer is reached one of these ways:

- "network": an ESC/POS printer's raw port on the LAN (host, port 9100);
- "usb": an ESC/POS printer on USB, by its device file (Linux /dev/usb/lp0) or its USB
  vendor:product ids (through libusb);
- "serial": an ESC/POS printer on a serial port (COM3, /dev/ttyUSB0) at a baud rate;
- "system": a printer of the operating system by name, fed the PDF (no ESC/POS);
- "none": not set up; documents open in the preview.
"""

from __future__ import annotations

import re
import socket
from dataclasses import asdict, dataclass, replace

from services.admin import site
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, DomainError, ValidationError
from services.core.permissions import Perm, requires, signed_in
from services.printing.paper import PAPER_COLUMNS, Paper

ROLES = ("receipt", "label", "a4")
CONNECTIONS = ("none", "network", "usb", "serial", "system")
ESC_POS_CONNECTIONS = ("network", "usb", "serial")
ROLE_LABELS = {
    "receipt": QT_TRANSLATE_NOOP("Desk", "Receipt printer"),
    "label": QT_TRANSLATE_NOOP("Desk", "Label printer"),
    "a4": QT_TRANSLATE_NOOP("Desk", "A4 printer"),
}
CONNECTION_LABELS = {
    "none": QT_TRANSLATE_NOOP("Desk", "Not set up (preview and print dialog)"),
    "network": QT_TRANSLATE_NOOP("Desk", "ESC/POS over the network (port 9100)"),
    "usb": QT_TRANSLATE_NOOP("Desk", "ESC/POS over USB"),
    "serial": QT_TRANSLATE_NOOP("Desk", "ESC/POS over a serial port"),
    "system": QT_TRANSLATE_NOOP("Desk", "A printer of the system"),
}
BAUD_RATES = (9600, 19200, 38400, 57600, 115200)
SEND_TIMEOUT = 10  # seconds: a printer that is off answers with a message, not a hang
HOST_PATTERN = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9.\-]{0,252})$|^\[?[0-9A-Fa-f:]+\]?$")
USB_IDS = re.compile(r"^([0-9A-Fa-f]{4}):([0-9A-Fa-f]{4})$")
MAX_TEXT = 200


class PrinterUnavailable(DomainError):
    pass


@dataclass(frozen=True)
class PrinterSetup:
    """One printer of a desk and how the desk prints on it."""

    role: str = "receipt"
    connection: str = "none"
    host: str = ""
    port: int = 9100
    device: str = ""  # USB device file or vendor:product ids; serial port name
    baud: int = 9600
    system_name: str = ""
    paper_mm: int = 80
    direct: bool = False  # counter documents print straight away, with no preview
    cut: str = "full"
    native_qr: bool = True
    drawer: bool = True

    @property
    def is_escpos(self) -> bool:
        return self.connection in ESC_POS_CONNECTIONS

    @property
    def paper(self) -> Paper:
        return Paper(self.paper_mm, self.native_qr, self.cut, self.drawer)

    @property
    def prints_directly(self) -> bool:
        return self.direct and self.connection != "none"


def _key(ctx: AppContext, role: str) -> str:
    return f"printers.{ctx.desk}.{role}"


def _text(value, what: str) -> str:
    if not isinstance(value, str):
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "The {what} is not text."), what=what)
    value = value.strip()
    if len(value) > MAX_TEXT or any(ord(ch) < 32 for ch in value):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk", "The {what} is longer than {limit} characters or holds control characters."
            ),
            what=what,
            limit=MAX_TEXT,
        )
    return value


def validate(setup: PrinterSetup) -> PrinterSetup:
    """The setup in canonical form, or a ValidationError saying what is wrong."""
    from services.core.errors import DeskText

    if setup.role not in ROLES:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Unknown printer role."))
    if setup.connection not in CONNECTIONS:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Unknown printer connection."))
    flags = (setup.direct, setup.native_qr, setup.drawer)
    if not all(isinstance(x, bool) for x in flags):
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "A printer option is not yes or no."))
    if setup.paper_mm not in PAPER_COLUMNS or isinstance(setup.paper_mm, bool):
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "The paper is 58 mm or 80 mm wide."))
    if setup.cut not in ("full", "partial"):
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "The cut is full or partial."))
    host = _text(setup.host, DeskText(QT_TRANSLATE_NOOP("Desk", "printer address")))
    device = _text(setup.device, DeskText(QT_TRANSLATE_NOOP("Desk", "printer port")))
    system_name = _text(setup.system_name, DeskText(QT_TRANSLATE_NOOP("Desk", "printer name")))
    port, baud = setup.port, setup.baud
    if isinstance(port, bool) or not isinstance(port, int) or not 1 <= port <= 65535:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "The port is a number from 1 to 65535."))
    if baud not in BAUD_RATES or isinstance(baud, bool):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "The baud rate is one of {rates}."),
            rates=", ".join(str(b) for b in BAUD_RATES),
        )
    if setup.connection == "network" and not HOST_PATTERN.match(host):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "Enter the printer's IP address or host name.")
        )
    if setup.connection in ("usb", "serial") and not device:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk",
                "Enter the printer's port: a device such as /dev/usb/lp0, USB ids such as"
                " 0416:5011, or a serial port such as COM3.",
            )
        )
    if setup.connection == "system" and not system_name:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Choose a printer of the system."))
    return replace(setup, host=host, device=device, system_name=system_name)


@signed_in
def printer_setup(ctx: AppContext, role: str) -> PrinterSetup:
    """This desk's printer for `role` ('receipt', 'label', 'a4'); 'none' until an admin sets it."""
    if role not in ROLES:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Unknown printer role."))
    stored = site.get_setting(ctx, _key(ctx, role)) or {}
    known = {k: v for k, v in stored.items() if k in PrinterSetup.__dataclass_fields__}
    try:
        return validate(PrinterSetup(**{**known, "role": role}))
    except ValidationError:
        return PrinterSetup(role=role)  # a damaged setting prints through the preview


@requires(Perm.MANAGE_SETTINGS)
def save_printer_setup(ctx: AppContext, setup: PrinterSetup) -> PrinterSetup:
    """Admins set one of this desk's printers; the change is audited (before and after)."""
    setup = validate(setup)
    site.put_setting(ctx, _key(ctx, setup.role), asdict(setup))
    return setup


# --- sending bytes -------------------------------------------------------------------------
def _unavailable(setup: PrinterSetup, reason) -> PrinterUnavailable:
    return PrinterUnavailable(
        QT_TRANSLATE_NOOP(
            "Desk",
            "The printer could not be reached ({reason}). Check that it is switched on, has"
            " paper and is connected, then print again.",
        ),
        reason=str(reason) or type(reason).__name__,
    )


def _escpos_device(setup: PrinterSetup):
    """The python-escpos printer object for a USB or serial connection."""
    if setup.connection == "serial":
        from escpos.printer import Serial

        return Serial(devfile=setup.device, baudrate=setup.baud, timeout=SEND_TIMEOUT)
    ids = USB_IDS.match(setup.device)
    if ids:
        from escpos.printer import Usb

        return Usb(int(ids.group(1), 16), int(ids.group(2), 16), timeout=SEND_TIMEOUT * 1000)
    from escpos.printer import File

    return File(devfile=setup.device)


def send_raw(setup: PrinterSetup, data: bytes) -> None:
    """Write an ESC/POS job to the printer; PrinterUnavailable when it cannot be reached."""
    if not setup.is_escpos:
        raise PrinterUnavailable(
            QT_TRANSLATE_NOOP("Desk", "This printer is not set up as an ESC/POS printer.")
        )
    try:
        if setup.connection == "network":
            with socket.create_connection((setup.host, setup.port), SEND_TIMEOUT) as conn:
                conn.sendall(data)
            return
        printer = _escpos_device(setup)
        printer.open()
        try:
            printer._raw(data)
        finally:
            printer.close()
    except (OSError, ValueError) as exc:
        raise _unavailable(setup, exc) from exc
    except Exception as exc:  # the library's own errors (USB not found, no pyserial, ...)
        if type(exc).__module__.startswith(("escpos", "usb", "serial")):
            raise _unavailable(setup, exc) from exc
        raise
