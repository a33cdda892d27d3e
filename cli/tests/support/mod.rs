//! Helpers shared by the CLI tests: the built binary, a running `serve`, and
//! signed HTTP requests to it.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures")
}

pub fn bin() -> PathBuf {
    assert_cmd::cargo::cargo_bin("aftercare")
}

pub fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// `aftercare serve` on a free port; stderr is collected line by line. Killed when dropped.
pub struct Served {
    child: Child,
    pub addr: String,
    stderr: Arc<Mutex<Vec<String>>>,
}

impl Served {
    pub fn start(config: &Path, state: &Path, tick_secs: u64) -> Served {
        let mut child = Command::new(bin())
            .args(["serve", "--listen", "127.0.0.1:0", "--tick"])
            .arg(tick_secs.to_string())
            .arg("--config")
            .arg(config)
            .arg("--state")
            .arg(state)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut first = String::new();
        stdout.read_line(&mut first).unwrap();
        // Keep reading both pipes so the server never blocks on a full one.
        std::thread::spawn(move || {
            let mut sink = String::new();
            while stdout.read_line(&mut sink).is_ok_and(|n| n > 0) {
                sink.clear();
            }
        });
        let stderr = Arc::new(Mutex::new(Vec::new()));
        let lines = stderr.clone();
        let pipe = BufReader::new(child.stderr.take().unwrap());
        std::thread::spawn(move || {
            for line in pipe.lines().map_while(Result::ok) {
                lines.lock().unwrap().push(line);
            }
        });
        let addr = first
            .split("http://")
            .nth(1)
            .and_then(|s| s.split('/').next())
            .unwrap_or_else(|| panic!("no address in {first:?}"))
            .to_string();
        Served {
            child,
            addr,
            stderr,
        }
    }

    pub fn stderr(&self) -> Vec<String> {
        self.stderr.lock().unwrap().clone()
    }

    /// Waits (up to 20 s) for a stderr line that `pred` accepts.
    pub fn wait_for_stderr(&self, pred: impl Fn(&str) -> bool) -> Option<String> {
        for _ in 0..200 {
            if let Some(line) = self.stderr().into_iter().find(|l| pred(l)) {
                return Some(line);
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        None
    }

    /// Posts `body` signed for `store` with `secret`; returns (status, body).
    pub fn post_signed(&self, store: &str, secret: &str, body: &[u8]) -> (u16, String) {
        let key = aftercare::signature::WebhookSecret::new(secret).unwrap();
        let now = unix_now();
        let signature = aftercare::signature::sign(&key, now, body);
        let now = now.to_string();
        http(
            &self.addr,
            "POST",
            "/webhook",
            &[
                ("X-Aftercare-Store", store),
                ("X-Aftercare-Timestamp", &now),
                ("X-Aftercare-Signature", &signature),
            ],
            body,
        )
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One HTTP/1.1 request; returns (status, body).
pub fn http(
    addr: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> (u16, String) {
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    let extra: String = headers
        .iter()
        .map(|(k, v)| format!("{k}: {v}\r\n"))
        .collect();
    write!(stream, "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\n{extra}Content-Length: {}\r\nConnection: close\r\n\r\n", body.len()).unwrap();
    let _ = stream.write_all(body);
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response);
    let text = String::from_utf8_lossy(&response).into_owned();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}
