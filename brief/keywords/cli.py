"""``python -m brief.keywords.cli FILE --top 10``: keyphrases of one document, one a line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from brief.keywords import BACKENDS, DEFAULT_BACKEND, extract_document


def main(argv: Sequence[str] | None = None) -> int:
    """Print the keyphrases of FILE (or stdin for "-"), best first; return the exit code."""
    parser = argparse.ArgumentParser(prog="brief keywords", description="Keyphrases of one document.")
    parser.add_argument("file", help='a text file, or "-" for standard input')
    parser.add_argument("--top", type=int, default=10, help="how many keyphrases (default 10)")
    parser.add_argument("--backend", choices=sorted(BACKENDS), default=DEFAULT_BACKEND)
    parser.add_argument("--scores", action="store_true", help="print each score after a tab")
    args = parser.parse_args(argv)
    try:
        if args.file == "-":
            text = sys.stdin.read()
        else:
            with open(args.file, encoding="utf-8", errors="replace") as handle:
                text = handle.read()
    except OSError as err:
        print(f"brief keywords: {args.file}: {err.strerror}", file=sys.stderr)
        return 2
    for phrase, score in extract_document(text, args.top, backend=args.backend):
        print(f"{phrase}\t{score:.4f}" if args.scores else phrase)
    return 0


if __name__ == "__main__":
    sys.exit(main())
