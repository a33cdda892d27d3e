//! The config as `aftercare config push` publishes it: every file of the config folder in one
//! JSON document, so one S3 object version is one complete config (stores, campaigns,
//! templates, attachments). The functions unpack it into a scratch folder and load it with
//! [`Config::load_dir`], the validation and template lint the build runs on a packed config.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use base64::Engine as _;
use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

use crate::config::{Config, CONFIG_FILE};

/// The object key of the published config (the functions may read only under `config/`).
pub const CONFIG_KEY: &str = "config/aftercare-config.json";

/// The document layout this code writes and reads.
pub const FORMAT: u32 = 1;

/// Largest published config accepted (attachments included): well above a few PDF manuals,
/// well below what a function may hold in memory and /tmp.
pub const MAX_BYTES: usize = 30 * 1024 * 1024;

/// Why a folder cannot be packed or a published document cannot be used. Names the file.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum BundleError {
    #[error("{path}: {message}")]
    File { path: String, message: String },
    #[error("the published config is not a config document: {0}")]
    Document(String),
}

fn file_error(path: impl std::fmt::Display, message: impl std::fmt::Display) -> BundleError {
    BundleError::File {
        path: path.to_string(),
        message: message.to_string(),
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Document {
    format: u32,
    /// Path inside the config folder (`/`-separated) → contents, base64.
    files: BTreeMap<String, String>,
}

/// The files of one config folder, by their path inside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bundle {
    files: BTreeMap<String, Vec<u8>>,
}

impl Bundle {
    /// Every file under `dir` (the same set the build packs into the functions).
    pub fn from_dir(dir: &Path) -> Result<Bundle, BundleError> {
        let mut files = BTreeMap::new();
        collect(dir, dir, &mut files)?;
        let bundle = Bundle { files };
        bundle.check()?;
        Ok(bundle)
    }

    /// Reads a published document; refuses anything but a complete, well-formed one.
    pub fn parse(bytes: &[u8]) -> Result<Bundle, BundleError> {
        if bytes.len() > MAX_BYTES {
            return Err(BundleError::Document(format!(
                "{} bytes, more than the {MAX_BYTES} accepted",
                bytes.len()
            )));
        }
        let doc: Document = serde_json::from_slice(bytes).map_err(|e| {
            BundleError::Document(format!("line {}, column {}: {e}", e.line(), e.column()))
        })?;
        if doc.format != FORMAT {
            return Err(BundleError::Document(format!(
                "format {} (this build reads format {FORMAT})",
                doc.format
            )));
        }
        let mut files = BTreeMap::new();
        for (path, data) in doc.files {
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(data.as_bytes())
                .map_err(|e| file_error(&path, format!("not base64: {e}")))?;
            files.insert(path, bytes);
        }
        let bundle = Bundle { files };
        bundle.check()?;
        Ok(bundle)
    }

    /// The document to publish.
    pub fn to_bytes(&self) -> Vec<u8> {
        let doc = Document {
            format: FORMAT,
            files: self
                .files
                .iter()
                .map(|(p, b)| {
                    (
                        p.clone(),
                        base64::engine::general_purpose::STANDARD.encode(b),
                    )
                })
                .collect(),
        };
        serde_json::to_vec(&doc).unwrap_or_default()
    }

    /// The paths of its files.
    pub fn paths(&self) -> impl Iterator<Item = &str> {
        self.files.keys().map(String::as_str)
    }

    /// Every path stays inside the folder and the config file is there.
    fn check(&self) -> Result<(), BundleError> {
        for path in self.files.keys() {
            let p = Path::new(path);
            let inside = !path.is_empty()
                && !path.contains('\\')
                && p.components().all(|c| matches!(c, Component::Normal(_)));
            if !inside {
                return Err(file_error(path, "path leaves the config folder"));
            }
        }
        if !self.files.contains_key(CONFIG_FILE) {
            return Err(BundleError::Document(format!("no {CONFIG_FILE}")));
        }
        let total: usize = self.files.values().map(Vec::len).sum();
        if total > MAX_BYTES {
            return Err(BundleError::Document(format!(
                "{total} bytes of files, more than the {MAX_BYTES} accepted"
            )));
        }
        Ok(())
    }

    /// Writes the files into `dir`, which must not exist yet (a scratch folder per version, so
    /// a half-written folder is never loaded as another version).
    pub fn unpack(&self, dir: &Path) -> Result<(), BundleError> {
        std::fs::create_dir_all(dir).map_err(|e| file_error(dir.display(), e))?;
        for (rel, bytes) in &self.files {
            let path: PathBuf = dir.join(rel);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).map_err(|e| file_error(parent.display(), e))?;
            }
            std::fs::write(&path, bytes).map_err(|e| file_error(path.display(), e))?;
        }
        Ok(())
    }

    /// Unpacks into `dir` and loads it with every check the build makes: validation and the
    /// template lint. Errors name the file inside the config folder, line and rule.
    pub fn load(&self, dir: &Path) -> Result<Config, String> {
        self.load_with(dir, Config::load_dir)
    }

    /// Like [`Bundle::load`] without the template lint, for bytes this same build already
    /// linted (a function's record says so): every other check still runs.
    pub fn load_linted_before(&self, dir: &Path) -> Result<Config, String> {
        self.load_with(dir, Config::load_dir_prelinted)
    }

    fn load_with(
        &self,
        dir: &Path,
        load: impl Fn(&Path) -> Result<Config, crate::config::ConfigError>,
    ) -> Result<Config, String> {
        if dir.exists() {
            std::fs::remove_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        self.unpack(dir).map_err(|e| e.to_string())?;
        let prefix = format!("{}/", dir.display());
        load(dir).map_err(|e| e.to_string().replace(&prefix, ""))
    }
}

