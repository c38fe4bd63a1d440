"""Helpers of ``installers/dealbook.spec``: data trees, Qt trimming, library pruning.

Kept out of the spec so that ruff checks them and the spec stays short. PyInstaller runs the
spec with ``installers/`` on ``sys.path`` (the spec inserts it), so ``import spec_helpers``
works there; nothing in the app imports this module.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

#: PyInstaller's TOC entries: (destination name, source path, type code)
Entry = tuple[str, str, str]


def data_tree(
    src: Path, dest: str, suffixes: tuple[str, ...] | None = None
) -> list[tuple[str, str]]:
    """(file, dest folder) pairs for every file under src, skipping caches."""
    pairs = []
    for path in sorted(src.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix == ".pyc":
            continue
        if suffixes is not None and path.suffix not in suffixes:
            continue
        rel_parent = path.parent.relative_to(src)
        pairs.append((str(path), str(Path(dest) / rel_parent)))
    return pairs


# Qt translations: keep the languages Dealbook is likely to ship first; the rest are ~15 MB.
KEEP_QT_LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "pt_BR", "zh_CN", "ja")
# Qt plugins: what a desktop app on these systems needs (platform, style, image formats, print).
DROP_PLUGIN_PATTERNS = (
    "/platforms/libqvnc",
    "/platforms/libqlinuxfb",
    "/platforms/libqeglfs",
    "/platforms/libqwayland",
    "/platforms/libqvkkhrdisplay",
    "/wayland-",
    "/egldeviceintegrations/",
    "/generic/",  # evdev/tuio input for embedded devices (tuio pulls in QtNetwork)
    "/platformthemes/libqgtk3",  # GTK theme: pulls in GTK's whole cairo/pango/glib stack
    "/platforms/libqminimalegl",
    "/platforminputcontexts/libqtvirtualkeyboard",
    "/imageformats/libqtiff",
    "/imageformats/libqwebp",
    "/imageformats/libqwbmp",
    "/imageformats/libqtga",
    "/imageformats/libqpdf",
    "/imageformats/qtiff",
    "/imageformats/qwebp",
    "/imageformats/qwbmp",
    "/imageformats/qtga",
    "/imageformats/qpdf",
    "/networkinformation/",
    "/tls/",
    "/sqldrivers/",
    "/qmltooling/",
)


def keep_translation(dest: str) -> bool:
    """False for a Qt translation (.qm) of a language not in KEEP_QT_LANGS.

    Only PySide6's own catalogs (``qtbase_de.qm``, ``qt_help_zh_CN.qm``) are filtered;
    Dealbook's translations under ``resources/`` are always kept.
    """
    norm = dest.replace("\\", "/")
    if not norm.startswith("PySide6/") or "/translations/" not in norm or not norm.endswith(".qm"):
        return True
    match = re.search(r"_([a-z]{2,3}(?:_[A-Z]{2})?)$", Path(norm).stem)
    return match is not None and match.group(1) in KEEP_QT_LANGS


def keep_binary(dest: str) -> bool:
    """False for a Qt plugin matched by DROP_PLUGIN_PATTERNS."""
    norm = "/" + dest.replace("\\", "/")
    return not any(pattern in norm for pattern in DROP_PLUGIN_PATTERNS)


def prune_orphan_libraries(binaries: list[Entry]) -> list[Entry]:
    """Drop shared libraries that only the dropped plugins needed (Linux).

    PyInstaller collects each plugin's dependencies before the filter above runs, so the
    libraries behind a dropped plugin (GTK's stack behind the GTK theme, QtNetwork behind
    TUIO, the EGLFS/Wayland Qt libraries) would stay. A library in the bundle's top folder or
    in PySide6/Qt/lib is kept only when something kept still needs it (ELF DT_NEEDED, read
    with PyInstaller's own parser), starting from the extension modules, the Qt plugins and
    libpython. Libraries loaded by name at run time are never in those two folders' set of
    candidates except Qt's own, and Qt loads plugins, not libraries, by name.
    """
    from PyInstaller.depend.bindepend import get_imports

    def candidate(dest: str) -> bool:
        path = Path(dest.replace("\\", "/"))
        if ".cpython-" in path.name or path.name.endswith(".abi3.so"):
            return False  # a Python extension module (cffi's _cffi_backend): imported, never linked
        return path.parent.as_posix() in (".", "PySide6/Qt/lib")

    libs = {Path(dest).name: src for dest, src, _kind in binaries if candidate(dest)}
    keep = {name for name in libs if name.startswith("libpython")}
    queue = [src for dest, src, _kind in binaries if not candidate(dest)]
    queue += [libs[name] for name in keep]
    while queue:
        for entry in get_imports(queue.pop()):
            name = Path(entry[0] if isinstance(entry, tuple) else entry).name
            if name in libs and name not in keep:
                keep.add(name)
                queue.append(libs[name])
    dropped = sorted(set(libs) - keep)
    if dropped:
        print(f"dealbook.spec: dropping {len(dropped)} unneeded libraries: {', '.join(dropped)}")
    return [entry for entry in binaries if not candidate(entry[0]) or Path(entry[0]).name in keep]


#: CPython's own libraries and SQLAlchemy's Cython modules; never numpy's, pandas' or Qt's
DEBUG_STRIP_PREFIXES = ("libpython", "python3.", "lib-dynload/", "sqlalchemy/cyextension/")


def strip_debug_info(binaries: list[Entry], workpath: str | Path) -> list[Entry]:
    """Copies of CPython's and SQLAlchemy's libraries without DWARF debug sections (Linux).

    Some Python builds (pyenv's, for one) leave debug info in libpython and lib-dynload:
    ~25 MB that the app never uses. ``strip --strip-debug`` keeps every symbol, so nothing
    that loads these libraries can break; the bundle-wide ``strip`` stays off because
    stripping numpy's bundled OpenBLAS/gfortran breaks them.
    """
    tool = shutil.which("strip")
    if tool is None:
        return binaries
    out_dir = Path(workpath) / "debug-stripped"
    result: list[Entry] = []
    saved = 0
    for dest, src, kind in binaries:
        norm = dest.replace("\\", "/")
        if kind in ("BINARY", "EXTENSION") and norm.startswith(DEBUG_STRIP_PREFIXES):
            target = out_dir / norm
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target)
            if subprocess.run([tool, "--strip-debug", str(target)]).returncode == 0:
                saved += Path(src).stat().st_size - target.stat().st_size
                src = str(target)
        result.append((dest, src, kind))
    print(f"dealbook.spec: removed {saved / 1e6:.1f} MB of debug info from CPython's libraries")
    return result


def windows_version_info(app_name: str, exe_name: str, version: str) -> Any:
    """Windows version resource (File > Properties > Details) from the package version."""
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    parts = [int(p) if p.isdigit() else 0 for p in version.split("+")[0].split(".")]
    nums = tuple((parts + [0, 0, 0, 0])[:4])
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=nums, prodvers=nums),
        kids=[
            StringFileInfo(
                [
                    StringTable(
                        "040904B0",
                        [
                            StringStruct("CompanyName", app_name),
                            StringStruct("FileDescription", f"{app_name} sales-KPI desk"),
                            StringStruct("FileVersion", version),
                            StringStruct("InternalName", exe_name),
                            StringStruct("OriginalFilename", f"{app_name}.exe"),
                            StringStruct("ProductName", app_name),
                            StringStruct("ProductVersion", version),
                        ],
                    )
                ]
            ),
            VarFileInfo([VarStruct("Translation", [1033, 1200])]),
        ],
    )
