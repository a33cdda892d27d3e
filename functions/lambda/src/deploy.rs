//! The checks a deploy makes twice: when the Lambda packages are built (`build.rs` compiles this
//! file into the build script) and when the dispatcher starts. They are plain functions over the
//! config, so the build, the function and the tests apply the same rules.
//!
//! - Which config a build packs: the seller's folder, or the built-in demo store only for debug
//!   builds (tests, local runs) or when [`ALLOW_DEMO_ENV`] is `1`. A release build (what
//!   `sam build` and `cargo lambda build --release` make) without a seller config fails with a
//!   message saying how to make one.
//! - Every store and campaign sender must be an address on the SES identity the stack may send
//!   from (`SenderIdentity`): SES would refuse anything else, and IAM only allows that identity.
//! - A store without `test_address` uses the stack's `TestAddress`; with neither, the dispatcher
//!   refuses to start and names the store.

use std::path::{Path, PathBuf};

use aftercare::config::{Config, CONFIG_FILE};

/// Set to `1` to let a release build pack the built-in demo store (the test suite does).
pub const ALLOW_DEMO_ENV: &str = "AFTERCARE_ALLOW_DEMO_CONFIG";

/// Points the build at a config folder other than `config/` at the workspace root.
pub const CONFIG_DIR_ENV: &str = "AFTERCARE_CONFIG_DIR";

/// Which config a build packs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigChoice {
    /// The seller's folder (holds `aftercare.toml`).
    Seller(PathBuf),
    /// The built-in demo store (`care@demo-store.example`).
    Demo,
}

/// How a build was asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BuildKind {
    /// Cargo's release profile: what `sam build` and `cargo lambda build --release` use.
    pub release: bool,
    /// [`ALLOW_DEMO_ENV`] is `1`.
    pub allow_demo: bool,
}

/// Picks the config a build packs: `explicit` (from [`CONFIG_DIR_ENV`]) must hold
/// `aftercare.toml`; otherwise `default_dir` when it holds one; otherwise the demo store, which
/// only a debug build or an explicit [`ALLOW_DEMO_ENV`] may pack.
pub fn choose_config(
    explicit: Option<&Path>,
    default_dir: &Path,
    kind: BuildKind,
) -> Result<ConfigChoice, String> {
    if let Some(dir) = explicit {
        return if dir.join(CONFIG_FILE).is_file() {
            Ok(ConfigChoice::Seller(dir.to_path_buf()))
        } else {
            Err(format!(
                "{CONFIG_DIR_ENV} is {}, but there is no {CONFIG_FILE} in it.\n{}",
                dir.display(),
                how_to_make_a_config(&dir.display().to_string())
            ))
        };
    }
    if default_dir.join(CONFIG_FILE).is_file() {
        return Ok(ConfigChoice::Seller(default_dir.to_path_buf()));
    }
    if !kind.release || kind.allow_demo {
        return Ok(ConfigChoice::Demo);
    }
    Err(format!(
        "no seller config to deploy: {} has no {CONFIG_FILE}, and a release build (sam build, \
         cargo lambda build --release) does not pack the demo store (sender \
         care@demo-store.example) unless {ALLOW_DEMO_ENV}=1.\n{}",
        default_dir.display(),
        how_to_make_a_config("config/")
    ))
}

fn how_to_make_a_config(dir: &str) -> String {
    format!(
        "Make your config (your store, marketplace, sender address and time zone), check it, and \
         build again:\n\
         \x20   aftercare init {dir} --store acme-us --name \"Acme Home\" --marketplace US \\\n\
         \x20       --sender \"Acme Home <care@acme.example>\" --zone Asia/Shanghai\n\
         \x20   aftercare lint {dir}\n\
         \x20   sam build\n\
         ({CONFIG_DIR_ENV}=DIR builds from another folder.)"
    )
}

/// The address of a sender written as `Name <address>` or as a bare address.
pub fn sender_address(sender: &str) -> &str {
    let sender = sender.trim();
    match (sender.rfind('<'), sender.rfind('>')) {
        (Some(open), Some(close)) if open < close => sender[open + 1..close].trim(),
        _ => sender,
    }
}

