"""The receipt printer's paper: its width and how the printer prints on it (no heavy imports,
so the counter's pages can read a printer setting without loading the PDF or ESC/POS code)."""

from __future__ import annotations

from dataclasses import dataclass

PAPER_COLUMNS = {58: 32, 80: 48}  # Font A (12 x 24 dots) on 384 and 576 dots
PAPER_DOTS = {58: 384, 80: 576}


@dataclass(frozen=True)
class Paper:
    """The receipt printer's paper and how it prints: width 58 or 80 mm, QR by the printer's
    own command or as a raster, full or partial cut, whether it has a cash drawer."""

    width_mm: int = 80
    native_qr: bool = True
    cut: str = "full"
    drawer: bool = True

    @property
    def columns(self) -> int:
        return PAPER_COLUMNS[self.width_mm]
