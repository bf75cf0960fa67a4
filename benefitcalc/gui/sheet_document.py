"""A4 paper for every printed page (the estimate sheet, the year, the comparison): the
document, its font, its layout, PDF and printing (Qt glue only; the words are the pages').

A document is laid out on a device of `LAYOUT_DPI` dots per inch with its page set to the
printer's printable area, so point sizes are physical sizes on paper and
`QTextDocument.pageCount()` is the number of printed pages.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QFont, QFontDatabase, QImage, QPageLayout, QPageSize, QTextDocument

from . import chinese_font

if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtGui import QPagedPaintDevice
    from PySide6.QtWidgets import QWidget

LAYOUT_DPI = 192  # dots per inch of the device the sheet is laid out on
PAGE_MARGIN_MM = 10.0  # on every side of the A4 page
BODY_PT = 10.5
LINE_SPACING_EM = 1.2  # line spacing of the sheet's font, whatever the font (see _even_line_spacing)
CJK_FAMILIES = ["Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC",
                "PingFang SC", "SimHei", "SimSun", chinese_font.FAMILY]  # the bundled one, registered only where none is


# What every printed page's HTML shares: black on white, headings, the ruled grid, figures
# right-aligned, the disclaimer (each page adds its own rules after these).
PAGE_CSS = """
body { color: #000000; }
h1 { font-size: 16pt; font-weight: bold; margin-top: 0px; margin-bottom: 4px; }
h2 { font-size: 12pt; font-weight: bold; margin-top: 8px; margin-bottom: 3px; }
table.grid { border-collapse: collapse; border-color: #000000; border-style: solid; }
table.grid td, table.grid th { border: 1px solid #000000; padding: 2px 5px 2px 5px; }
th { font-weight: bold; text-align: left; background-color: #e6e6e6; }
td.num { text-align: right; white-space: pre; }
tr.strong td { font-weight: bold; }
.small { font-size: 10pt; }
.disclaimer { font-size: 12pt; font-weight: bold; }
"""
SUB_ROW_STYLE = "border: 1px solid #000000; padding-left: 24px;"  # a row that splits the one above it


def esc(text: object) -> str:
    """Text as HTML (quotes left alone)."""
    return escape(str(text), quote=False)


def sheet_font() -> QFont:
    font = QFont()
    available = set(QFontDatabase.families())
    preferred = [f for f in CJK_FAMILIES if f in available]
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    families = preferred or list(chinese[:1])
    if families:
        font.setFamilies(families)
    font.setPointSizeF(BODY_PT)
    return font


def _layout_device() -> QImage:
    """A 1×1 image whose only job is to say 'LAYOUT_DPI dots per inch' to the text layout."""
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(LAYOUT_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def a4_layout() -> QPageLayout:
    margins = QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM)
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       margins, QPageLayout.Unit.Millimeter)


def fit_to_page(document: QTextDocument, layout: QPageLayout) -> None:
    """Set the document's page to the printable area of `layout`, in layout-device pixels."""
    area = layout.paintRect(QPageLayout.Unit.Millimeter)
    scale = LAYOUT_DPI / 25.4
    document.setPageSize(QSizeF(area.width() * scale, area.height() * scale))


def new_document(title: str) -> QTextDocument:
    """An empty A4 document in the sheet's font, titled (the PDF's title)."""
    document = QTextDocument()
    device = _layout_device()
    document.documentLayout().setPaintDevice(device)
    document._layout_device = device  # the layout keeps a bare pointer: keep the image alive
    document.setDefaultFont(sheet_font())
    document.setDocumentMargin(0)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return document


def set_html(document: QTextDocument, html: str) -> None:
    """Lay `html` out on A4, with even line spacing whatever the font."""
    document.setHtml(html)
    _even_line_spacing(document, document._layout_device)
    fit_to_page(document, a4_layout())


def html_document(html: str, title: str) -> QTextDocument:
    """An HTML page as a `QTextDocument` laid out for A4."""
    document = new_document(title)
    set_html(document, html)
    return document


def _even_line_spacing(document: QTextDocument, device: QImage) -> None:
    """Give every font the line spacing of WenQuanYi Micro Hei (about 1.2 em).

    Fonts differ: Microsoft YaHei (the Windows CJK font) spaces its lines about 1.32 em apart,
    which would push a long sheet onto a second page on Windows only. Tighter fonts are left
    alone.
    """
    from PySide6.QtGui import QFontMetricsF, QTextBlockFormat, QTextCursor

    font = document.defaultFont()
    em = font.pointSizeF() * LAYOUT_DPI / 72
    ratio = QFontMetricsF(font, device).lineSpacing() / em if em > 0 else 0
    if ratio <= LINE_SPACING_EM:
        return
    percent = 100 * LINE_SPACING_EM / ratio
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        cursor.setPosition(block.position())
        fmt = block.blockFormat()
        fmt.setLineHeight(percent, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.setBlockFormat(fmt)
        block = block.next()


def print_document(document: QTextDocument, device: "QPagedPaintDevice") -> None:
    """Print onto a printer or PDF writer, re-fitting the document to its paper and margins."""
    fit_to_page(document, device.pageLayout())
    document.print_(device)


def write_pdf(document: QTextDocument, path: str | Path) -> None:
    """A4, fonts embedded."""
    from PySide6.QtGui import QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageLayout(a4_layout())
    writer.setResolution(600)
    writer.setTitle(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    writer.setCreator("benefitcalc")
    print_document(document, writer)
    del writer  # finishes and closes the file


def a4_printer():
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(a4_layout())
    return printer


def preview_dialog(document: QTextDocument, title: str, parent: "QWidget | None" = None):
    """A `QPrintPreviewDialog` showing `document` (not yet shown); it keeps the document alive."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    printer = a4_printer()
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda target: print_document(document, target))
    dialog._sheet_document = document  # keep alive with the dialog
    dialog._sheet_printer = printer
    return dialog


def run_dialog(dialog) -> int:
    """Show a preview (modal) and free it when it closes; the user can print from it."""
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()  # a child of the window: freed now, not when the window goes


def preview(document: QTextDocument, title: str, parent: "QWidget | None" = None) -> int:
    """Show a print preview of `document` (modal)."""
    return run_dialog(preview_dialog(document, title, parent))