/// Whether SES can send from `address` with the identity `identity`: an address identity covers
/// exactly that address; a domain identity covers addresses at the domain and at its subdomains.
/// Letter case does not matter (SES identities are not case-sensitive).
pub fn on_identity(address: &str, identity: &str) -> bool {
    let address = address.trim().to_ascii_lowercase();
    let identity = identity.trim().trim_end_matches('.').to_ascii_lowercase();
    if identity.is_empty() {
        return false;
    }
    if identity.contains('@') {
        return address == identity;
    }
    let Some((local, domain)) = address.rsplit_once('@') else {
        return false;
    };
    !local.is_empty()
        && (domain == identity
            || domain
                .strip_suffix(&identity)
                .is_some_and(|head| head.ends_with('.') && head.len() > 1))
}

/// A store or campaign sender the SES identity does not cover.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OffIdentity {
    pub store: String,
    /// Set when the sender is a campaign's own `sender`.
    pub campaign: Option<String>,
    pub sender: String,
}

impl std::fmt::Display for OffIdentity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.campaign {
            None => write!(f, "store `{}`: sender `{}`", self.store, self.sender),
            Some(c) => write!(
                f,
                "store `{}`, campaign `{c}`: sender `{}`",
                self.store, self.sender
            ),
        }
    }
}

/// Every sender of `config` (each store's, and each campaign's own for the stores it runs for)
/// that `identity` does not cover.
pub fn senders_off_identity(config: &Config, identity: &str) -> Vec<OffIdentity> {
    let mut off = Vec::new();
    for store in &config.stores {
        if !on_identity(sender_address(&store.sender), identity) {
            off.push(OffIdentity {
                store: store.id.to_string(),
                campaign: None,
                sender: store.sender.clone(),
            });
        }
        for campaign in &config.campaigns {
            let Some(sender) = &campaign.sender else {
                continue;
            };
            if campaign.applies_to_store(&store.id)
                && !on_identity(sender_address(sender), identity)
            {
                off.push(OffIdentity {
                    store: store.id.to_string(),
                    campaign: Some(campaign.name.clone()),
                    sender: sender.clone(),
                });
            }
        }
    }
    off
}

/// The error for senders [`senders_off_identity`] found.
pub fn off_identity_message(off: &[OffIdentity], identity: &str) -> String {
    let mut text = format!(
        "these senders are not on the SES identity `{identity}` the stack may send from \
         (SenderIdentity), so SES would refuse their emails:"
    );
    for o in off {
        text.push_str(&format!("\n  {o}"));
    }
    text.push_str(
        "\nUse addresses at that domain (or its subdomains) in the config, or deploy with the \
         SenderIdentity that covers them (verified in SES).",
    );
    text
}

/// Gives every store without a `test_address` the stack's `TestAddress` (`fallback`). Fails
/// naming the stores that have neither, or when the fallback is not an address.
pub fn fill_test_addresses(config: &mut Config, fallback: Option<&str>) -> Result<(), String> {
    let fallback = fallback.map(str::trim).filter(|f| !f.is_empty());
    if let Some(f) = fallback {
        if !f.contains('@') {
            return Err(format!(
                "TEST_ADDRESS (the stack's TestAddress parameter) `{f}` is not an email address"
            ));
        }
    }
    let mut missing = Vec::new();
    for store in &mut config.stores {
        if !store.test_address.trim().is_empty() {
            continue;
        }
        match fallback {
            Some(f) => store.test_address = f.to_string(),
            None => missing.push(format!("`{}`", store.id)),
        }
    }
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "store {} has no test_address and the stack's TestAddress parameter is empty, so \
             campaigns in `test` status would have nowhere to send: set test_address for the \
             store in {CONFIG_FILE}, or deploy with TestAddress",
            missing.join(", ")
        ))
    }
}

