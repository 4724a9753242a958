"""Every CLI command on hostile inputs and environments, as a real subprocess (issue 11).

Each call must end with exit status 0 or 1, within a time limit, with no traceback, and when it
fails, with a message on stderr that names the input (or the setting) at fault.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

TIMEOUT = 60
ROOT = Path(__file__).resolve().parents[1]

#: kinds of bad input file, made in a folder by :func:`_make`
KINDS = ["empty", "binary", "folder", "fifo", "devnull", "missing", "cp1252", "bad_json", "bad_csv",
         "bad_geojson", "absurd_coords", "huge_line", "deep_nesting", "string_coords", "nan"]


def _make(folder: Path, kind: str) -> str:
    p = folder / f"in-{kind}.geojson" if "json" in kind or kind in ("absurd_coords", "string_coords", "nan") \
        else folder / f"in-{kind}.csv"
    if kind == "empty":
        p.write_bytes(b"")
    elif kind == "binary":
        p.write_bytes(bytes(range(256)) * 40)
    elif kind == "folder":
        p.mkdir()
    elif kind == "fifo":
        os.mkfifo(p)
    elif kind == "devnull":
        return "/dev/null"
    elif kind == "missing":
        pass
    elif kind == "cp1252":
        p.write_bytes("date,location,latitude,longitude\n2020-01-09,Ab\u00fb Kam\u00e2l \u201cx\u201d,34.45,40.92\n"
                      .encode("cp1252"))
    elif kind == "bad_json":
        p.write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
    elif kind == "bad_csv":
        p.write_text('date,location,latitude,longitude\n2020-01-09,"Al Bukamal,34.45,40.92\n' * 5, encoding="utf-8")
    elif kind == "bad_geojson":
        p.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": "x", '
                     '"properties": []}]}', encoding="utf-8")
    elif kind == "absurd_coords":
        p.write_text('{"type": "LineString", "coordinates": [[999, -999], [1e308, 5]]}', encoding="utf-8")
    elif kind == "string_coords":
        p.write_text('{"type": "LineString", "coordinates": ["40.9,34.4", "40.1,35.3"]}', encoding="utf-8")
    elif kind == "nan":
        p.write_text('{"type": "LineString", "coordinates": [[NaN, 34.4], [Infinity, 35.3]]}', encoding="utf-8")
    elif kind == "huge_line":
        p.write_text("Al Bukamal " * 300_000, encoding="utf-8")
    elif kind == "deep_nesting":
        p.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    return str(p)


def _fifo_writer(path: str) -> threading.Thread:
    """Open the FIFO for writing in a thread, so a reader that does open it cannot hang the test."""
    def run() -> None:
        try:
            fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
            os.close(fd)
        except OSError:
            pass
    t = threading.Thread(target=run, daemon=True)
    t.start()
    return t


@pytest.fixture(scope="session")
def home() -> str:
    """The tests' gazetteer home, with a built index (shared by all input cases)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    subprocess.run([sys.executable, "-m", "geomap", "geocode", "Damascus"], env=env, capture_output=True,
                   timeout=300)
    from geomap.settings import home_dir

    return os.environ.get("GEOMAP_HOME") or str(home_dir())


def _run(argv: list[str], env_home: str, stdin: bytes | None = None, cwd: str | None = None
         ) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), GEOMAP_HOME=env_home)
    return subprocess.run([sys.executable, "-m", "geomap", *argv], env=env, capture_output=True,
                          input=stdin if stdin is not None else b"", timeout=TIMEOUT, cwd=cwd)


def _check(r: subprocess.CompletedProcess, names: list[str]) -> None:
    out, err = r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace")
    assert r.returncode in (0, 1), (r.returncode, err[-2000:])
    assert "Traceback" not in out and "Traceback" not in err, err[-2000:]
    assert "internal error" not in err, err
    if r.returncode == 1:
        lines = [ln for ln in err.splitlines() if ln.strip() and not ln.startswith("building gazetteer")]
        assert lines, "exit 1 without a message"
        assert not any(ln.startswith((" ", "\t")) for ln in lines), err
        assert any(n in err for n in names), f"the message does not name {names}: {err}"