/// The table item recording which config a function runs: partition key (`pk`) of every such
/// item; the sort key (`sk`) is the function's name. Written by the function after each load,
/// read by `aftercare config status`, and by the function at a cold start after a refused push
/// (the version it last loaded is its last good one).
pub const RUNNING_PK: &str = "CONFIG#running";
/// Attributes of a running item (all S).
pub const ATTR_VERSION_ID: &str = "version_id";
pub const ATTR_DIGEST: &str = "digest";
pub const ATTR_LOADED_AT: &str = "loaded_at";
/// `published` (from the bucket) or `packed` (built into the function).
pub const ATTR_SOURCE: &str = "source";
/// The id of the function build whose checks (validation and template lint) passed the bytes
/// of `digest`: a cold start of the same build loads them without linting again.
pub const ATTR_CHECKED_BY: &str = "checked_by";

/// Which config a function runs, as recorded in the table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Running {
    pub function: String,
    /// S3 version id; empty for the packed config.
    pub version_id: String,
    pub digest: String,
    pub loaded_at: String,
    pub source: String,
}

/// `source` of a config loaded from the bucket.
pub const SOURCE_PUBLISHED: &str = "published";
/// `source` of the config built into the function.
pub const SOURCE_PACKED: &str = "packed";

/// The SHA-256 of a published document, hex: the same bytes give the same digest whatever
/// version id S3 gave them.
pub fn digest(bytes: &[u8]) -> String {
    crate::order::to_hex(&Sha256::digest(bytes))
}

/// The window groups `config` plans into that `scheduled` (the dispatcher schedules of the
/// deployed template) does not serve: a send there would never leave.
pub fn unscheduled_groups(config: &Config, scheduled: &[&str]) -> Vec<String> {
    crate::window::required_window_groups(config)
        .into_iter()
        .filter(|g| !scheduled.contains(&g.as_str()))
        .collect()
}

fn collect(
    root: &Path,
    dir: &Path,
    out: &mut BTreeMap<String, Vec<u8>>,
) -> Result<(), BundleError> {
    let entries = std::fs::read_dir(dir).map_err(|e| file_error(dir.display(), e))?;
    let mut paths = Vec::new();
    for entry in entries {
        paths.push(entry.map_err(|e| file_error(dir.display(), e))?.path());
    }
    paths.sort();
    for path in paths {
        if path.is_dir() {
            collect(root, &path, out)?;
            continue;
        }
        let rel = path
            .strip_prefix(root)
            .map_err(|e| file_error(path.display(), e))?
            .to_string_lossy()
            .replace('\\', "/");
        let bytes = std::fs::read(&path).map_err(|e| file_error(path.display(), e))?;
        out.insert(rel, bytes);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (rel, text) in files {
            let path = dir.path().join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        dir
    }

    const STORE: &str = "[[store]]\nid = \"acme-us\"\nname = \"Acme\"\nmarketplace = \"US\"\nsender = \"Acme <care@acme.example>\"\ntest_address = \"qa@acme.example\"\n";

    #[test]
    fn a_folder_round_trips_through_the_document_and_loads() {
        let src = folder(&[(CONFIG_FILE, STORE), ("manuals/lamp.pdf", "%PDF-1.4 bytes")]);
        let bundle = Bundle::from_dir(src.path()).unwrap();
        let bytes = bundle.to_bytes();
        let back = Bundle::parse(&bytes).unwrap();
        assert_eq!(back, bundle);
        assert_eq!(
            back.paths().collect::<Vec<_>>(),
            ["aftercare.toml", "manuals/lamp.pdf"]
        );
        assert_eq!(digest(&bytes), digest(&back.to_bytes()));
        let scratch = tempfile::tempdir().unwrap();
        let config = back.load(&scratch.path().join("v1")).unwrap();
        assert_eq!(config.stores[0].name, "Acme");
        assert_eq!(
            std::fs::read(scratch.path().join("v1/manuals/lamp.pdf")).unwrap(),
            b"%PDF-1.4 bytes"
        );
    }

    #[test]
    fn a_document_that_escapes_the_folder_or_lacks_the_config_is_refused() {
        let escape = br#"{"format":1,"files":{"aftercare.toml":"","../../etc/x":"eA=="}}"#;
        assert!(matches!(
            Bundle::parse(escape),
            Err(BundleError::File { path, .. }) if path == "../../etc/x"
        ));
        let absolute = br#"{"format":1,"files":{"aftercare.toml":"","/etc/x":"eA=="}}"#;
        assert!(Bundle::parse(absolute).is_err());
        let no_config = br#"{"format":1,"files":{"templates/a.toml":"eA=="}}"#;
        assert_eq!(
            Bundle::parse(no_config).unwrap_err().to_string(),
            "the published config is not a config document: no aftercare.toml"
        );
        let other_format = br#"{"format":2,"files":{}}"#;
        assert!(Bundle::parse(other_format)
            .unwrap_err()
            .to_string()
            .contains("format 2"));
        let not_json = b"[[store]]";
        assert!(Bundle::parse(not_json)
            .unwrap_err()
            .to_string()
            .contains("line 1"));
    }

    #[test]
    fn loading_names_the_file_inside_the_folder_not_the_scratch_path() {
        let src = folder(&[(CONFIG_FILE, "[[store]]\nid = \"acme-us\"\n")]);
        let bundle = Bundle::from_dir(src.path()).unwrap();
        let scratch = tempfile::tempdir().unwrap();
        let err = bundle.load(&scratch.path().join("v2")).unwrap_err();
        assert!(err.contains("aftercare.toml"), "{err}");
        assert!(
            !err.contains(&scratch.path().display().to_string()),
            "{err}"
        );
    }
}