/// The value of `key` in SAM's `parameter_overrides` (`Key=Value Key2="value two"`, the form
/// `sam deploy --guided` saves in `samconfig.toml`).
pub fn parameter_override(overrides: &str, key: &str) -> Option<String> {
    let mut chars = overrides.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        chars.peek()?;
        let mut name = String::new();
        while let Some(&c) = chars.peek() {
            if c == '=' || c.is_whitespace() {
                break;
            }
            name.push(c);
            chars.next();
        }
        if chars.peek() != Some(&'=') {
            continue;
        }
        chars.next();
        let mut value = String::new();
        match chars.peek() {
            Some(&q) if q == '"' || q == '\'' => {
                chars.next();
                while let Some(c) = chars.next() {
                    match c {
                        '\\' if q == '"' => {
                            if let Some(escaped) = chars.next() {
                                value.push(escaped);
                            }
                        }
                        c if c == q => break,
                        c => value.push(c),
                    }
                }
            }
            _ => {
                while let Some(&c) = chars.peek() {
                    if c.is_whitespace() {
                        break;
                    }
                    value.push(c);
                    chars.next();
                }
            }
        }
        if name == key {
            return Some(value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(stores: &str, campaigns: &str) -> Config {
        Config::from_toml(
            "aftercare.toml",
            &format!("{stores}\n{campaigns}"),
            None,
            aftercare::template::TemplateSet::builtin(),
        )
        .unwrap_or_else(|e| panic!("{e}"))
    }

    const ACME: &str = "[[store]]\nid = \"acme-us\"\nname = \"Acme\"\nmarketplace = \"US\"\nsender = \"Acme Home <care@acme.example>\"\ntest_address = \"qa@acme.example\"\n";
    const BETA: &str = "[[store]]\nid = \"beta-de\"\nname = \"Beta\"\nmarketplace = \"DE\"\nsender = \"hallo@mail.beta.example\"\n";

    #[test]
    fn a_release_build_without_a_seller_config_fails_saying_how_to_make_one() {
        let empty =
            std::env::temp_dir().join(format!("aftercare-no-config-{}", std::process::id()));
        let release = BuildKind {
            release: true,
            allow_demo: false,
        };
        let err = choose_config(None, &empty, release).unwrap_err();
        assert!(err.contains("no seller config to deploy"), "{err}");
        assert!(err.contains("aftercare init config/ --store"), "{err}");
        assert!(err.contains("--sender") && err.contains("--zone"), "{err}");
        assert!(err.contains("care@demo-store.example"), "{err}");
        assert!(err.contains(ALLOW_DEMO_ENV), "{err}");
    }

    #[test]
    fn the_demo_store_is_packed_only_by_debug_builds_or_on_request() {
        let empty =
            std::env::temp_dir().join(format!("aftercare-no-config-{}", std::process::id()));
        let debug = BuildKind {
            release: false,
            allow_demo: false,
        };
        let allowed = BuildKind {
            release: true,
            allow_demo: true,
        };
        assert_eq!(choose_config(None, &empty, debug), Ok(ConfigChoice::Demo));
        assert_eq!(choose_config(None, &empty, allowed), Ok(ConfigChoice::Demo));
    }

    #[test]
    fn a_seller_folder_wins_and_an_explicit_folder_must_hold_a_config() {
        let dir = std::env::temp_dir().join(format!("aftercare-seller-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(CONFIG_FILE), ACME).unwrap();
        let release = BuildKind {
            release: true,
            allow_demo: true,
        };
        assert_eq!(
            choose_config(None, &dir, release),
            Ok(ConfigChoice::Seller(dir.clone()))
        );
        let elsewhere = dir.join("nothing-here");
        assert_eq!(
            choose_config(Some(&dir), &elsewhere, release),
            Ok(ConfigChoice::Seller(dir.clone()))
        );
        let err = choose_config(Some(&elsewhere), &dir, release).unwrap_err();
        assert!(
            err.contains(CONFIG_DIR_ENV) && err.contains("nothing-here"),
            "{err}"
        );
        assert!(err.contains("aftercare init"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn senders_are_read_from_name_and_address() {
        assert_eq!(
            sender_address("Acme Home <care@acme.example>"),
            "care@acme.example"
        );
        assert_eq!(sender_address(" care@acme.example "), "care@acme.example");
    }

    #[test]
    fn an_address_identity_covers_that_address_only() {
        assert!(on_identity("care@acme.example", "care@acme.example"));
        assert!(on_identity("Care@Acme.Example", "care@acme.example"));
        assert!(!on_identity("sales@acme.example", "care@acme.example"));
        assert!(!on_identity("care@mail.acme.example", "care@acme.example"));
    }

    #[test]
    fn a_domain_identity_covers_its_domain_and_subdomains_only() {
        assert!(on_identity("care@acme.example", "acme.example"));
        assert!(on_identity("care@ACME.example", "acme.example."));
        assert!(on_identity("care@mail.acme.example", "acme.example"));
        assert!(!on_identity("care@notacme.example", "acme.example"));
        assert!(!on_identity("care@acme.example.evil", "acme.example"));
        assert!(!on_identity("care@example", "acme.example"));
        assert!(!on_identity("@acme.example", "acme.example"));
        assert!(!on_identity("care@acme.example", ""));
        assert!(!on_identity("not-an-address", "acme.example"));
    }

    #[test]
    fn every_store_and_campaign_sender_off_the_identity_is_named() {
        let campaigns = "[[campaign]]\nname = \"follow-up\"\nkind = \"follow_up\"\nsender = \"Acme <news@other.example>\"\nstores = [\"acme-us\"]\n";
        let cfg = config(&format!("{ACME}\n{BETA}"), campaigns);
        assert_eq!(
            senders_off_identity(&cfg, "acme.example"),
            vec![
                OffIdentity {
                    store: "acme-us".into(),
                    campaign: Some("follow-up".into()),
                    sender: "Acme <news@other.example>".into(),
                },
                OffIdentity {
                    store: "beta-de".into(),
                    campaign: None,
                    sender: "hallo@mail.beta.example".into(),
                },
            ]
        );
        let off = senders_off_identity(&cfg, "beta.example");
        let message = off_identity_message(&off, "beta.example");
        assert!(message.contains("store `acme-us`: sender `Acme Home <care@acme.example>`"));
        assert!(message.contains("campaign `follow-up`"));
        assert!(!message.contains("beta-de"), "{message}");
        let cfg = config(ACME, "");
        assert!(senders_off_identity(&cfg, "care@acme.example").is_empty());
    }

    #[test]
    fn a_store_without_a_test_address_takes_the_stacks_or_is_refused_by_name() {
        let mut cfg = config(&format!("{ACME}\n{BETA}"), "");
        let err = fill_test_addresses(&mut cfg.clone(), None).unwrap_err();
        assert!(err.contains("store `beta-de` has no test_address"), "{err}");
        assert!(!err.contains("acme-us"), "{err}");
        assert!(fill_test_addresses(&mut cfg.clone(), Some("  ")).is_err());
        let bad = fill_test_addresses(&mut cfg.clone(), Some("nobody")).unwrap_err();
        assert!(bad.contains("`nobody` is not an email address"), "{bad}");
        fill_test_addresses(&mut cfg, Some("ops@beta.example")).unwrap();
        let addresses: Vec<&str> = cfg.stores.iter().map(|s| s.test_address.as_str()).collect();
        assert_eq!(addresses, ["qa@acme.example", "ops@beta.example"]);
    }

    #[test]
    fn parameter_overrides_are_read_as_sam_writes_them() {
        let saved = r#"Stage="prod" SenderIdentity="shop.example.com" TestAddress="" AlarmEmail=ops@shop.example Note="a \"b\" c""#;
        assert_eq!(
            parameter_override(saved, "SenderIdentity").as_deref(),
            Some("shop.example.com")
        );
        assert_eq!(
            parameter_override(saved, "TestAddress").as_deref(),
            Some("")
        );
        assert_eq!(
            parameter_override(saved, "AlarmEmail").as_deref(),
            Some("ops@shop.example")
        );
        assert_eq!(
            parameter_override(saved, "Note").as_deref(),
            Some("a \"b\" c")
        );
        assert_eq!(parameter_override(saved, "Identity"), None);
        assert_eq!(
            parameter_override("junk SenderIdentity='a.example'", "SenderIdentity").as_deref(),
            Some("a.example")
        );
        assert_eq!(parameter_override("", "SenderIdentity"), None);
    }
}
