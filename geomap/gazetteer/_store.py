"""Safe files for the gazetteer index: the lock, temporary files, checks and one-line errors.

Every write to an index (the default one, ``user.sqlite``) happens under a lock
file beside it, into ``<name>.<pid>.tmp`` in the same folder, renamed over the
old file only when complete. A killed writer leaves at most a ``.tmp`` file,
removed by the next run that can take the lock; the old index stays usable.
Readers never write: they open the index read-only and take no lock.
"""
from __future__ import annotations

import errno
import os
import sqlite3
import stat
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from geomap.exc import GazetteerDataError
from geomap.settings import lock_timeout

_SQLITE_MAGIC = b"SQLite format 3\x00"
_HOME_FIX = "set GEOMAP_HOME to a writable folder"


def tmp_path_for(path: Path) -> Path:
    """The temporary file a writer of ``path`` fills before renaming it."""
    return path.with_name(f"{path.name}.{os.getpid()}.tmp")


def _leftovers(path: Path) -> list[Path]:
    try:
        return [p for p in path.parent.glob(f"{path.stem}.*.tmp")]
    except OSError:
        return []


def check_not_folder(path: Path, what: str) -> None:
    """Refuse an index path that is a folder or not a regular file."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return
    except NotADirectoryError:
        bad = next((p for p in path.parents if p.exists() and not p.is_dir()), path.parent)
        raise GazetteerDataError(f"{bad}: is a file, not a folder, so the gazetteer index cannot be kept under it; "
                                 f"{_HOME_FIX}") from None
    except OSError as e:
        raise GazetteerDataError(f"{path}: cannot be read ({e.strerror or e}); check its permissions "
                                 f"or {_HOME_FIX}") from None
    if stat.S_ISDIR(st.st_mode):
        raise GazetteerDataError(f"{path}: is a folder, not {what}; remove it (rm -r '{path}') and run again")
    if not stat.S_ISREG(st.st_mode):
        raise GazetteerDataError(f"{path}: is not a regular file ({what} must be one); remove it and run again")


def writable_folder(folder: Path) -> None:
    """Create ``folder`` (the index folder under the home) or say in one line why it cannot be."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        bad = next((p for p in [folder, *folder.parents] if p.exists() and not p.is_dir()), folder)
        raise GazetteerDataError(f"{bad}: is a file, not a folder, so the gazetteer index cannot be kept under "
                                 f"{folder}; {_HOME_FIX}") from None
    except OSError as e:
        raise GazetteerDataError(f"{folder}: cannot be created ({e.strerror or e}); {_HOME_FIX}") from None
    if not folder.is_dir():
        raise GazetteerDataError(f"{folder}: is not a folder; {_HOME_FIX}")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise GazetteerDataError(f"{folder}: is not writable, so the gazetteer index cannot be written there; "
                                 f"{_HOME_FIX} (or make this one writable)")


@contextmanager
def locked(path: Path, what: str = "building the gazetteer index", timeout: float | None = None) -> Iterator[None]:
    """Hold the lock of the index file ``path`` (``<stem>.lock`` beside it).

    When another process holds it, say so once on stderr and wait up to ``timeout``
    seconds (default :func:`geomap.settings.lock_timeout`); then give up in one line.
    Leftovers of killed writers are removed once the lock is held.
    """
    import fcntl

    writable_folder(path.parent)
    lock = path.with_suffix(".lock")
    check_not_folder(lock, "a lock file")
    try:
        fh = open(lock, "a")
    except OSError as e:
        raise GazetteerDataError(f"{lock}: the lock file cannot be opened ({e.strerror or e}); remove it "
                                 f"or {_HOME_FIX}") from None
    with fh:
        limit = lock_timeout() if timeout is None else timeout
        t0 = time.monotonic()
        said = False
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                pass
            except OSError as e:
                raise GazetteerDataError(f"{lock}: cannot be locked ({e.strerror or e}); {_HOME_FIX}") from None
            if not said:
                sys.stderr.write(f"waiting for another geomap process {what} (lock {lock})...\n")
                sys.stderr.flush()
                said = True
            if time.monotonic() - t0 >= limit:
                raise GazetteerDataError(
                    f"{lock}: another geomap process still holds it after {limit:.0f} s; let it finish (or stop it) "
                    "and run again, or wait longer with GEOMAP_LOCK_TIMEOUT=SECONDS")
            time.sleep(0.1)
        try:
            remove_leftovers(path)
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def remove_leftovers(path: Path) -> None:
    """Delete the temporary files killed writers of ``path`` left (call with the lock held)."""
    for p in _leftovers(path):
        try:
            p.unlink()
        except OSError:
            pass


