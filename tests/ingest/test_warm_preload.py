"""Before workers fork, the parent loads the libraries a worker would otherwise load on its own
(lingua, HanTa, simplemma, trafilatura's justext stop list): the warm-up texts alone no longer do
it once the word memo and the function-word test answer them, and each worker would then hold
its own copy."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
PROBE = """
import json, sys
from quellenlage.ingest.warm import preload_libraries
before = sorted({m.split(".")[0] for m in sys.modules} & {"lingua", "HanTa", "simplemma"})
preload_libraries()
after = sorted({m.split(".")[0] for m in sys.modules} & {"lingua", "HanTa", "simplemma"})
from quellenlage.extract.language import _detector
from quellenlage.nlp.lemmas import _lemmatizer
from quellenlage.nlp.tagger import _hanta
from trafilatura import external
print(json.dumps([before, after, [f.cache_info().currsize for f in (_detector, _lemmatizer, _hanta)],
                  bool(external.JT_STOPLIST)]))
"""


def test_preload_loads_lingua_hanta_and_simplemma_once(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QUELLENLAGE_CACHE": str(tmp_path)}
    env.pop("QUELLENLAGE_WARM_STAGES", None)  # set by an earlier ingest in this process: warms at import
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=300)
    before, after, loaded, justext_list = json.loads(done.stdout.strip().splitlines()[-1])
    assert before == []
    assert after == ["HanTa", "lingua", "simplemma"]
    assert loaded[0] == 1 and loaded[1] == 1 and loaded[2] >= 1
    assert justext_list  # trafilatura's justext stop list (quellenlage/extract/fallback.py)
