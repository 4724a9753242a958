"""The gazetteer index under hostile conditions: kill -9 mid-write, broken homes, full disks, locks.

Every case runs the real CLI in a subprocess with its own ``GEOMAP_HOME`` and a time limit.
"""
from __future__ import annotations

import fcntl
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geomap.gazetteer.index import SCHEMA_VERSION, ensure_index, sources_fingerprint

ROOT = Path(__file__).resolve().parents[2]
ROW = ("9999001\tWadi Xqzvvt\tWadi Xqzvvt\tXqzvvt Valley\t33.5\t35.7\tH\tWAD\tLB\t\t08\t\t\t\t0\t\t900"
       "\tAsia/Beirut\t2024-01-01")
INDEX = f"gazetteer-v{SCHEMA_VERSION}.sqlite"


def _env(home: Path | str, **extra: str) -> dict:
    env = dict(os.environ, GEOMAP_HOME=str(home), PYTHONPATH=str(ROOT))
    env.update(extra)
    return env


def _geomap(home, *args, timeout=120, preexec_fn=None, **extra) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geomap", *args], env=_env(home, **extra), capture_output=True,
                          text=True, timeout=timeout, preexec_fn=preexec_fn, cwd=ROOT)


def _fails_in_one_line(r: subprocess.CompletedProcess, needle: str) -> str:
    assert r.returncode == 1, (r.stdout, r.stderr)
    assert "Traceback" not in r.stdout + r.stderr
    lines = [line for line in r.stderr.splitlines() if line.startswith("geomap: error:")]
    assert len(lines) == 1, r.stderr
    assert needle in lines[0], lines[0]
    return lines[0]


@pytest.fixture(scope="module")
def good_index() -> Path:
    return ensure_index(progress=False)


@pytest.fixture
def home(tmp_path, good_index) -> Path:
    """A fresh home that already holds a good index."""
    h = tmp_path / "home"
    (h / "index").mkdir(parents=True)
    shutil.copyfile(good_index, h / "index" / INDEX)
    return h


def _coordinates(r: subprocess.CompletedProcess) -> str:
    assert r.returncode == 0, r.stderr
    return r.stdout.split("\t")[1]


def _kill_when(proc: subprocess.Popen, folder: Path, pattern: str, at_least: float = 1.0) -> None:
    t0 = time.monotonic()
    while time.monotonic() - t0 < 60:
        if list(folder.glob(pattern)) and time.monotonic() - t0 >= at_least or proc.poll() is not None:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the process ended before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)