#: command -> argv from an input path P and an output folder O
COMMANDS = {
    "geocode": lambda p, o: ["geocode", "--country", "SY", "-"],  # the file is given on stdin
    "gazetteer-add": lambda p, o: ["gazetteer", "add", "--quiet", p],
    "eval-corpus": lambda p, o: ["eval", "--corpus", p, "--gold", p],
    "map": lambda p, o: ["map", p, "-o", f"{o}/m.html"],
    "route-show": lambda p, o: ["route", "show", p],
    "route-build": lambda p, o: ["route", "build", "--name", "x", "Al Qaim", p],
    "near-input": lambda p, o: ["near", "iran-mediterranean", p],
    "near-route": lambda p, o: ["near", p, str(ROOT / "geomap/data/example/al-bukamal-strikes.txt")],
    "map-route": lambda p, o: ["map", "--example", "--route", p, "-o", f"{o}/m.html"],
    "extract": lambda p, o: ["extract", p],
    "extract-jsonl": lambda p, o: ["extract", "--jsonl", p],
}

#: (command, kind) pairs that belong to other helpers' parts of issue 11
XFAIL: dict[tuple[str, str], str] = {
}


def _cases():
    for cmd in COMMANDS:
        for kind in KINDS:
            marks = [pytest.mark.xfail(strict=False, reason=XFAIL[(cmd, kind)])] if (cmd, kind) in XFAIL else []
            yield pytest.param(cmd, kind, id=f"{cmd}-{kind}", marks=marks)


def _input_case(cmd: str, kind: str, home: str, tmp_path: Path) -> tuple[subprocess.CompletedProcess | str, list]:
    p = _make(tmp_path, kind)
    run_home = home
    if cmd == "gazetteer-add":  # never add to the shared home
        run_home = str(tmp_path / "home")
        shutil.copytree(home, run_home, ignore=shutil.ignore_patterns("*.tmp", "reports", "*.lock"))
    argv = COMMANDS[cmd](p, str(tmp_path))
    stdin = None
    if cmd == "geocode":
        stdin = Path(p).read_bytes() if Path(p).is_file() else b""
    if kind == "fifo":
        _fifo_writer(p)
    names = [Path(p).name, "-", "stdin", "standard input"] if cmd == "geocode" else [Path(p).name]
    try:
        return _run(argv, run_home, stdin=stdin), names
    except subprocess.TimeoutExpired:
        return f"timed out after {TIMEOUT} s", names


