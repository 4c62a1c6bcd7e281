"""Build the gazetteer index now rather than at first use (CI, images, installs):

    python -m bagouz_extract.gazetteer

Prints where the index is and how long the build took, on stderr; exits 0 when the index
exists (already built or built now). Honours BAGOUZ_CACHE_DIR / XDG_CACHE_HOME.
"""

from __future__ import annotations

import sys
import time

from . import store


def main() -> int:
    path = store.index_path()
    if path.exists():
        sys.stderr.write(f"gazetteer index already built: {path}\n")
        return 0
    started = time.perf_counter()
    built = store.build_index(path)
    sys.stderr.write(f"gazetteer index built in {time.perf_counter() - started:.1f} s: {built}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
