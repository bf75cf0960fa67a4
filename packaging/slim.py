"""What the PyInstaller specs leave out of a PySide6 bundle: shared by build.spec and
benchmarks/bare_window.spec, so the size comparison between them is fair.

PyInstaller has no switch for Qt plugins or translations: its hooks collect every plugin a
used Qt module might load, every library those plugins link, and the translations of every
language. `slim()` filters the Analysis' file lists after the fact:

- plugins: only the folders and files in KEEP_PLUGINS;
- Qt's translations: only the Simplified-Chinese `qtbase` file (the app's own .qm files are
  package data of benefitcalc, which build.spec adds);
- `opengl32sw.dll` (Mesa software OpenGL, 20 MB on Windows; a widgets app never needs it);
- then every shared library no kept binary links to any more (found with PyInstaller's own
  dependency reader, so it works the same on Windows, Linux and macOS), and the symbolic
  links (Linux, macOS) that pointed to what was left out.

This folder is named `packaging/` but must never hold an `__init__.py`: it would then shadow
the `packaging` library that pip, pytest and PyInstaller import.
"""

from __future__ import annotations

import posixpath
import sys
from pathlib import PurePath

# Python modules the app never imports: PyInstaller's hooks would otherwise collect them (and
# the Qt libraries behind them) as soon as anything mentions them.
EXCLUDES = [
    # Qt modules other than QtCore, QtGui, QtWidgets, QtPrintSupport
    "PySide6.QtConcurrent", "PySide6.QtDBus", "PySide6.QtDesigner", "PySide6.QtHelp",
    "PySide6.QtLabsStyleKit", "PySide6.QtNetwork", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets",
    "PySide6.QtQml", "PySide6.QtQmlFeatures", "PySide6.QtQuick", "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest", "PySide6.QtQuickWidgets", "PySide6.QtSql", "PySide6.QtSvgWidgets",
    "PySide6.QtTest", "PySide6.QtUiTools", "PySide6.QtXml",
    # standard library parts nothing in the app uses
    "tkinter", "_tkinter", "turtle", "idlelib", "lib2to3", "pydoc_data", "test", "unittest",
    "ensurepip", "venv", "distutils", "setuptools", "pkg_resources", "curses", "sqlite3",
    "xmlrpc", "pdb",
    # only imported lazily by typing_extensions (asyncio); `batch` needs concurrent and
    # multiprocessing (several processes for large files, issue 9)
    "asyncio",
    # test tools PyInstaller finds through optional imports (pydantic.v1 has a hypothesis plugin)
    "hypothesis", "_hypothesis_ftz_detector", "_hypothesis_globals", "_hypothesis_pytestplugin",
    "sortedcontainers", "pytest", "_pytest", "pytestqt", "pydantic.v1",
    # OpenSSL (libcrypto, ~5 MB): hashlib falls back to its built-in sha256/sha512/md5
    "_hashlib", "_ssl", "ssl",
]

# Plugin folder -> plugin names kept (file name without "lib" prefix and extension); folders
# not named here are left out. platforms: the native one per OS, plus offscreen for headless
# runs (tests, benchmarks). No imageformats or iconengines: the app draws with QPainter and
# reads no image files (PNG is built into QtGui); add "imageformats": {"qsvg"} and
# "iconengines": {"qsvgicon"} if it ever loads SVG icons.
# printsupport: Windows printing is built into Qt6PrintSupport.dll (PySide6 6.12 ships no
# plugin for it); Linux' CUPS plugin would bring libcups with GnuTLS, Kerberos, Avahi... (9 MB)
# into a bundle that only CI runs: without it, the Linux bundle still writes PDFs (Save as PDF,
# print to file) but lists no printers.
KEEP_PLUGINS = {
    "platforms": {"qwindows", "qxcb", "qcocoa", "qoffscreen"},
    "printsupport": set() if sys.platform.startswith("linux") else None,  # None: the whole folder
    "styles": None,        # Windows: qmodernwindowsstyle (the native look)
}
KEEP_TRANSLATIONS = {"qtbase_zh_CN.qm"}
DROP_FILES = {"opengl32sw.dll"}
# Strip symbols from the Linux libraries (the Python library alone drops from 23 MB to 6 MB
# with a pyenv-built Python). Never on Windows (no effect, slower) or macOS (breaks signatures).
STRIP = sys.platform.startswith("linux")


