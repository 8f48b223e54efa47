"""The visitor search field that stays in the main window's toolbar: type a phone number or
scan a card, slip, tag, receipt, invoice or case number, press Enter, and see everything
about that visitor or document."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from services.lending import loans as lending
from services.visitors import search as visitor_search
from services.visitors.scan import looks_like_code
from ui.common.formatting import local_text
from ui.common.scan_router import takes_codes
from ui.session import REFUSED, DeskSession, run_or_show
from ui.visitors.result_dialog import VisitorResultDialog


class VisitorSearchBox(QLineEdit):
    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.dialog: VisitorResultDialog | None = None
        self.setObjectName("visitor_search")
        takes_codes(self)  # a number scanned here is searched here
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(320)
        self.setPlaceholderText(
            self.tr(
                "Visitor search: phone or its last 4 digits, name, card, slip, tag, receipt"
                " or case number (Ctrl+K)"
            )
        )
        self.returnPressed.connect(self.search)

    def focus_search(self) -> None:
        self.setFocus()
        self.selectAll()

    def search(self) -> VisitorResultDialog | None:
        text = self.text().strip()
        if not text:
            return None
        if self.is_partial(text):
            found = self.pick(text)
        else:
            found = run_or_show(self, visitor_search.search_visitor, self.session.ctx, text)
        if found is REFUSED or found is None:
            self.selectAll()
            return None
        self.clear()  # a phone typed in stays on screen no longer than needed
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = VisitorResultDialog(self.session, found, self.window())
        self.dialog.open_page.connect(self._open_page)
        self.dialog.take_back.connect(self._take_back)
        self.dialog.show()
        return self.dialog

    @staticmethod
    def is_partial(text: str) -> bool:
        """The last four digits of a phone, or a name: not a number the desk can look up."""
        digits = text.replace(" ", "")
        if digits.isdigit():
            return len(digits) == 4
        return not looks_like_code(text) and not any(c.isdigit() for c in text)

    def pick(self, text: str):
        """The visitors a partial search may mean: one opens at once, several are offered in
        a pick list (Up/Down, Enter), their phones masked."""
        ctx = self.session.ctx
        choices = run_or_show(self, visitor_search.find_visitors, ctx, text)
        if choices is REFUSED:
            return None
        if not choices:
            QMessageBox.information(
                self,
                self.tr("Visitor search"),
                self.tr("No visitor matches {text}.").format(text=text),
            )
            return None
        chosen = choices[0]
        if len(choices) > 1:
            rows = [
                self.tr("{name}  {phone}  last seen {when}").format(
                    name=c.name or "—", phone=c.phone_masked, when=local_text(self.session, c.at)
                )
                for c in choices
            ]
            row, ok = QInputDialog.getItem(
                self, self.tr("Visitor search"), self.tr("Which visitor?"), rows, 0, False
            )
            if not ok:
                return None
            chosen = choices[rows.index(row)]
        return run_or_show(self, visitor_search.search_chosen, ctx, chosen.token)

    def _open_page(self, key: str) -> QWidget | None:
        window = self.window()
        if hasattr(window, "show_page") and window.show_page(key):
            return getattr(window, "built", {}).get(key)
        return None

    def _take_back(self, loan_id: int) -> None:
        """The lending page with the return of that loan started, as if its item was scanned."""
        loan = run_or_show(self, lending.get_loan, self.session.ctx, loan_id)
        if loan is REFUSED:
            return
        page = self._open_page("lending")
        if page is not None and hasattr(page, "start_return"):
            page.start_return(loan)
