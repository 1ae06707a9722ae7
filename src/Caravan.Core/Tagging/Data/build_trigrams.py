#!/usr/bin/env python3
"""Extracts trigrams.tsv from franc-all's data.js (MIT, (c) Titus Wormer; see FRANC-LICENSE).

Usage: build_trigrams.py path/to/franc-all/package/data.js > trigrams.tsv
Each line: ISO 639-1 code, script, the language's 300 most frequent trigrams in franc's order
(most frequent first), separated by |. Only the languages Caravan detects are kept.
"""
import re, sys

keep = {
    "Latin": {"eng": "en", "deu": "de", "fra": "fr", "spa": "es", "ita": "it", "por": "pt", "nld": "nl", "pol": "pl",
              "ces": "cs", "swe": "sv", "fin": "fi", "dan": "da", "nob": "no", "ron": "ro", "hun": "hu", "tur": "tr",
              "azj": "az", "uzn": "uz", "tuk": "tk", "lit": "lt", "slk": "sk", "hrv": "hr"},
    "Cyrillic": {"rus": "ru", "ukr": "uk", "bel": "be", "bul": "bg", "srp": "sr", "mkd": "mk", "kaz": "kk", "kir": "ky",
                 "tgk": "tg", "uzn": "uz", "tuk": "tk", "khk": "mn", "tat": "tt"},
    "Arabic": {"arb": "ar", "pes": "fa", "urd": "ur"},
}
src = open(sys.argv[1], encoding="utf-8").read()
print("# language\tscript\ttrigrams (franc-all 7.2.0, MIT)")
for script, langs in keep.items():
    block = re.search(r"\n  " + script + r": \{(.*?)\n  \}", src, re.S).group(1)
    for code, model in re.findall(r"\n    (\w+): '((?:[^'\\]|\\.)*)'", block):
        if code in langs:
            print(f"{langs[code]}\t{script}\t{model}")
