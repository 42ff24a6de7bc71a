#!/usr/bin/env python3
"""Fills translations/dicedesk_en.ts: English singular and plural forms of the sources that take
a count (%n / %Ln), so English reads "1 member" and "3 members" rather than "3 member(s)".

Usage: scripts/dev/fill_english_plurals.py  (after `cmake --build build --target
dicedesk_lupdate_plurals`, which keeps only the messages with a count in dicedesk_en.ts)

Most sources follow "word(s)" / "entr(y)(ies)" / "match(es)"; the rest are listed in SPECIAL,
singular first. A source the rules cannot read is reported and left unfinished.
"""
import html
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parents[2]
ts = root / "translations" / "dicedesk_en.ts"

SPECIAL = {
    "%Ln awards were being sent when DiceDesk stopped: %1. Check and finish sends them again "
    "with the same keys: those that had arrived are not paid twice.": (
        "%Ln award was being sent when DiceDesk stopped: %1. Check and finish sends it again "
        "with the same key: if it had arrived, it is not paid twice.",
        None),
    "%n recipient(s) have already spent some of these coins, so the award cannot be taken back "
    "as a whole and nothing was changed. Reverse the other recipients' entries one by one: "
    "select a recipient, then “Reverse this entry…”.": (
        "%n recipient has already spent some of these coins, so the award cannot be taken back "
        "as a whole and nothing was changed. Reverse the other recipients' entries one by one: "
        "select a recipient, then “Reverse this entry…”.",
        None),
    "%n recipient(s) are no longer active members of this organisation.": None,
    "%Ln were on the list already.": ("%Ln was on the list already.", None),
    "%n entry(ies) reversed before stay as they are.": (
        "%n entry reversed before stays as it is.", None),
    "%n entry(ies) had been reversed before and were left as they were.": (
        "%n entry had been reversed before and was left as it was.", None),
    "%n field(s) differ between version %1 and version %2.": (
        "%n field differs between version %1 and version %2.", None),
    "%Ln further award(s) of this send were not sent either.": (
        "%Ln further award of this send was not sent either.", None),
    "Already active, left as they are: %n.": ("Already active, left as it is: %n.", None),
    "Already archived, left as they are: %n.": ("Already archived, left as it is: %n.", None),
    "%n draft(s) cannot be archived: %1. A draft can only be activated; only active achievements "
    "can be archived. Nothing was changed.": None,
    "Archive %n achievement(s)? Members who hold them keep them; nobody can unlock them any more.": (
        "Archive %n achievement? Members who hold it keep it; nobody can unlock it any more.", None),
    "Activate %n achievement(s)? Members can see and unlock them.": (
        "Activate %n achievement? Members can see and unlock it.", None),
    "⚠ %n recipient(s) are no longer active members of this organisation.": (
        "⚠ %n recipient is no longer an active member of this organisation.", None),
    "Held by %n member(s) — they keep it; the change applies to how it shows.": (
        "Held by %n member — they keep it; the change applies to how it shows.", None),
}

WORD = re.compile(r"(\w+)\((s|es|ies)\)")


def forms(source):
    """(singular, plural) by the word(s) rules."""
    def singular(m):
        return m.group(1)  # "entry(ies)" -> "entry", "match(es)" -> "match"

    def plural(m):
        word, ending = m.group(1), m.group(2)
        return word[:-1] + "ies" if ending == "ies" else word + ending

    return WORD.sub(singular, source), WORD.sub(plural, source)


def escape(text):
    """As lupdate writes it, so running both leaves the file unchanged."""
    return html.escape(text, quote=False).replace('"', "&quot;").replace("'", "&apos;")


def main():
    text = ts.read_text(encoding="utf-8")
    missing = []

    def fill(match):
        block = match.group(0)
        source = html.unescape(re.search(r"<source>(.*?)</source>", block, re.S).group(1))
        one, many = forms(source)
        special = SPECIAL.get(source)
        if special:
            one = special[0]
            many = special[1] or many
        if "(s)" in one or "(es)" in one or "(ies)" in one:
            missing.append(source)
            return block
        body = ("<translation>\n            <numerusform>%s</numerusform>\n"
                "            <numerusform>%s</numerusform>\n        </translation>"
                % (escape(one), escape(many)))
        return re.sub(r"<translation[^>]*>.*?</translation>", lambda _: body, block, flags=re.S)

    text = re.sub(r'<message numerus="yes">.*?</message>', fill, text, flags=re.S)
    ts.write_text(text, encoding="utf-8")
    for source in missing:
        print("no English forms for:", source)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
