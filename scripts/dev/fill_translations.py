#!/usr/bin/env python3
"""Fills DiceDesk's .ts files from the glossary in translations/glossary.tsv.

Usage: scripts/dev/fill_translations.py   (after `cmake --build build --target dicedesk_lupdate`)

The glossary has one row per English source text: source<TAB>sv<TAB>nb. Messages found in a
.ts file but missing from the glossary are listed and left unfinished, so a missing
translation is visible in review and in Qt Linguist.

Conventions in the glossary:
- Ampersand mnemonics are written as in the source ("&Refresh"); the script escapes them.
- A line break inside a text is written \n, a tab \t and a backslash \\ (rows are lines).
- Plural messages (a source with %n, tr(..., n)) give every plural form of the language,
  separated by "|", singular first: "%n fil|%n filer". Swedish and bokmål have two forms.
  A row whose number of forms does not match the .ts file is reported and left unfinished.
"""
import html
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parents[2]


def unescape_field(text):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), text)


glossary = {}
for line in (root / "translations" / "glossary.tsv").read_text(encoding="utf-8").splitlines():
    if not line.strip() or line.startswith("#"):
        continue
    source, sv, nb = (unescape_field(field) for field in line.split("\t"))
    glossary[source] = {"sv": sv, "nb": nb}


def escape_text(text):
    return html.escape(text, quote=False).replace("'", "&apos;")


missing = set()
bad_plurals = set()
unreadable = set()
for lang in ("sv", "nb"):
    path = root / "translations" / f"dicedesk_{lang}.ts"
    text = path.read_text(encoding="utf-8")

    messages_read = [0]

    def fill(match):
        messages_read[0] += 1
        source = html.unescape(match.group(1))
        entry = glossary.get(source)
        if entry is None:
            missing.add(source)
            return match.group(0)
        old_forms = re.findall(r"<numerusform", match.group(3))
        if old_forms:
            # Plural message: keep the numerusform structure the .ts file has.
            forms = entry[lang].split("|")
            if len(forms) != len(old_forms):
                bad_plurals.add(f"{lang}: {source} (needs {len(old_forms)} forms separated by |)")
                return match.group(0)
            indent = "\n            "
            translated = "".join(f"{indent}<numerusform>{escape_text(form)}</numerusform>" for form in forms)
            translated += "\n        "
        else:
            translated = escape_text(entry[lang])
        return f"<source>{match.group(1)}</source>{match.group(2)}<translation>{translated}</translation>"

    # Element text never holds a raw "<", so [^<]* keeps every match inside one message.
    text = re.sub(r"<source>([^<]*)</source>"
                  r"(\s*(?:<(?:oldsource|comment|oldcomment|extracomment|translatorcomment)>[^<]*</[a-z]+>\s*)*)"
                  r"<translation[^>]*>(.*?)</translation>", fill, text, flags=re.S)
    if messages_read[0] != text.count("<message"):
        unreadable.add(f"{path.name}: read {messages_read[0]} of {text.count('<message')} messages")
    path.write_text(text, encoding="utf-8")

for source in sorted(missing):
    # Written as a glossary row would write it, so it can be pasted.
    glossary_form = source.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
    print(f"untranslated: {glossary_form}", file=sys.stderr)
for problem in sorted(bad_plurals):
    print(f"wrong number of plural forms: {problem}", file=sys.stderr)
for problem in sorted(unreadable):
    print(f"messages the script could not read: {problem}", file=sys.stderr)
sys.exit(1 if missing or bad_plurals or unreadable else 0)
