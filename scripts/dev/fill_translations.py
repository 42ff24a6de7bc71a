#!/usr/bin/env python3
"""Fills DiceDesk's .ts files from the glossary in translations/glossary.tsv.

Usage: scripts/dev/fill_translations.py   (after `cmake --build build --target dicedesk_lupdate`)

The glossary has one row per English source text: source<TAB>sv<TAB>nb. Messages found in a
.ts file but missing from the glossary are listed and left unfinished, so a missing
translation is visible in review and in Qt Linguist.
"""
import html
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parents[2]
glossary = {}
for line in (root / "translations" / "glossary.tsv").read_text(encoding="utf-8").splitlines():
    if not line.strip() or line.startswith("#"):
        continue
    source, sv, nb = line.split("\t")
    glossary[source] = {"sv": sv, "nb": nb}

missing = set()
for lang in ("sv", "nb"):
    path = root / "translations" / f"dicedesk_{lang}.ts"
    text = path.read_text(encoding="utf-8")

    def fill(match):
        source = html.unescape(match.group(1))
        entry = glossary.get(source)
        if entry is None:
            missing.add(source)
            return match.group(0)
        translated = html.escape(entry[lang], quote=False).replace("'", "&apos;")
        return f"<source>{match.group(1)}</source>{match.group(2)}<translation>{translated}</translation>"

    text = re.sub(r"<source>(.*?)</source>(\s*(?:<comment>.*?</comment>\s*|<extracomment>.*?</extracomment>\s*)*)"
                  r"<translation[^>]*>.*?</translation>", fill, text, flags=re.S)
    path.write_text(text, encoding="utf-8")

for source in sorted(missing):
    print(f"untranslated: {source}", file=sys.stderr)
sys.exit(1 if missing else 0)
