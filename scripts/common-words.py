#!/usr/bin/env python3
"""Writes kb/common-words.txt: the most frequent Arabic words, from which the
extractor tells a phrase ("فيما يبدو", "التعاون الدولي") from a person's name.

Source: wordfreq (Robyn Speer et al., https://github.com/rspeer/wordfreq),
whose word lists are CC BY-SA 4.0; so is the file this writes. Words that are
also names ("محمد", "حسن") stay in the list: the extractor removes every word
of a name the knowledge base knows when it reads the list.

    python3 -m venv /tmp/wf && /tmp/wf/bin/pip install wordfreq==3.1.1
    /tmp/wf/bin/python scripts/common-words.py 5000
"""
import sys
from pathlib import Path

import wordfreq
from importlib.metadata import version

ARABIC = range(0x0621, 0x064B)


def arabic_word(w: str) -> bool:
    return len(w) >= 2 and all(ord(c) in ARABIC or 0x064B <= ord(c) <= 0x0652 for c in w)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    words = [w for w in wordfreq.top_n_list("ar", n * 2) if arabic_word(w)][:n]
    out = Path(__file__).resolve().parent.parent / "kb" / "common-words.txt"
    header = [
        f"# The {n} most frequent Arabic words, most frequent first, from wordfreq {version('wordfreq')}",
        "# (https://github.com/rspeer/wordfreq; its word lists are CC BY-SA 4.0, and so is this file).",
        "# Made by scripts/common-words.py. Words of names the knowledge base knows are removed when it is read.",
    ]
    out.write_text("\n".join(header + words) + "\n", encoding="utf-8")
    print(f"{out}: {len(words)} words")


if __name__ == "__main__":
    main()
