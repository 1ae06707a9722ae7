#!/usr/bin/env python3
"""Builds world.tsv (every country at country level) from two npm packages.

Sources (unpack with `npm pack world-countries i18n-iso-countries` and `tar xzf`):
  world-countries 5.1.0 (mledoze/countries, ODbL 1.0): English names, alternative spellings,
      Russian names, capitals, English demonyms.
  i18n-iso-countries 7.14.0 (MIT): country names in Kazakh, Kyrgyz, Uzbek, Tajik, Turkmen,
      Mongolian, Turkish and Chinese.
Usage: build_world.py WORLD_COUNTRIES_DIR I18N_DIR > world.tsv
The output, a derived database, is under the ODbL like its main source.
"""
import json, sys

world_dir, i18n_dir = sys.argv[1], sys.argv[2]
countries = json.load(open(f"{world_dir}/countries.json", encoding="utf-8"))
langs = ["ru", "kk", "ky", "uz", "tg", "tk", "mn", "tr", "zh"]
i18n = {l: json.load(open(f"{i18n_dir}/langs/{l}.json", encoding="utf-8"))["countries"] for l in langs}
# The web's category slugs come from these English names: keep the interim list's spellings.
canonical = {"TR": "Turkey", "US": "United States", "GB": "United Kingdom", "KR": "South Korea",
             "KP": "North Korea", "CZ": "Czechia", "CI": "Ivory Coast", "CD": "DR Congo", "CG": "Congo"}
# Capitals that are also common words or other places' names: kept out of matching.
ambiguous_capitals = {"Male", "Victoria", "Kingston", "Hamilton", "Georgetown", "The Valley", "Stanley",
                      "Plymouth", "Jamestown", "Saint John's", "Road Town", "West Island", "Lima", "Praia"}

def clean(names):
    seen, out = set(), []
    for n in names:
        n = n.strip()
        if not n or n in seen or "|" in n or "\t" in n or ";" in n:
            continue
        if len(n) <= 2:  # ISO codes: "US" and "UK" are added by hand where they are safe
            continue
        seen.add(n)
        out.append(n)
    return out

print("# id\tkind\tcountry\tcanonical\tnames\tdemonyms")
for c in sorted(countries, key=lambda c: c["cca2"]):
    code = c["cca2"]
    name = canonical.get(code, c["name"]["common"])
    names = [name, c["name"]["common"], c["name"]["official"]] + c.get("altSpellings", [])
    rus = c.get("translations", {}).get("rus")
    if rus:
        names += [rus["common"], rus["official"]]
    for l in langs:
        v = i18n[l].get(code)
        names += v if isinstance(v, list) else [v] if v else []
    dem = c.get("demonyms", {}).get("eng", {})
    demonyms = clean([dem.get("m", ""), dem.get("f", "")])
    print("\t".join([code, "country", code, name, ";".join(clean(names)), ";".join(demonyms)]))
    for cap in c.get("capital", []):
        if c.get("independent") and cap not in ambiguous_capitals:
            print("\t".join([f"{code}.capital", "city", code, cap, cap, ""]))