@pytest.fixture(scope="session")
def input_results(home: str, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Every (command, kind) run once, in parallel (the calls are independent subprocesses)."""
    from concurrent.futures import ThreadPoolExecutor

    jobs = {}
    with ThreadPoolExecutor(max_workers=max(2, (os.cpu_count() or 2))) as pool:
        for cmd in COMMANDS:
            for kind in KINDS:
                folder = tmp_path_factory.mktemp(f"{cmd}-{kind}")
                jobs[(cmd, kind)] = pool.submit(_input_case, cmd, kind, home, folder)
    return {k: f.result() for k, f in jobs.items()}


@pytest.mark.parametrize("cmd,kind", list(_cases()))
def test_bad_input(cmd: str, kind: str, input_results: dict) -> None:
    r, names = input_results[(cmd, kind)]
    assert not isinstance(r, str), r
    _check(r, names)


ARTICLE = str(ROOT / "geomap/data/example/al-bukamal-strikes.txt")

#: command lines to run in bad environments and on bad settings ({o}: a fresh folder)
ENV_COMMANDS = {
    "geocode": ["geocode", "Damascus"],
    "gazetteer-info": ["gazetteer", "info"],
    "map": ["map", "--example", "-o", "{o}/m.html"],
    "route-list": ["route", "list"],
    "route-build": ["route", "build", "Baghdad", "Damascus"],
    "near": ["near", "iran-mediterranean", ARTICLE],
    "extract": ["extract", ARTICLE],
}
SETTINGS = {
    "published-bad": (["--published", "yesterday-ish"], "yesterday-ish"),
    "country-xx": (["--country", "XX"], "XX"),
    "published-min": (["--published", "0001-01-01"], "--published"),
    "published-max": (["--published", "9999-12-31"], "--published"),
}
SETTING_COMMANDS = {"geocode": ["geocode", "Damascus"], "map": ["map", ARTICLE, "-o", "{o}/m.html"],
                    "near": ["near", "iran-mediterranean", ARTICLE], "extract": ["extract", ARTICLE],
                    "route-build": ["route", "build", "Baghdad", "Damascus"]}


@pytest.mark.parametrize("cmd", list(SETTING_COMMANDS))
@pytest.mark.parametrize("setting", list(SETTINGS))
def test_bad_setting(cmd: str, setting: str, home: str, tmp_path: Path) -> None:
    extra, name = SETTINGS[setting]
    if "published" in setting and cmd in ("geocode", "route-build"):
        pytest.skip("no --published option")
    argv = [a.format(o=tmp_path) for a in SETTING_COMMANDS[cmd]] + extra
    r = _run(argv, home)
    _check(r, [name, "--country", "--published"])
    if setting.startswith("published-m"):
        assert r.returncode == 0, r.stderr.decode()
    if setting == "country-xx":
        assert r.returncode == 1 and b"ISO" in r.stderr


def _env(kind: str, tmp_path: Path) -> str:
    h = tmp_path / "home"
    if kind == "home-file":
        h.write_text("x")
    elif kind == "home-devnull":
        return "/dev/null"
    elif kind == "home-under-file":
        (tmp_path / "f").write_text("x")
        return str(tmp_path / "f" / "home")
    return str(h)


def _read_only_view(folder: Path, tmp_path: Path) -> str:
    """``folder`` read-only for geomap: chmod, and for root (who ignores modes) a read-only bind mount."""
    folder.mkdir(exist_ok=True)
    folder.chmod(0o555)
    if os.geteuid() != 0:
        return str(folder)
    view = tmp_path / "home-ro"
    view.mkdir()
    for cmd in (["mount", "--bind", str(folder), str(view)], ["mount", "-o", "remount,ro,bind", str(view)]):
        if subprocess.run(cmd, capture_output=True, timeout=30).returncode != 0:
            subprocess.run(["umount", str(view)], capture_output=True, timeout=30)
            pytest.skip("root cannot make a read-only folder here (no bind mounts)")
    return str(view)


@pytest.mark.parametrize("cmd", list(ENV_COMMANDS))
@pytest.mark.parametrize("kind", ["home-file", "home-devnull", "home-under-file", "home-empty-read-only"])
def test_bad_home(cmd: str, kind: str, tmp_path: Path) -> None:
    if kind == "home-empty-read-only":
        h = _read_only_view(tmp_path / "home", tmp_path)
        try:
            r = _run([a.format(o=tmp_path) for a in ENV_COMMANDS[cmd]], h)
        finally:
            if h != str(tmp_path / "home"):
                subprocess.run(["umount", h], capture_output=True, timeout=30)
        _check(r, [h, "GEOMAP_HOME"])
        assert r.returncode == 1 or cmd == "route-list", r.stderr.decode()
        return
    h = _env(kind, tmp_path)
    argv = [a.format(o=tmp_path) for a in ENV_COMMANDS[cmd]]
    r = _run(argv, h)
    _check(r, [h, "GEOMAP_HOME", Path(h).name])


OUTPUTS = {
    "map": lambda o: ["map", "--example", "-o", o],
    "route-build": lambda o: ["route", "build", "Baghdad", "Damascus", "-o", o],
}


@pytest.mark.parametrize("cmd", list(OUTPUTS))
@pytest.mark.parametrize("kind", ["missing-folder", "read-only-folder", "fifo", "dev-full", "folder", "symlink",
                                  "stdout", "dash"])
def test_bad_output(cmd: str, kind: str, home: str, tmp_path: Path) -> None:
    out = str(tmp_path / "out.html")
    if kind == "missing-folder":
        out = str(tmp_path / "nope" / "out.html")
    elif kind == "read-only-folder":
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(0o500)
        out = str(ro / "out.html")
    elif kind == "fifo":
        os.mkfifo(out)
    elif kind == "dev-full":
        out = "/dev/full"
    elif kind == "folder":
        os.mkdir(out)
    elif kind == "symlink":
        (tmp_path / "target.html").write_text("old")
        os.symlink(tmp_path / "target.html", out)
    elif kind == "stdout":
        out = "/dev/stdout"
    elif kind == "dash":
        out = "-"
    r = _run(OUTPUTS[cmd](out), home)
    _check(r, [out, Path(out).name])
    if kind in ("missing-folder", "fifo", "dev-full", "folder") or (kind == "read-only-folder" and os.geteuid() != 0):
        assert r.returncode == 1
    if kind == "missing-folder":
        assert not (tmp_path / "nope").exists()
    if kind == "fifo":
        assert Path(out).is_fifo()
    if kind == "symlink":
        assert r.returncode == 0 and Path(out).is_symlink() and (tmp_path / "target.html").read_text() != "old"
    if kind in ("stdout", "dash"):
        assert r.returncode == 0 and len(r.stdout) > 100


# ------------------------------------------------------------------ a full disk during the index build
INDEX_NAME = "gazetteer-v5.sqlite"


def _small_disk(folder: Path, size: int, mounted: list) -> str:
    """A real file system of ``size`` bytes at ``folder`` (tmpfs; root only), or '' when none can be made."""
    if os.geteuid() != 0:
        return ""
    folder.mkdir(parents=True, exist_ok=True)
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True,
                       timeout=30)
    if r.returncode != 0:
        return ""
    mounted.append(folder)
    return "tmpfs"


@pytest.fixture
def mounts():
    folders: list[Path] = []
    yield folders
    for f in folders:
        subprocess.run(["umount", str(f)], capture_output=True, timeout=30)


def _file_size_limit(limit: int):
    def apply() -> None:  # in the child: writes past the limit fail with EFBIG (Python ignores SIGXFSZ)
        import resource

        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def _run_limited(argv: list[str], home: str, preexec, timeout: float = 300) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), GEOMAP_HOME=home, GEOMAP_LOCK_TIMEOUT="5")
    return subprocess.run([sys.executable, "-m", "geomap", *argv], env=env, capture_output=True, timeout=timeout,
                          preexec_fn=preexec)


def _one_error_line(r: subprocess.CompletedProcess, folder: Path) -> str:
    _check(r, [str(folder)])
    assert r.returncode == 1
    errors = [ln for ln in r.stderr.decode().splitlines() if ln.startswith("geomap: error:")]
    assert len(errors) == 1, r.stderr.decode()
    line = errors[0]
    assert str(folder) in line and "full" in line and "free space in" in line and "GEOMAP_HOME" in line, line
    return line


@pytest.mark.parametrize("how", ["tmpfs", "file-size-limit"])
def test_disk_full_before_the_first_build(tmp_path, mounts, how):
    """A full disk (nothing can be written) on first use: one line with the folder and the fix, nothing left
    (the fingerprint cache's .tmp was left behind when its write failed)."""
    home = tmp_path / "home"
    if how == "tmpfs" and not _small_disk(home, 1, mounts):  # one page: the index folder fits, no index does
        pytest.skip("a small tmpfs needs root and mount(8); the file-size-limit case covers the same")
    preexec = _file_size_limit(0) if how == "file-size-limit" else None
    for _ in range(2):  # and the second run is not blocked by anything the first left
        r = _run_limited(["geocode", "Damascus"], str(home), preexec, timeout=120)
        _one_error_line(r, home / "index")
        left = sorted(p.name for p in (home / "index").iterdir()) if (home / "index").is_dir() else []
        assert not [n for n in left if n.endswith(".tmp") or n == INDEX_NAME], left


def test_disk_full_during_the_build_keeps_the_previous_index(home, tmp_path, mounts):
    """The disk fills up while a rebuild writes: the previous index stays in use, no .tmp is left, then a
    normal run answers as before. On a real small file system (tmpfs) when root, else a file-size limit."""
    index = Path(home) / "index" / INDEX_NAME
    mine = tmp_path / "home"
    size = index.stat().st_size
    how = _small_disk(mine, size + 6 * 1024**2, mounts)
    (mine / "index").mkdir(parents=True)
    shutil.copyfile(index, mine / "index" / INDEX_NAME)
    before = _run_limited(["geocode", "Al Bukamal"], str(mine), None).stdout
    assert b"34.45" in before
    preexec = None if how else _file_size_limit(size // 4)
    r = _run_limited(["gazetteer", "build"], str(mine), preexec)
    line = _one_error_line(r, mine / "index")
    assert "previous" in line and "kept" in line, line
    assert not list((mine / "index").glob("*.tmp"))
    after = _run_limited(["geocode", "Al Bukamal"], str(mine), None)
    assert after.returncode == 0 and after.stdout == before, after.stderr.decode()
