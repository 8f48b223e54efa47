"""QR codes: one path per symbol, the quiet zone inside the given size, and every code on a
printed receipt and label sheet still scans at a thermal printer's 203 dpi and at 300 dpi."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import qrcode
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from services.documents.qr import LEVELS, QUIET_MODULES, draw_qr, qr_matrix
from services.lending import documents as lending_documents
from services.lending import items as lending_items
from services.sales import documents as sales_documents
from services.sales import price_list, sales
from services.shifts import shifts

NUMBER = "R2026-000001"


def _grid(text: str, level: str) -> list[list[bool]]:
    matrix = qr_matrix(text, level)
    grid = [[False] * matrix.modules for _ in range(matrix.modules)]
    for row, col, length in matrix.runs:
        grid[row][col : col + length] = [True] * length
    return grid


@pytest.mark.parametrize("level", sorted(LEVELS))
def test_runs_rebuild_the_qrcode_matrix_at_each_level(level):
    text = "FRONTDESK-TEST|receipt|2026-03-16T02:00:00Z"
    code = qrcode.QRCode(error_correction=LEVELS[level], border=0)
    code.add_data(text)
    code.make(fit=True)
    assert _grid(text, level) == code.get_matrix()
    assert qr_matrix(text, level) is qr_matrix(text, level)  # built once, then cached


def _page_stream(size: float, text: str) -> str:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(size, size), pageCompression=0)
    draw_qr(canvas, text, 0, 0, size)
    canvas.save()
    pdf = out.getvalue().decode("latin-1")
    return pdf[pdf.index("stream") : pdf.index("endstream")]


def test_symbol_is_one_filled_path_of_merged_runs():
    stream = _page_stream(40 * mm, NUMBER)
    matrix = qr_matrix(NUMBER, "M")
    assert len(re.findall(r" re\b", stream)) == len(matrix.runs)
    dark = sum(length for _, _, length in matrix.runs)
    assert len(matrix.runs) < dark  # runs merged, not a square per module
    ends = {(row, col + length) for row, col, length in matrix.runs}
    assert not any((row, col) in ends for row, col, _ in matrix.runs)  # each run maximal
    assert re.findall(r"^(?:f\*?|B\*?|b\*?|S|s)$", stream, re.M) == ["f*"]  # one fill


def _dark_pixels(size: float, text: str, dpi: int = 300):
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(size, size))
    draw_qr(canvas, text, 0, 0, size)
    canvas.save()
    pdf = pdfium.PdfDocument(out.getvalue())
    try:
        image = pdf[0].render(scale=dpi / 72).to_pil().convert("L")
    finally:
        pdf.close()
    width, height = image.size
    pixels = image.load()
    dark = [(x, y) for y in range(height) for x in range(width) if pixels[x, y] < 128]
    return image.size, dark


def test_quiet_zone_of_four_modules_is_part_of_the_size():
    size = 30 * mm
    (width, height), dark = _dark_pixels(size, NUMBER)
    module_px = width / qr_matrix(NUMBER, "M").span
    xs, ys = [x for x, _ in dark], [y for _, y in dark]
    quiet = QUIET_MODULES * module_px
    # the symbol starts right where the quiet zone ends, on all four sides (finder patterns)
    assert min(xs) == pytest.approx(quiet, abs=1.5)
    assert min(ys) == pytest.approx(quiet, abs=1.5)
    assert width - 1 - max(xs) == pytest.approx(quiet, abs=1.5)
    assert height - 1 - max(ys) == pytest.approx(quiet, abs=1.5)


def _umbrellas(admin, count: int) -> list[str]:
    umbrella = next(k for k in lending_items.list_kinds(admin) if k.code == "umbrella")
    lending_items.add_items(admin, umbrella.id, count)
    return [f"U-{n:03d}" for n in range(1, count + 1)]


@pytest.mark.parametrize("sheet", [True, False], ids=["a4-sheet", "single"])
def test_labels_keep_the_whole_quiet_zone_on_the_label_and_clear_of_its_words(
    role_ctx, monkeypatch, sheet
):
    squares, words = [], []
    monkeypatch.setattr(
        lending_documents,
        "draw_qr",
        lambda canvas, text, x, y, size, level: squares.append((x, y, size)),
    )
    monkeypatch.setattr(
        Canvas, "drawString", lambda canvas, x, y, text, *args, **kw: words.append((x, y))
    )
    codes = _umbrellas(role_ctx["admin"], 6)
    lending_documents.item_labels_pdf(role_ctx["admin"], codes, sheet=sheet, lang="en")
    docs = lending_documents
    w, h = (docs.LABEL_W, docs.LABEL_H) if sheet else (docs.SINGLE_W, docs.SINGLE_H)
    gap = docs.COLUMN_GAP if sheet else 0
    left = (A4[0] - docs.SHEET_COLUMNS * w - (docs.SHEET_COLUMNS - 1) * gap) / 2 if sheet else 0
    bottom = (A4[1] - docs.SHEET_ROWS * h) / 2 if sheet else 0
    if sheet:  # printable margins all round: 5 mm at least
        assert left >= 5 * mm and bottom >= 5 * mm
    matrix = qr_matrix("U-001", "M")
    assert len(squares) == len(codes)
    for x, y, size in squares:
        cell_x = left + (x - left) // (w + gap) * (w + gap)
        cell_y = bottom + (y - bottom) // h * h
        # off the cutting line, the quiet zone within the label
        assert cell_x < x and x + size < cell_x + w and cell_y < y and y + size < cell_y + h
        beside = [wx for wx, wy in words if cell_x <= wx < cell_x + w and cell_y <= wy < cell_y + h]
        assert beside and min(beside) >= x + size  # the words begin after the quiet zone
        assert size * matrix.modules / matrix.span >= 19 * mm  # still a large symbol


# ---- scanning what the printers print ----------------------------------------------------


def _tools_missing() -> str:
    missing = [tool for tool in ("pdftoppm", "zbarimg") if shutil.which(tool) is None]
    return ", ".join(missing)


needs_scanner = pytest.mark.skipif(
    bool(_tools_missing()),
    reason=f"{_tools_missing()} not installed: apt-get install poppler-utils zbar-tools",
)
RESOLUTIONS = [pytest.param(203, True, id="203dpi-mono"), pytest.param(300, False, id="300dpi")]


def scanned_pages(pdf: bytes, tmp_path: Path, dpi: int, mono: bool) -> list[list[str]]:
    """Each page rasterised as a printer would print it, and the QR codes zbar reads on it."""
    source = tmp_path / "doc.pdf"
    source.write_bytes(pdf)
    prefix = tmp_path / f"page-{dpi}"
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-mono" if mono else "-png", str(source), str(prefix)],
        check=True,
        capture_output=True,
    )
    pages = []
    for image in sorted(tmp_path.glob(f"page-{dpi}-*")):
        run = subprocess.run(
            ["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(image)],
            capture_output=True,
            text=True,
        )
        pages.append(sorted(run.stdout.split()))
    return pages


@needs_scanner
@pytest.mark.parametrize("dpi,mono", RESOLUTIONS)
def test_receipt_qr_scans(role_ctx, tmp_path, dpi, mono):
    clerk = role_ctx["clerk"]
    price_list.ensure_default_prices(role_ctx["admin"])
    shifts.open_shift(clerk, {10000: 1})
    copy = next(i for i in price_list.list_prices(clerk) if i.code == "COPY-A4")
    sale = sales.sell(clerk, [(copy.id, 3)], "cash", tendered_fen=1000)
    pdf = sales_documents.receipt_pdf(clerk, sale.receipt_no)
    assert scanned_pages(pdf, tmp_path, dpi, mono) == [[sale.receipt_no]]


@needs_scanner
@pytest.mark.parametrize("dpi,mono", RESOLUTIONS)
def test_every_label_on_an_a4_sheet_scans(role_ctx, tmp_path, dpi, mono):
    admin = role_ctx["admin"]
    """Each label read on its own, as the counter's scanner reads one label at a time (zbar
    reading a whole page of 21 codes at once misses some at any scale, labels or not)."""
    from PIL import Image

    docs = lending_documents
    per_sheet = docs.SHEET_COLUMNS * docs.SHEET_ROWS
    codes = _umbrellas(admin, per_sheet)
    pdf = docs.item_labels_pdf(admin, codes, sheet=True, lang="en")
    scanned_pages(pdf, tmp_path, dpi, mono)  # rasterises the sheet as the printer prints it
    page = Image.open(sorted(tmp_path.glob(f"page-{dpi}-*"))[0])
    w, h, gap = docs.LABEL_W, docs.LABEL_H, docs.COLUMN_GAP
    left = (A4[0] - docs.SHEET_COLUMNS * w - (docs.SHEET_COLUMNS - 1) * gap) / 2
    top = (A4[1] - docs.SHEET_ROWS * h) / 2
    scale, read = dpi / 72, []
    for n in range(per_sheet):
        x, y = left + n % docs.SHEET_COLUMNS * (w + gap), top + n // docs.SHEET_COLUMNS * h
        label = page.crop(tuple(round(v * scale) for v in (x, y, x + w, y + h)))
        label.save(tmp_path / "label.png")
        run = subprocess.run(
            [
                "zbarimg",
                "--quiet",
                "--raw",
                "-Sdisable",
                "-Sqrcode.enable",
                str(tmp_path / "label.png"),
            ],
            capture_output=True,
            text=True,
        )
        read.append(run.stdout.strip())
    assert read == codes
