"""The user guide and the troubleshooting pages stay true: every picture they show exists (``make screenshots`` made
it), both languages show the same screens, and every ``dismantler …`` command they tell a person to type is accepted
by the real argument parser."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from dismantler_app.cli.main import build_parser

ROOT = Path(__file__).resolve().parents[2]
GUIDES = {"en": ROOT / "docs" / "guide" / "en.md", "zh_CN": ROOT / "docs" / "guide" / "zh_CN.md"}
DOCS = [*GUIDES.values(), *sorted((ROOT / "docs").glob("troubleshooting*.md"))]
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^```[a-z]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
INLINE = re.compile(r"`(dismantler [^`]+)`")
# The whole set of pictures in both languages; a set that grows past this slows every clone of the repository.
IMAGES_BUDGET_BYTES = 4_500_000
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def images_of(doc: Path) -> list[Path]:
    return [(doc.parent / target).resolve() for target in IMAGE.findall(doc.read_text(encoding="utf-8"))]


def commands_of(doc: Path) -> list[str]:
    """``dismantler …`` lines of the code blocks (a ``$ `` prompt dropped, joined at ``\\``, cut at ``&&``, ``|``)
    and inline code spans that start with ``dismantler ``."""
    text = doc.read_text(encoding="utf-8")
    found: list[str] = []
    for block in FENCE.findall(text):
        for line in block.replace("\\\n", " ").splitlines():
            line = line.strip().removeprefix("$ ")
            line = re.split(r"\s(?:&&|\|\|?|;)\s", line)[0]
            if line.startswith("dismantler "):
                found.append(line)
    found += INLINE.findall(text)
    return found


def test_the_documents_exist() -> None:
    for doc in DOCS:
        assert doc.is_file(), doc
    assert any(p.name.startswith("troubleshooting") for p in DOCS)


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_picture_the_documents_show_exists(doc: Path) -> None:
    for image in images_of(doc):
        assert image.is_file(), f"{doc.name} shows {image}, which does not exist: run make screenshots"
        assert image.read_bytes()[:8] == PNG_SIGNATURE, f"{image} is not a PNG"


def test_both_guides_show_the_same_screens_in_their_own_language() -> None:
    shown = {lang: [p.name for p in images_of(doc)] for lang, doc in GUIDES.items()}
    assert len(shown["en"]) >= 15
    assert shown["zh_CN"] == shown["en"]
    for lang, doc in GUIDES.items():
        assert all(p.parent.name == lang for p in images_of(doc)), f"{doc.name} shows another language's pictures"


def test_the_guide_pictures_stay_within_their_size_budget() -> None:
    pictures = list((ROOT / "docs" / "images" / "guide").rglob("*.png"))
    assert pictures
    assert sum(p.stat().st_size for p in pictures) < IMAGES_BUDGET_BYTES


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_command_the_documents_give_parses_with_the_real_parser(doc: Path) -> None:
    commands = commands_of(doc)
    assert commands, f"{doc.name} gives no dismantler command"
    parser = build_parser()
    for command in commands:
        argv = shlex.split(command)[1:]
        try:
            parser.parse_args(argv)
        except SystemExit as exc:
            pytest.fail(f"{doc.name}: `{command}` is refused by the argument parser (exit {exc.code})")


def test_the_command_finder_sees_continued_chained_and_inline_commands(tmp_path: Path) -> None:
    doc = tmp_path / "x.md"
    doc.write_text(
        "Run `dismantler db info` first.\n\n```sh\n$ dismantler sync push \\\n  --json && echo done\n"
        "sudo systemctl restart x\n```\n",
        encoding="utf-8",
    )
    assert [" ".join(c.split()) for c in commands_of(doc)] == ["dismantler sync push --json", "dismantler db info"]


def test_a_wrong_command_is_refused_by_the_parser() -> None:
    # The check above is only worth something if the parser refuses what it does not know.
    with pytest.raises(SystemExit):
        build_parser().parse_args(["db", "backups", "x.sqlite3"])
