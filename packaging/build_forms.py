"""Builds the GUI's generated files: Designer forms (``ui/*.ui`` → ``dismantler_app/gui/forms/ui_*.py``) and
translations (sources → ``dismantler_app/gui/translations/*.ts`` by ``pyside6-lupdate``, ``.ts`` → ``.qm`` by
``pyside6-lrelease``).

    python packaging/build_forms.py           # regenerate everything in place
    python packaging/build_forms.py --check   # exit 1 and name the stale files; nothing is written

The generated files are committed so that a checkout runs without Qt's tools on the path; the ``--check`` mode is
what ``tests/gui/test_generated_files.py`` runs, so a stale form or catalogue fails the test suite.

English is the source language: its catalogue is the identity except for plural forms, which is why it exists at
all ("%n pack(s)" → "1 pack" / "2 packs"). Empty English singular entries are filled with their source text here.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "ui"
GUI_DIR = ROOT / "dismantler_app" / "gui"
FORMS_DIR = GUI_DIR / "forms"
TRANSLATIONS_DIR = GUI_DIR / "translations"
LANGUAGES = ("zh_CN", "en")
CATALOGUE = "dismantler_{lang}"
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    """The Qt tool next to this interpreter (the project's venv), else the one on PATH."""
    local = BIN / name
    if local.exists():
        return str(local)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} was not found; run this with the project's .venv/bin/python")
    return found


def compile_forms(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    init = out_dir / "__init__.py"
    init.write_text('"""Generated from ui/*.ui by packaging/build_forms.py; never edit by hand."""\n', encoding="utf-8")
    written = [init]
    for ui in sorted(UI_DIR.glob("*.ui")):
        target = out_dir / f"ui_{ui.stem}.py"
        # Run from ui/ with the bare file name: uic writes the path into the header, keep it machine-independent.
        # -a: no connectSlotsByName; signals are connected explicitly in the page modules.
        subprocess.run([tool("pyside6-uic"), "-a", ui.name, "-o", str(target)], cwd=UI_DIR, check=True)
        written.append(target)
    return written


def python_sources() -> list[Path]:
    return sorted(p for p in GUI_DIR.rglob("*.py") if FORMS_DIR not in p.parents)


def update_catalogues(ts_dir: Path) -> list[Path]:
    ts_dir.mkdir(parents=True, exist_ok=True)
    sources = [str(p.relative_to(ROOT)) for p in python_sources()] + [
        str(p.relative_to(ROOT)) for p in sorted(UI_DIR.glob("*.ui"))
    ]
    written = []
    for lang in LANGUAGES:
        ts = ts_dir / f"{CATALOGUE.format(lang=lang)}.ts"
        cmd = [tool("pyside6-lupdate"), *sources, "-ts", str(ts), "-target-language", lang, "-source-language", "en"]
        cmd += ["-no-obsolete", "-locations", "none", "-silent"]
        subprocess.run(cmd, cwd=ROOT, check=True)
        if lang == "en" and fill_identity(ts):
            subprocess.run(cmd, cwd=ROOT, check=True)  # back to lupdate's own layout, so a rebuild is a no-op
        written.append(ts)
    return written


def fill_identity(ts: Path) -> bool:
    """English singular entries translate to themselves; plural entries are left for a person to write."""
    text = ts.read_text(encoding="utf-8")
    tree = ET.ElementTree(ET.fromstring(text))
    changed = False
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if message.get("numerus") == "yes" or translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source")
        # lupdate pre-fills a text it has seen elsewhere in the file, still marked unfinished.
        if not (translation.text or "").strip() or translation.text == source:
            translation.text = source
            del translation.attrib["type"]
            changed = True
    if changed:
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    return changed


def release_catalogues(ts_files: list[Path], qm_dir: Path) -> list[Path]:
    written = []
    for ts in ts_files:
        qm = qm_dir / f"{ts.stem}.qm"
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def build(forms_dir: Path, translations_dir: Path) -> list[Path]:
    written = compile_forms(forms_dir)
    ts_files = update_catalogues(translations_dir)
    return written + ts_files + release_catalogues(ts_files, translations_dir)


def stale_files() -> list[str]:
    """Regenerates everything into a temporary folder and names the committed files that differ or are missing."""
    with tempfile.TemporaryDirectory() as tmp:
        forms, translations = Path(tmp) / "forms", Path(tmp) / "translations"
        # lupdate merges into existing catalogues: start from the committed ones so that translations carry over.
        if TRANSLATIONS_DIR.exists():
            shutil.copytree(TRANSLATIONS_DIR, translations)
        fresh = build(forms, translations)
        stale = []
        for path in fresh:
            committed = (FORMS_DIR if path.parent == forms else TRANSLATIONS_DIR) / path.name
            if not committed.exists() or not filecmp.cmp(path, committed, shallow=False):
                stale.append(str(committed.relative_to(ROOT)))
        extra = {p.name for p in FORMS_DIR.glob("ui_*.py")} - {p.name for p in forms.glob("ui_*.py")}
        stale += [str((FORMS_DIR / name).relative_to(ROOT)) for name in sorted(extra)]
        return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only report stale generated files (exit 1 if any)")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_files()
        for name in stale:
            print(f"stale: {name}")
        if stale:
            print("run: .venv/bin/python packaging/build_forms.py", file=sys.stderr)
        return 1 if stale else 0
    for path in build(FORMS_DIR, TRANSLATIONS_DIR):
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
