"""A corpus of broken inputs through `kg load`: one clear message each, no traceback, the good article in the same
run loads, and what was loaded before is unchanged (stats and a full dump before and after)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import KG, ROOT, run_kg

EXAMPLES = ROOT / "examples"


def broken_corpus(folder: Path) -> dict[str, str]:
    """Broken inputs, each with the words its error message must contain."""
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (folder / "cyrillic.txt").write_bytes("Министр обороны провёл телефонный разговор с коллегой.".encode("cp1251"))
    (folder / "huge.txt").write_bytes(b"The minister spoke by phone. " * (50 * 1024 * 1024 // 29))
    (folder / "navigation.html").write_text(
        "<html><head><title>Home</title></head><body><nav><ul>" + "".join(
            f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(40)) + "</ul></nav><footer>Subscribe</footer></body></html>")
    (folder / "front-matter.md").write_text("---\ntitle: [broken\ndate: 2023-01-01\n---\nThe minister spoke.\n")
    good_line = json.dumps({"id": "feed-good", "title": "Call", "date": "2024-02-05",
                            "text": "Defence Minister Jane Roe spoke by phone with her Polish counterpart on Monday."})
    (folder / "feed.jsonl").write_text(good_line + "\n{broken json\n")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    return {"empty.txt": "file is empty", "binary.txt": "binary", "cyrillic.txt": "not UTF-8", "huge.txt": "MB",
            "navigation.html": "no article text", "front-matter.md": "front matter", "feed.jsonl:2": "not valid JSON",
            "notes.docx": "unsupported file type", "missing": "no such file"}


def test_broken_inputs_fail_one_by_one_and_lose_nothing(tmp_path):
    store = str(tmp_path / "store")
    run_kg("load", str(EXAMPLES), "--store", store, "--quiet")
    stats_before = run_kg("stats", "--store", store).stdout
    dump_before = run_kg("export", "--store", store, "--format", "nquads").stdout

    corpus = tmp_path / "broken"
    expected = broken_corpus(corpus)
    only_broken = [str(p) for p in sorted(corpus.iterdir()) if p.name != "feed.jsonl"]
    result = run_kg("load", *only_broken, str(corpus / "missing"), "--store", store, check=False)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "notes.docx: unsupported file type .docx" in result.stderr and "missing: no such file" in result.stderr
    assert sorted(run_kg("export", "--store", store, "--format", "nquads").stdout.splitlines()) == sorted(dump_before.splitlines())
    assert run_kg("stats", "--store", store).stdout == stats_before

    result = run_kg("load", str(corpus), "--store", store, check=False)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    failures = [line for line in result.stderr.splitlines() if line.startswith("failed: ")]
    for name, words in expected.items():
        if name in ("missing", "notes.docx"):  # named on the command line above; a folder scan skips other files
            continue
        [line] = [f for f in failures if f"/{name}:" in f or f.endswith(f"/{name}") or f"/{name} " in f or f"{name}:" in f]
        assert words in line, line
    assert "1 article(s) loaded" in result.stderr
    stats_after = dict(line.rsplit(None, 1) for line in run_kg("stats", "--store", store).stdout.splitlines())
    assert int(stats_after["articles"]) == int(dict(line.rsplit(None, 1) for line in stats_before.splitlines())["articles"]) + 1


def _as_unprivileged() -> list[str]:
    """A prefix that makes `root` obey file permissions (as tests in CI run as root), or [] for other users."""
    if os.geteuid() != 0:
        return []
    drop = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner"]
    if not shutil.which("setpriv") or subprocess.run([*drop, "true"], capture_output=True).returncode != 0:
        pytest.skip("running as root without setpriv to drop the capability to ignore file permissions")
    return drop


@pytest.mark.parametrize("store", ["new-store", "."], ids=["store-to-create", "existing-folder"])
def test_a_store_folder_that_cannot_be_written_is_named_with_its_cause(tmp_path, store):
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    path = (folder / store).resolve()
    article = EXAMPLES / "readout-austin-umerov.txt"
    result = subprocess.run([*_as_unprivileged(), *KG, "load", str(article), "--store", str(path)], capture_output=True,
                            text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"kg: cannot open the store {path}: ") and "Permission denied" in result.stderr


def test_a_lock_file_that_cannot_be_written_is_not_taken_for_another_process(tmp_path):
    store = tmp_path / "store"
    run_kg("load", str(EXAMPLES), "--store", str(store), "--quiet")
    (store / "LOCK").chmod(0o444)
    result = subprocess.run([*_as_unprivileged(), *KG, "drop", "some-article", "--store", str(store)],
                            capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "Permission denied" in result.stderr and "another process" not in result.stderr
    reading = subprocess.run([*_as_unprivileged(), *KG, "stats", "--store", str(store)], capture_output=True,
                             text=True, timeout=120, cwd=ROOT)
    assert reading.returncode == 0, reading.stderr  # read commands open it read-only: they take no lock
