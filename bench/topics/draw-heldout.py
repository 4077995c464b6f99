#!/usr/bin/env python3
"""Draws a held-out sample of topic-judged papers from the shared arXiv file.

Usage: draw-heldout.py SEED ARXIV_TXT_GZ RESOURCE_DIR OUT_RECORDS OUT_SAMPLE

The records not already in a judged set of RESOURCE_DIR (any file named arxiv-*.txt there),
ordered by the SHA-256 hex digest of SEED followed by the arXiv id (without version): the 30
smallest, then the 20 next-smallest whose abstract names none of the words of VISION_LANGUAGE
(the file is four fifths vision and language; this keeps the other fields in). Records are copied
verbatim, in the order drawn.
"""
import gzip
import hashlib
import os
import re
import sys

VISION_LANGUAGE = re.compile(r"\b(?:images?|videos?|visual|vision|text|language models?|LLMs?|VLMs?|MLLMs?)\b", re.IGNORECASE)
ID_LINE = re.compile(r"^arXiv:(\S+?)(?:v\d+)?$", re.MULTILINE)


def records(text):
    # A record ends with its "Created:" line; records are separated by a blank line.
    out = []
    start = 0
    for m in re.finditer(r"^Created: [^\n]*(?:\n|$)", text, re.MULTILINE):
        body = text[start:m.end()].lstrip("\n")
        start = m.end()
        ids = ID_LINE.findall(body)
        if not ids:
            sys.exit("record without an arXiv: line ending at offset %d" % m.end())
        # The record's own id is the last arXiv: line (a comment may name another paper).
        out.append((ids[-1], body))
    return out


def main():
    seed, source, resources, out_records, out_sample = sys.argv[1:6]
    with gzip.open(source, "rt", encoding="utf-8") as f:
        recs = records(f.read())
    taken = set()
    for name in os.listdir(resources):
        if name.startswith("arxiv-") and name.endswith(".txt"):
            with open(os.path.join(resources, name), encoding="utf-8") as f:
                taken.update(i for i, _ in records(f.read()))
    candidates = sorted(
        ((hashlib.sha256((seed + i).encode()).hexdigest(), i, body) for i, body in recs if i not in taken),
        key=lambda t: t[0])
    drawn = [(i, body, "any") for _, i, body in candidates[:30]]
    for _, i, body in candidates[30:]:
        if len(drawn) == 50:
            break
        abstract = body.split("\n\n")[0]
        if not VISION_LANGUAGE.search(abstract):
            drawn.append((i, body, "outside-vision-language"))
    with open(out_records, "w", encoding="utf-8") as f:
        f.write("\n".join(body for _, body, _ in drawn))
    with open(out_sample, "w", encoding="utf-8") as f:
        f.write("# arxiv\tdrawn as\n")
        for i, _, how in drawn:
            f.write("%s\t%s\n" % (i, how))
    print("drawn %d of %d records (%d already judged)" % (len(drawn), len(recs), len(taken)))


if __name__ == "__main__":
    main()
