"""The station's history: every saved or printed estimate, with the person it was for.

All storage is behind this one module (a station may later move the file to a shared drive).
SQLite in the user data folder; the schema has a version (`PRAGMA user_version`) and
migrations; each save is one transaction, so a kill mid-save loses at most that save. A file
that cannot be opened as a database is moved aside and a new one started, with a message.

A person is a label the clerk chooses; ID-card and phone numbers are refused (no personal
identifiers are kept).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from .messages import Msg, msg

FILE_NAME = "history.sqlite3"
MAX_LABEL = 40
# 18-character resident ID number (17 digits and a digit or X), mainland mobile numbers.
_ID_NUMBER = re.compile(r"\d{17}[\dXx]")
_PHONE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")

# Each entry brings the database from version i to i + 1.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        label TEXT NOT NULL UNIQUE,
        created TEXT NOT NULL
    );
    CREATE TABLE estimates (
        id INTEGER PRIMARY KEY,
        saved_at TEXT NOT NULL,
        action TEXT NOT NULL,
        person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
        region TEXT NOT NULL,
        region_name TEXT NOT NULL,
        visit_date TEXT NOT NULL,
        scheme TEXT NOT NULL,
        category TEXT NOT NULL,
        total TEXT NOT NULL,
        reimbursed TEXT NOT NULL,
        personal TEXT NOT NULL,
        case_toml TEXT NOT NULL
    );
    CREATE INDEX estimates_by_person ON estimates(person_id, saved_at);
    """,
]
ACTIONS = ("saved", "printed", "pdf", "kept")


class HistoryError(Exception):
    """A label or record the history refuses; carries a message for the user."""

    def __init__(self, message: Msg):
        super().__init__(message.id)
        self.message = message


@dataclass(frozen=True)
class Entry:
    id: int
    saved_at: str
    action: str
    person: str
    region: str
    region_name: str
    visit_date: str
    scheme: str
    category: str
    total: Decimal
    reimbursed: Decimal
    personal: Decimal
    case_toml: str


def default_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("benefitcalc", appauthor=False)) / FILE_NAME


def check_label(label: str) -> str:
    """The label as kept (trimmed), or HistoryError saying why it cannot be kept."""
    text = " ".join(label.split())
    if not text:
        raise HistoryError(msg("history.label_empty"))
    if len(text) > MAX_LABEL:
        raise HistoryError(msg("history.label_long", limit=MAX_LABEL))
    compact = re.sub(r"[\s-]", "", text)
    if _ID_NUMBER.search(compact) or _PHONE.search(compact):
        raise HistoryError(msg("history.label_identifier"))
    return text


class History:
    """One history database. Use `History.open()`; close it with `close()`."""

    def __init__(self, connection: sqlite3.Connection, path: Path):
        self._db = connection
        self.path = path

    @classmethod
    def open(cls, path: Path | None = None) -> tuple["History", Msg | None]:
        """Open (or create) the history; a broken file is moved aside and the message says where."""
        path = Path(path) if path is not None else default_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return cls(_connect(path), path), None
        except sqlite3.DatabaseError as exc:
            aside = path.with_name(f"{path.stem}-broken-{datetime.now():%Y%m%d-%H%M%S}{path.suffix}")
            path.replace(aside)
            for suffix in ("-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            return cls(_connect(path), path), msg("history.moved_aside", file=str(aside), what=str(exc))

    def close(self) -> None:
        self._db.close()

    def people(self) -> list[str]:
        return [row[0] for row in self._db.execute("SELECT label FROM people ORDER BY label")]

    def record(self, *, action: str, person: str, case_toml: str, region: str, region_name: str,
               visit_date: str, scheme: str, category: str, total: Decimal, reimbursed: Decimal,
               personal: Decimal) -> int:
        """Keep one estimate (one transaction); `person` may be "" for no one in particular."""
        if action not in ACTIONS:
            raise ValueError(f"unknown action {action!r}")
        label = check_label(person) if person.strip() else ""
        now = datetime.now().isoformat(timespec="seconds")
        with self._db:
            person_id = None
            if label:
                self._db.execute("INSERT OR IGNORE INTO people(label, created) VALUES (?, ?)", (label, now))
                person_id = self._db.execute("SELECT id FROM people WHERE label = ?", (label,)).fetchone()[0]
            cursor = self._db.execute(
                "INSERT INTO estimates(saved_at, action, person_id, region, region_name, visit_date, scheme,"
                " category, total, reimbursed, personal, case_toml) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (now, action, person_id, region, region_name, visit_date, scheme, category,
                 str(total), str(reimbursed), str(personal), case_toml),
            )
        return int(cursor.lastrowid)

    def entries(self, person: str | None = None, limit: int = 10_000) -> list[Entry]:
        """Newest first; only one person's when `person` is given ("" = no person)."""
        query = (
            "SELECT e.id, e.saved_at, e.action, COALESCE(p.label, ''), e.region, e.region_name, e.visit_date,"
            " e.scheme, e.category, e.total, e.reimbursed, e.personal, e.case_toml"
            " FROM estimates e LEFT JOIN people p ON p.id = e.person_id"
        )
        args: tuple = ()
        if person is not None:
            query += " WHERE COALESCE(p.label, '') = ?"
            args = (person,)
        query += " ORDER BY e.saved_at DESC, e.id DESC LIMIT ?"
        rows = self._db.execute(query, args + (limit,)).fetchall()
        return [Entry(*row[:9], Decimal(row[9]), Decimal(row[10]), Decimal(row[11]), row[12]) for row in rows]

    def delete(self, entry_id: int) -> None:
        with self._db:
            self._db.execute("DELETE FROM estimates WHERE id = ?", (entry_id,))


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path)
    try:
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA journal_mode = WAL")  # a kill mid-write leaves the last commit intact
        db.execute("PRAGMA synchronous = FULL")
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            db.close()
            raise HistoryError(msg("history.newer", file=str(path), version=version))
        for number in range(version, len(MIGRATIONS)):  # each migration is one transaction
            db.executescript("BEGIN;" + MIGRATIONS[number] + f"PRAGMA user_version = {number + 1};COMMIT;")
        ok = db.execute("PRAGMA quick_check").fetchone()[0]
        if ok != "ok":
            raise sqlite3.DatabaseError(ok)
    except sqlite3.DatabaseError:
        db.close()
        raise
    return db