def test_killed_build_leaves_the_index_usable(home):
    before = _coordinates(_geomap(home, "geocode", "Al Bukamal"))
    proc = subprocess.Popen([sys.executable, "-m", "geomap", "gazetteer", "build"], env=_env(home),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    _kill_when(proc, home / "index", "*.tmp")
    assert list((home / "index").glob("*.tmp")), "the build wrote no temporary file"
    after = _geomap(home, "geocode", "Al Bukamal")
    assert _coordinates(after) == before and "Traceback" not in after.stderr
    assert not list((home / "index").glob("*.tmp"))


def test_killed_add_leaves_the_user_index_usable(home, tmp_path):
    dump = tmp_path / "XX.txt"
    dump.write_text(ROW + "\n", encoding="utf-8")
    assert _geomap(home, "gazetteer", "add", "--quiet", str(dump)).returncode == 0
    before = _coordinates(_geomap(home, "geocode", "Xqzvvt Valley"))
    big = tmp_path / "YY.txt"  # long enough to be killed mid-write
    with big.open("w", encoding="utf-8") as f:
        for i in range(400_000):
            f.write(ROW.replace("9999001", str(8000000 + i)).replace("Xqzvvt", f"Qq{i}") + "\n")
    proc = subprocess.Popen([sys.executable, "-m", "geomap", "gazetteer", "add", "--quiet", str(big)], env=_env(home),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    _kill_when(proc, home / "index", "user.sqlite.*.tmp")
    assert not (home / "index" / "user.sqlite-journal").exists()
    r = _geomap(home, "geocode", "Xqzvvt Valley")
    assert _coordinates(r) == before and "Traceback" not in r.stderr
    assert _coordinates(_geomap(home, "geocode", "Al Bukamal")) == "34.45226, 40.91854"
    assert not list((home / "index").glob("*.tmp"))


def test_hot_journal_of_an_earlier_geomap_is_rolled_back(home):
    user = home / "index" / "user.sqlite"
    con = sqlite3.connect(user)
    con.executescript("CREATE TABLE places (id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, cc TEXT, admin1 TEXT,"
                      " fcode TEXT, pop INTEGER, lon REAL, lat REAL, source TEXT, rank_pop INTEGER, seat_id INTEGER);"
                      "CREATE TABLE aliases (key TEXT, id INTEGER, alias TEXT, kind INTEGER, loose TEXT DEFAULT '',"
                      " PRIMARY KEY (key, id)) WITHOUT ROWID; CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);")
    con.close()
    # a writer killed mid-transaction: the journal holds the old pages, the file the half-written ones
    code = (f"import sqlite3, os; c = sqlite3.connect({str(user)!r}); c.execute('PRAGMA cache_size=1');"
            "c.execute('BEGIN');"
            "c.executemany('INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)',"
            " [(i, i, 'x'*200, 'LB', '', 'PPL', 0, 35.0, 33.0, 'u', 0, None) for i in range(5000)]);"
            "os.kill(os.getpid(), 9)")
    subprocess.run([sys.executable, "-c", code], timeout=60)
    assert (home / "index" / "user.sqlite-journal").exists()
    r = _geomap(home, "geocode", "Al Bukamal")
    assert _coordinates(r) == "34.45226, 40.91854" and "Traceback" not in r.stderr
    assert not (home / "index" / "user.sqlite-journal").exists()


def test_lock_wait_is_said_once_and_times_out(home):
    (home / "index" / INDEX).unlink()  # so the next command has to build
    with open(home / "index" / f"gazetteer-v{SCHEMA_VERSION}.lock", "a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        r = _geomap(home, "geocode", "Al Bukamal", GEOMAP_LOCK_TIMEOUT="1")
    assert r.stderr.count("waiting for another geomap process building the gazetteer index (lock ") == 1
    _fails_in_one_line(r, f"gazetteer-v{SCHEMA_VERSION}.lock")
    assert "GEOMAP_LOCK_TIMEOUT" in r.stderr


def _read_only(folder: Path, mounted: list) -> Path:
    """Make ``folder`` read-only for geomap: chmod, and for root (who ignores modes) a read-only bind mount."""
    for p in [*folder.rglob("*"), folder]:
        p.chmod(0o555 if p.is_dir() else 0o444)
    if os.getuid() != 0:
        return folder
    view = folder.with_name(folder.name + "-ro")
    view.mkdir()
    for cmd in (["mount", "--bind", str(folder), str(view)], ["mount", "-o", "remount,ro,bind", str(view)]):
        if subprocess.run(cmd, capture_output=True, timeout=30).returncode != 0:
            pytest.skip("root cannot make a read-only folder here (no bind mounts)")
        mounted.append(view) if cmd[1] == "--bind" else None
    return view


@pytest.fixture
def mounted():
    views: list[Path] = []
    yield views
    for v in views:
        subprocess.run(["umount", str(v)], capture_output=True, timeout=30)


def test_read_only_home_with_an_index_reads(tmp_path, good_index, mounted):
    home = tmp_path / "home"
    (home / "index").mkdir(parents=True)
    shutil.copyfile(good_index, home / "index" / INDEX)
    ro = _read_only(home, mounted)
    r = _geomap(ro, "geocode", "Al Bukamal")
    assert _coordinates(r) == "34.45226, 40.91854" and "Traceback" not in r.stderr


def test_empty_read_only_home(tmp_path, mounted):
    home = tmp_path / "home"
    home.mkdir()
    ro = _read_only(home, mounted)
    line = _fails_in_one_line(_geomap(ro, "geocode", "Al Bukamal"), str(ro))
    assert "GEOMAP_HOME" in line


@pytest.mark.parametrize("make", ["file", "devnull"])
def test_home_that_is_not_a_folder(tmp_path, make):
    home = tmp_path / "home-file"
    if make == "file":
        home.write_text("not a folder\n")
    else:
        home = Path("/dev/null")
    line = _fails_in_one_line(_geomap(home, "geocode", "Al Bukamal"), str(home))
    assert "GEOMAP_HOME" in line


@pytest.mark.parametrize("name", [INDEX, f"gazetteer-v{SCHEMA_VERSION}.lock", "user.sqlite"])
def test_index_or_lock_that_is_a_folder(home, name):
    target = home / "index" / name
    if target.exists():
        target.unlink()
    target.mkdir()
    (target / "x").write_text("x")  # not an empty folder either
    args = ("gazetteer", "build") if name.endswith(".lock") else ("geocode", "Al Bukamal")
    line = _fails_in_one_line(_geomap(home, *args), str(target))
    assert "is a folder" in line


@pytest.mark.parametrize("damage", ["empty", "truncated", "tableless", "garbage"])
def test_broken_user_index(home, tmp_path, damage):
    user = home / "index" / "user.sqlite"
    dump = tmp_path / "XX.txt"
    dump.write_text(ROW + "\n", encoding="utf-8")
    assert _geomap(home, "gazetteer", "add", "--quiet", str(dump)).returncode == 0
    if damage == "empty":
        user.write_bytes(b"")
    elif damage == "truncated":
        user.write_bytes(user.read_bytes()[:5000])
    elif damage == "tableless":
        user.unlink()
        sqlite3.connect(user).execute("CREATE TABLE other (x)").connection.commit()
    else:
        user.write_bytes(b"not sqlite at all\n" * 100)
    line = _fails_in_one_line(_geomap(home, "geocode", "Al Bukamal"), str(user))
    assert "gazetteer add" in line
    user.unlink()  # the fix the message gives works
    assert _coordinates(_geomap(home, "geocode", "Al Bukamal")) == "34.45226, 40.91854"


@pytest.mark.parametrize("row", [("counts", "{not json"), ("counts", '{"places": "many"}'), ("fingerprint", "x")])
def test_corrupt_metadata_row(home, good_index, row):
    index = home / "index" / INDEX
    con = sqlite3.connect(index)
    con.execute("UPDATE meta SET v=? WHERE k=?", (row[1], row[0]))
    con.commit()
    con.close()
    if row[0] == "fingerprint":  # a damaged fingerprint: the index is rebuilt, not trusted
        from geomap.gazetteer.index import _fingerprint_of

        assert _fingerprint_of(index) == "x" != sources_fingerprint()
        return
    r = _geomap(home, "gazetteer", "info")
    assert r.returncode == 0 and "Traceback" not in r.stderr and "places:" in r.stdout


def _limit_file_size():
    resource.setrlimit(resource.RLIMIT_FSIZE, (20 * 1024**2, 20 * 1024**2))


def test_full_disk_during_build_keeps_the_previous_index(home):
    r = _geomap(home, "gazetteer", "build", timeout=180, preexec_fn=_limit_file_size)
    line = _fails_in_one_line(r, str(home / "index" / INDEX))
    assert "full" in line and "previous" in line
    assert not list((home / "index").glob("*.tmp"))
    assert _coordinates(_geomap(home, "geocode", "Al Bukamal")) == "34.45226, 40.91854"


def test_fingerprint_is_content_not_mtime(tmp_path, monkeypatch):
    import geomap.gazetteer.index as index

    src = tmp_path / "src"
    src.mkdir()
    files = []
    for f in index._source_files():
        copy = src / f"{len(files)}-{f.name}"
        if f.stat().st_size < 5_000_000:
            shutil.copyfile(f, copy)
        else:
            copy.symlink_to(f)  # the big file is only read
        files.append(copy)
    monkeypatch.setattr(index, "_source_files", lambda: list(files))
    cache = tmp_path / "cache.json"
    first = sources_fingerprint(cache)
    assert cache.exists()
    small = next(f for f in files if not f.is_symlink())
    os.utime(small, (1, 1))  # a reinstall: same bytes, new times
    assert sources_fingerprint(cache) == first
    assert sources_fingerprint(None) == first
    small.write_bytes(small.read_bytes() + b"\n")
    os.utime(small, (1, 1))
    assert sources_fingerprint(cache) != first
