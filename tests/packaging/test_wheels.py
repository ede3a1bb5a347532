"""Each published package works installed alone from its wheel, in a clean virtualenv outside the
repository: no editable install, no checkout on the path, only the wheel and what it declares.

The wheels are built once per run from the folders, each in an isolated build environment (as
`make dist` does, wheels only); each virtualenv installs one package with `--find-links` to the
others, so a missing dependency or a file left out of the wheel (the bundles, the seed) fails here.
uv builds, makes the virtualenvs and installs (from its cache once warm): the same steps as `build`,
`venv` and pip, in a fraction of their time.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from uv import find_uv_bin

from xads_emulator.server import free_port, wait_until_serving
from xads_spec import load_bundle

ROOT = Path(__file__).resolve().parents[2]
UV = find_uv_bin()
PUBLISHED = ["spec", "validators", "client", "emulator", "fuzz", "generated_client/v11", "generated_client/v12"]


def run(command: list[str], cwd: Path, timeout: float = 300, **kwargs: object) -> subprocess.CompletedProcess[str]:
    """A command with the repository nowhere on its paths."""
    environment = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run(command, cwd=cwd, env=environment, text=True, capture_output=True, timeout=timeout, **kwargs)  # type: ignore[call-overload, no-any-return]


@pytest.fixture(scope="module")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheels")

    def build(folder: str) -> subprocess.CompletedProcess[str]:
        built = run([UV, "build", "--quiet", "--wheel", "--out-dir", str(out), str(ROOT / folder)], cwd=out)
        shutil.rmtree(ROOT / folder / "build", ignore_errors=True)  # setuptools' scratch space, in the checkout
        return built

    with ThreadPoolExecutor(max_workers=4) as pool:  # a build waits on its subprocesses as much as on a core
        for folder, built in zip(PUBLISHED, pool.map(build, PUBLISHED), strict=True):
            assert built.returncode == 0, f"{folder}: {built.stderr[-2000:]}"
    return out


def environment(wheels: Path, where: Path, *requirements: str) -> Path:
    """A fresh virtualenv under `where` with `requirements` installed from the wheels (their own
    dependencies from the package index); returns its bin/ folder."""
    made = run([UV, "venv", "--quiet", "--python", sys.executable, str(where)], cwd=where.parent)
    assert made.returncode == 0, made.stderr[-3000:]
    bin_dir = where / "bin"
    installed = run(
        [UV, "pip", "install", "--quiet", "--python", str(bin_dir / "python"), "--find-links", str(wheels),
         *requirements],
        cwd=where,
    )
    assert installed.returncode == 0, installed.stderr[-3000:]
    return bin_dir


def test_spec_alone_loads_its_bundles(wheels: Path, tmp_path: Path) -> None:
    bin_dir = environment(wheels, tmp_path / "venv", "xads-spec")
    shown = run(
        [
            str(bin_dir / "python"),
            "-c",
            "import xads_spec; from xads_spec import load_bundle, supported_versions;"
            "print(xads_spec.__file__, supported_versions(), len(load_bundle(12)['paths']))",
        ],
        cwd=tmp_path,
    )
    assert shown.returncode == 0, shown.stderr
    location, rest = shown.stdout.split(" ", 1)
    assert "site-packages" in location and str(ROOT) not in location
    assert rest.split() == ["[11,", "12]", str(len(load_bundle(12)["paths"]))]


def test_validate_judges_a_request(wheels: Path, tmp_path: Path) -> None:
    bin_dir = environment(wheels, tmp_path / "venv", "xads-validators")
    judged = run([str(bin_dir / "xads-validate"), "request", "GET", "/12/accounts/abc/cards?count=500"], cwd=tmp_path)
    assert judged.returncode == 1, judged.stderr
    assert "spec.maximum" in judged.stdout and "count" in judged.stdout
    fine = run([str(bin_dir / "xads-validate"), "--json", "request", "GET", "/12/accounts/abc/cards"], cwd=tmp_path)
    assert fine.returncode == 0 and '"valid": true' in fine.stdout


@pytest.fixture(scope="module")
def served_from_wheel(wheels: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`xads-emulator serve` from the emulator's own wheel, with its packaged seed."""
    where = tmp_path_factory.mktemp("emulator")
    bin_dir = environment(wheels, where / "venv", "xads-emulator")
    port = free_port()
    environment_ = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    process = subprocess.Popen(
        [str(bin_dir / "xads-emulator"), "serve", "--port", str(port), "--db", str(where / "db.sqlite3")],
        cwd=where,
        env=environment_,
        stdout=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    wait_until_serving(base, process)
    try:
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_emulator_serves_from_its_wheel(served_from_wheel: str) -> None:
    answer = httpx.get(f"{served_from_wheel}/12/accounts")
    assert answer.status_code == 401 and answer.json()["errors"][0]["code"] == "UNAUTHORIZED_ACCESS"


CLIENT_SCRIPT = """
import sys
from xads_client import Credentials, connect, paginate
from xads_client_v12.api.media_library import list_media_library

client = connect(sys.argv[1] + "/12", Credentials(
    "demo-consumer-key", "demo-consumer-secret", "demo-user-token", "demo-user-token-secret"))
keys = [item.media_key for item in paginate(list_media_library.sync, "18ce54d4x5t", client=client, count=3)]
print(len(keys), keys[0])
"""


def test_client_runtime_makes_a_signed_call(wheels: Path, served_from_wheel: str, tmp_path: Path) -> None:
    bin_dir = environment(wheels, tmp_path / "venv", "xads-client", "xads-client-v12")
    called = run([str(bin_dir / "python"), "-c", CLIENT_SCRIPT, served_from_wheel], cwd=tmp_path)
    assert called.returncode == 0, called.stderr[-3000:]
    count, first = called.stdout.split()
    assert int(count) >= 8 and first.split("_")[0] in {"3", "13", "16"}


def test_fuzz_harness_installs_with_its_configuration(wheels: Path, tmp_path: Path) -> None:
    bin_dir = environment(wheels, tmp_path / "venv", "xads-fuzz")
    shown = run(
        [
            str(bin_dir / "python"),
            "-c",
            "import pathlib, xads_fuzz;"
            "print((pathlib.Path(xads_fuzz.__file__).parent / 'schemathesis.toml').is_file())",
        ],
        cwd=tmp_path,
    )
    assert shown.returncode == 0 and shown.stdout.strip() == "True", shown.stderr[-2000:]