def tidy(path: Path) -> None:
    """Remove leftovers of killed writers when the lock is free (a reader's best effort; never waits)."""
    if not _leftovers(path):
        return
    import fcntl

    try:
        with open(path.with_suffix(".lock"), "a") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return  # a writer is at work: its .tmp is not a leftover
            try:
                remove_leftovers(path)
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)
    except OSError:
        return  # a read-only home: nothing to tidy there


def write_failure(e: BaseException, target: Path, *, previous: bool, fix: str) -> GazetteerDataError:
    """One line for a failed write of ``target``: why, what is left, and the fix."""
    reason = getattr(e, "strerror", None) or str(e) or type(e).__name__
    full = isinstance(e, OSError) and e.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT) or \
        isinstance(e, sqlite3.Error) and ("full" in str(e) or "I/O" in str(e))
    kept = f"the previous {target.name} is kept and still used" if previous else f"no {target.name} was written"
    if full:
        return GazetteerDataError(f"{target}: writing failed ({reason}: the disk, or a file-size limit, is full); {kept}; "
                                  f"free space in {target.parent} (about 250 MB are needed) or {_HOME_FIX}, then {fix}")
    return GazetteerDataError(f"{target}: writing failed ({reason}); {kept}; check {target.parent} "
                              f"(permissions, free space) or {_HOME_FIX}, then {fix}")


def check_sqlite_file(path: Path, fix: str) -> None:
    """Refuse, in one line, a file that is not a whole SQLite database (empty, truncated, other)."""
    check_not_folder(path, "an SQLite index")
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as e:
        raise GazetteerDataError(f"{path}: cannot be read ({e.strerror or e}); check its permissions") from None
    if size == 0:
        raise GazetteerDataError(f"{path}: is empty (0 bytes), not an index; {fix}")
    if len(head) < 100 or not head.startswith(_SQLITE_MAGIC):
        raise GazetteerDataError(f"{path}: is not an SQLite index; {fix}")
    page = int.from_bytes(head[16:18], "big")
    page = 65536 if page == 1 else page
    pages = int.from_bytes(head[28:32], "big")
    if page and pages and size < page * pages:
        raise GazetteerDataError(f"{path}: is truncated ({size:,} of {page * pages:,} bytes); {fix}")


def recover_journal(path: Path, fix: str, *, have_lock: bool = False) -> None:
    """Roll back an unfinished write (a hot ``-journal`` left by a killed process) under the lock.

    geomap now writes through a temporary file, so only an earlier geomap leaves one.
    """
    journal = path.with_name(path.name + "-journal")
    try:
        if not journal.exists() or journal.stat().st_size == 0:
            return
    except OSError:
        return
    def rollback() -> None:
        if journal.exists():
            con = sqlite3.connect(path)
            try:
                con.execute("SELECT count(*) FROM sqlite_master").fetchone()  # rolls the journal back
            finally:
                con.close()

    try:
        if have_lock:
            rollback()
        else:
            with locked(path, "writing the gazetteer index"):
                rollback()
    except (GazetteerDataError, sqlite3.Error) as e:
        raise GazetteerDataError(f"{path}: an unfinished write ({journal.name}) cannot be rolled back ({e}); make "
                                 f"{path.parent} writable and run again, or {fix}") from None


@contextmanager
def sqlite_replacement(target: Path, *, previous: bool, fix: str, copy: bool = False) -> Iterator[sqlite3.Connection]:
    """A connection to a temporary copy of ``target`` (empty, or the current file when ``copy``) that
    replaces ``target`` by a rename when the block ends without an error.

    A failure, an interrupt or a kill leaves ``target`` as it was and no temporary file; a write error
    (disk full, read-only folder ...) becomes one :class:`GazetteerDataError` line with ``fix``
    (:func:`write_failure`; ``previous`` says whether a previous file is kept). The copy has no
    journal: a failure discards it.
    """
    import shutil

    from geomap.exc import InputFileError

    tmp = tmp_path_for(target)
    con = None
    try:
        if copy and target.exists():
            shutil.copyfile(target, tmp)
        con = sqlite3.connect(tmp)
        con.execute("PRAGMA journal_mode=OFF")
        con.execute("PRAGMA synchronous=OFF")
        yield con
        con.commit()
        con.close()
        con = None
        os.replace(tmp, target)
    except BaseException as e:
        if con is not None:
            con.close()
        tmp.unlink(missing_ok=True)
        if isinstance(e, (sqlite3.Error, OSError)) and not isinstance(e, (InputFileError, GazetteerDataError)):
            raise write_failure(e, target, previous=previous, fix=fix) from None
        raise