def _plugin(dest: str) -> tuple[str, str] | None:
    """("platforms", "qxcb") for a Qt plugin's destination path, else None."""
    parts = PurePath(dest).parts
    if parts[:1] != ("PySide6",) or "plugins" not in parts:
        return None
    i = parts.index("plugins")
    if len(parts) < i + 3:
        return None
    name = PurePath(parts[-1]).name.split(".")[0]
    if name.startswith("lib"):
        name = name[3:]
    return parts[i + 1], name


def _keep_plugin(dest: str) -> bool:
    found = _plugin(dest)
    if found is None:
        return True
    folder, name = found
    if folder not in KEEP_PLUGINS:
        return False
    names = KEEP_PLUGINS[folder]
    return names is None or name in names


def _keep_data(dest: str) -> bool:
    parts = PurePath(dest).parts
    if parts[:1] == ("PySide6",) and "translations" in parts:
        return parts[-1] in KEEP_TRANSLATIONS
    return _keep_plugin(dest)


def _prune_unlinked(binaries: list[tuple]) -> list[tuple]:
    """Drop the shared libraries that no kept binary links to any more.

    Roots are the Python extension modules, the kept Qt plugins (Qt loads them at run time)
    and the Python library (the bootloader loads it); every other library stays only if a
    root links to it, directly or through other kept libraries.
    """
    from PyInstaller.depend import bindepend

    def key(dest: str) -> str:
        name = PurePath(dest).name
        return name.lower() if sys.platform == "win32" else name

    by_name = {key(entry[0]): entry for entry in binaries}

    def is_root(entry: tuple) -> bool:
        dest, _src, kind = entry
        if kind == "EXTENSION" or _plugin(dest) is not None:
            return True
        return PurePath(dest).name.lower().startswith(("python", "libpython"))

    keep: dict[str, tuple] = {}
    todo = [entry for entry in binaries if is_root(entry)]
    while todo:
        entry = todo.pop()
        k = key(entry[0])
        if k in keep:
            continue
        keep[k] = entry
        if entry[2] == "SYMLINK":  # its target is an entry of its own
            continue
        for name, _path in bindepend.get_imports(entry[1]):
            found = by_name.get(key(name))
            if found is not None and key(found[0]) not in keep:
                todo.append(found)
    return [entry for entry in binaries if key(entry[0]) in keep]


def slim(analysis, report: str) -> None:
    """Filter `analysis.binaries` and `analysis.datas` in place (see the module docstring);
    the files left out are listed in `report`."""
    before = {entry[0] for entry in analysis.binaries + analysis.datas}
    binaries = [
        entry for entry in analysis.binaries
        if PurePath(entry[0]).name.lower() not in DROP_FILES and _keep_plugin(entry[0])
    ]
    binaries = _prune_unlinked(binaries)
    datas = [entry for entry in analysis.datas if _keep_data(entry[0])]
    files = {entry[0] for entry in binaries + datas if entry[2] != "SYMLINK"}

    def target_kept(entry: tuple) -> bool:
        dest, target, kind = entry
        return kind != "SYMLINK" or posixpath.normpath(posixpath.join(posixpath.dirname(dest), target)) in files

    analysis.binaries = [entry for entry in binaries if target_kept(entry)]
    analysis.datas = [entry for entry in datas if target_kept(entry)]
    dropped = sorted(before - {entry[0] for entry in analysis.binaries + analysis.datas})
    with open(report, "w", encoding="utf-8") as out:
        out.writelines(f"{dest}\n" for dest in dropped)
    print(f"slim: left out {len(dropped)} files (listed in {report})", file=sys.stderr)
