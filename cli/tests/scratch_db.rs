//! Which databases give up durability: `serve`'s is kept and stays on a write-ahead log; a
//! `simulate` run's is thrown away and pays for no journal file, yet is whole when it ends.

mod support;

use std::path::Path;
use std::process::Command;

use support::{bin, fixtures, Served};

/// The journal mode an SQLite file's header records: 2 for a write-ahead log, 1 for a rollback
/// journal (bytes 18 and 19, the file format's write and read versions).
fn header_journal(db: &Path) -> (u8, u8) {
    let bytes = std::fs::read(db).unwrap();
    assert_eq!(
        &bytes[..16],
        b"SQLite format 3\0",
        "{} is not a database",
        db.display()
    );
    (bytes[18], bytes[19])
}

#[test]
fn serve_keeps_its_database_on_a_write_ahead_log() {
    let dir = tempfile::tempdir().unwrap();
    let served = Served::start(&fixtures().join("config-acme"), dir.path(), 3600);
    assert_eq!(header_journal(&dir.path().join("aftercare.db")), (2, 2));
    drop(served);
}

#[test]
fn a_simulation_database_has_no_journal_file_and_reads_back_whole() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(bin())
        .args(["simulate", "--until", "2026-12-31T00:00:00Z", "--config"])
        .arg(fixtures().join("config-acme"))
        .arg("--events")
        .arg(fixtures().join("events/acme.jsonl"))
        .arg("--state")
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let db = dir.path().join("aftercare.db");
    assert_eq!(header_journal(&db), (1, 1));
    for leftover in ["aftercare.db-wal", "aftercare.db-journal"] {
        assert!(
            !dir.path().join(leftover).exists(),
            "{leftover} left behind"
        );
    }
    let status = Command::new(bin())
        .args(["status", "--json", "--state"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let sends = String::from_utf8_lossy(&status.stdout);
    assert!(
        sends.contains("acme-us"),
        "status read nothing back: {sends}"
    );
}
