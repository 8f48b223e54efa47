"""Bad input at the printers of a desk: their settings (an admin's), the open-drawer reason
and the printer a role names. Nothing is sent to a printer here: none is set up, so the
drawer is refused, and a refusal leaves the settings and the audit trail as they were."""

from __future__ import annotations

from hypothesis import strategies as st

from services.printing import counter, printers
from tests.services.bad_input.kinds import (
    CONTROLLED,
    TOO_LONG,
    WORDS,
    choice,
    fine,
    garbage,
    limited,
)
from tests.services.bad_input.runner import check_entry_point, entry, over

NAME = st.one_of(
    fine(WORDS.map(lambda t: t[:200])),
    garbage(st.none(), st.just(""), st.just(TOO_LONG), CONTROLLED, st.integers()),
)
"""A port or host as typed: text up to 200 characters; none, empty or control characters no."""
PORT = st.one_of(
    fine(st.integers(1, 65535)),
    garbage(
        st.integers(max_value=0), st.integers(65536), st.none(), st.booleans(), st.just("9100")
    ),
)
BAUD = st.one_of(
    fine(st.sampled_from(printers.BAUD_RATES)),
    garbage(st.integers(0, 10**6).filter(lambda b: b not in printers.BAUD_RATES), st.none()),
)
PAPER = st.one_of(
    fine(st.sampled_from([58, 80])),
    garbage(st.integers().filter(lambda n: n not in (58, 80)), st.none(), st.just("80")),
)
YES_NO = st.one_of(fine(st.booleans()), garbage(st.none(), st.just(1), st.just("yes")))


def _serial(ctx, desk, device, baud, paper, direct):
    setup = printers.PrinterSetup(
        role="receipt", connection="serial", device=device, baud=baud, paper_mm=paper, direct=direct
    )
    return printers.save_printer_setup(ctx, setup)


def _network(ctx, desk, host, port, role):
    setup = printers.PrinterSetup(role=role, connection="network", host=host, port=port)
    return printers.save_printer_setup(ctx, setup)


ENTRY_POINTS = {
    "printers.save_printer_setup (serial)": entry("admin", _serial, NAME, BAUD, PAPER, YES_NO),
    "printers.save_printer_setup (network)": entry(
        "admin", _network, NAME, PORT, choice("receipt", "label", "a4")
    ),
    "printers.printer_setup": entry(
        "clerk", lambda c, d, role: printers.printer_setup(c, role), choice("receipt", "label")
    ),
    "counter.open_drawer": entry(
        "clerk", lambda c, d, reason: counter.open_drawer(c, reason), limited(200)
    ),
}


@over(ENTRY_POINTS)
def test_bad_input(name, desk):
    check_entry_point(ENTRY_POINTS[name], desk)
