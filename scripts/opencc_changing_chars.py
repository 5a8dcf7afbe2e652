"""Write aigc_analysis/data/opencc_hk2s_chars.txt: characters without which OpenCC's ``hk2s``
conversion cannot change a line.

usage: .venv/bin/python scripts/opencc_changing_chars.py [--check]

Every dictionary of the ``hk2s`` configuration (its normalisation and conversion chain) is
dumped as text with the ``opencc_dict`` tool shipped in the opencc wheel. A dictionary entry
can only change text where its key occurs, and only if its value (first candidate) differs from
its key. The file holds every one-character key of such an entry, and for each longer key of
such an entry that holds none of those, its least common character (by jieba's dictionary
counts; any of its characters would do). A line holding none of the file's characters therefore
contains no changing key and converts to itself, whatever the segmentation.

It also writes aigc_analysis/data/opencc_s2t_chars.txt: the characters ``s2t`` can change in
place. No ``s2t`` entry changes length (the script fails if one does), so the conversion lines
up with its input character for character and a character changes only where it is a key's
character that differs from the value's at that position (for any candidate value): the file
holds those characters, and their count in a text bounds how many characters ``s2t`` changes
(:func:`aigc_analysis.load.normalise.detect_script`).

``--check`` exits non-zero when a file differs from what the installed OpenCC gives
(tests/test_normalise.py runs the same comparison).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import jieba
import opencc

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from aigc_analysis.load.normalise import (  # noqa: E402
    CHANGING_CHARS_FILE, S2T_CHANGED_CHARS_FILE, T2S_CONFIG)

_CLIB = Path(opencc.__file__).parent / "clib"


def config_dictionaries(config: str) -> list[Path]:
    """The ocd2 files that can change text under ``config`` (normalisation and conversion chain;
    the segmentation dictionary only cuts text)."""
    share = _CLIB / "share" / "opencc"
    spec = json.loads((share / f"{config}.json").read_text(encoding="utf-8"))
    found: list[str] = []

    def walk(d: dict) -> None:
        if d.get("type") == "group":
            for sub in d["dicts"]:
                walk(sub)
        else:
            found.append(d["file"])

    for step in spec.get("normalization", []) + spec["conversion_chain"]:
        walk(step["dict"])
    return [share / name for name in found]


def dump(ocd2: Path, out: Path) -> dict[str, str]:
    """key -> first candidate of one dictionary (``opencc_dict -f ocd2 -t text``)."""
    return {key: values[0] for key, values in candidates(ocd2, out).items()}


def char_counts() -> Counter:
    counts: Counter = Counter()
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as fh:
        for line in fh:
            word, freq = line.split()[:2]
            for ch in word:
                counts[ch] += int(freq)
    return counts


def changing_chars(config: str = T2S_CONFIG) -> str:
    """The characters of the file, sorted, as one string."""
    changing: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for ocd2 in config_dictionaries(config):
            for key, value in dump(ocd2, Path(tmp) / (ocd2.stem + ".txt")).items():
                if "\n" in key or "\n" in value:
                    raise ValueError(f"{ocd2.name}: an entry holds a line break; lines do not convert alone")
                if value != key:
                    changing.append(key)
    chars = {k for k in changing if len(k) == 1}
    counts = char_counts()
    for key in sorted(k for k in changing if len(k) > 1):
        if not chars & set(key):
            chars.add(min(key, key=lambda ch: (counts[ch], ch)))
    return "".join(sorted(chars))


def candidates(ocd2: Path, out: Path) -> dict[str, list[str]]:
    """key -> every candidate value of one dictionary (``opencc_dict -f ocd2 -t text``)."""
    env = dict(os.environ, LD_LIBRARY_PATH=str(_CLIB / "lib64"))
    subprocess.run([str(_CLIB / "bin" / "opencc_dict"), "-i", str(ocd2), "-o", str(out), "-f", "ocd2",
                    "-t", "text"], check=True, env=env)
    entries = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        key, values = line.split("\t")
        entries[key] = values.split(" ")
    return entries


def changed_in_place(config: str = "s2t") -> str:
    """The characters ``config`` can change (sorted, one string): of every entry, the key's
    characters where a candidate value differs from the key.

    Raises
    ------
    ValueError
        When a changing entry has a value of another length: then the conversion does not line
        up with its input and a per-character bound does not hold.
    """
    chars: set[str] = set()
    with tempfile.TemporaryDirectory() as tmp:
        for ocd2 in config_dictionaries(config):
            for key, values in candidates(ocd2, Path(tmp) / (ocd2.stem + ".txt")).items():
                for value in values:
                    if value == key:
                        continue
                    if len(value) != len(key):
                        raise ValueError(f"{ocd2.name}: {key} -> {value} changes length")
                    chars.update(k for k, v in zip(key, value) if k != v)
    return "".join(sorted(chars))


def _content(text: str) -> str:
    return "\n".join(text[i:i + 64] for i in range(0, len(text), 64)) + "\n"


def main(argv: list[str]) -> int:
    files = ((CHANGING_CHARS_FILE, changing_chars()), (S2T_CHANGED_CHARS_FILE, changed_in_place("s2t")))
    if "--check" in argv:
        stale = 0
        for path, text in files:
            same = path.read_text(encoding="utf-8") == _content(text)
            stale += not same
            print(f"{path.name}: {'up to date' if same else 'DIFFERS from the installed OpenCC'}")
        return 0 if not stale else 1
    for path, text in files:
        path.write_text(_content(text), encoding="utf-8")
        print(f"wrote {path} ({len(text)} characters)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
