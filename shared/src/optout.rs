//! Signals that a buyer opted out or that an email's fate changed: SES sending events
//! (bounce, complaint, delivery, send) in every envelope SES uses, and Amazon's buyer opt-out relay
//! notices received through SES inbound. Pure parsing: no I/O, no clock, never panics on any input.
//!
//! Envelopes understood by [`parse_ses_events`], [`parse_ses_inbound`] and [`parse_signals`]:
//! an EventBridge event (`detail-type`, `detail`), an SNS message (`Type`, `Message`), a Lambda
//! batch (`Records[]` of `Sns`, SQS `body` or SES receipt `ses`), or the bare SES object
//! (`eventType` from configuration-set event publishing, `notificationType` from identity
//! notifications and inbound receipt notifications).
//!
//! Every error is permanent: the same payload fails the same way on retry.

use std::sync::LazyLock;

use chrono::{DateTime, Utc};
use mail_parser::{MessageParser, MimeHeaders, PartType};
use regex::Regex;
use serde_json::Value;

use crate::Marketplace;

/// SES message tag carrying Aftercare's send id (set by the dispatcher on every email).
pub const TAG_SEND_ID: &str = "send_id";
/// SES message tag carrying the store id.
pub const TAG_STORE_ID: &str = "store_id";
/// SES message tag carrying the order id (SES tag values cannot hold the `/` of a send id, so
/// the dispatcher tags store, order and campaign separately).
pub const TAG_ORDER_ID: &str = "order_id";
/// SES message tag carrying the campaign name.
pub const TAG_CAMPAIGN: &str = "campaign";

/// Envelopes nest at most SQS → SNS → SES; anything deeper is not a payload AWS produces.
const MAX_NESTING: u8 = 4;
/// Nested `message/rfc822` parts read for text (a DSN quotes the original once).
const MAX_MAIL_DEPTH: u8 = 3;

/// The Aftercare tags SES echoes back on every event of a message it sent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct MailTags {
    pub send_id: Option<String>,
    pub store_id: Option<String>,
    pub order_id: Option<String>,
    pub campaign: Option<String>,
}

/// What SES reports about one email Aftercare sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MailEvent {
    /// `permanent` is true for `Permanent` and `Undetermined` bounces (see [`is_permanent_bounce`]).
    Bounce {
        permanent: bool,
        sub_type: String,
        recipients: Vec<String>,
        tags: MailTags,
        message_id: String,
        at: DateTime<Utc>,
    },
    Complaint {
        recipients: Vec<String>,
        feedback_type: Option<String>,
        tags: MailTags,
        message_id: String,
        at: DateTime<Utc>,
    },
    Delivery {
        recipients: Vec<String>,
        tags: MailTags,
        message_id: String,
        at: DateTime<Utc>,
    },
    Send {
        tags: MailTags,
        message_id: String,
        at: DateTime<Utc>,
    },
    /// Reject, DeliveryDelay, Open, Click, Rendering Failure, Subscription, SES account events…
    /// Callers ignore these, so missing mail fields are tolerated (empty `message_id`).
    Other {
        event_type: String,
        tags: MailTags,
        message_id: String,
    },
}

impl MailEvent {
    pub fn tags(&self) -> &MailTags {
        match self {
            Self::Bounce { tags, .. }
            | Self::Complaint { tags, .. }
            | Self::Delivery { tags, .. }
            | Self::Send { tags, .. }
            | Self::Other { tags, .. } => tags,
        }
    }

    /// The SES message id (`mail.messageId`).
    pub fn message_id(&self) -> &str {
        match self {
            Self::Bounce { message_id, .. }
            | Self::Complaint { message_id, .. }
            | Self::Delivery { message_id, .. }
            | Self::Send { message_id, .. }
            | Self::Other { message_id, .. } => message_id,
        }
    }

    /// Recipients this event opts out (§1.6): those of a permanent bounce or of a complaint.
    pub fn opted_out_recipients(&self) -> &[String] {
        match self {
            Self::Bounce {
                permanent: true,
                recipients,
                ..
            }
            | Self::Complaint { recipients, .. } => recipients,
            _ => &[],
        }
    }
}

/// Why an Amazon notice says the buyer is unreachable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NoticeReason {
    /// Amazon's notice that the buyer chose not to receive unsolicited messages.
    BuyerOptedOut,
    /// A delivery-failure report (DSN) from Amazon's relay for a buyer relay address.
    RelayRejected,
}

/// One Amazon buyer opt-out notice. At least one of `order_id` and `buyer_relay` is present.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct OptOutNotice {
    /// Amazon order id, `ddd-ddddddd-ddddddd`.
    pub order_id: Option<String>,
    /// The buyer's relay address, lowercase (`…@marketplace.amazon.com`, `.co.jp`, `.de`, …).
    pub buyer_relay: Option<String>,
    pub reason: NoticeReason,
}

/// Anything the bounce handler can receive, in payload order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Signal {
    Mail(MailEvent),
    Notice(OptOutNotice),
    /// Inbound mail that is not an opt-out notice (a buyer's question, a newsletter): nothing to
    /// record, but worth one log line. `message_id` is SES's id of the received mail.
    OtherMail {
        message_id: String,
        reason: SignalError,
    },
}

/// What is wrong with a payload. Paths are JSON paths into the payload as received
/// (`detail.bounce.bounceType`, `Records[1].Sns.Message.mail.messageId`); messages never
/// contain a recipient address.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignalError {
    #[error("{}not JSON at line {line} column {column} ({reason})", at(.path))]
    NotJson {
        path: String,
        line: usize,
        column: usize,
        reason: String,
    },
    #[error("field {0} missing")]
    Missing(String),
    #[error("field {path} is {found}, expected {expected}")]
    Invalid {
        path: String,
        expected: &'static str,
        found: String,
    },
    #[error("{}unrecognised payload, expected {expected}", at(.path))]
    UnknownShape {
        path: String,
        expected: &'static str,
    },
    #[error("{}{what}", at(.path))]
    Unsupported { path: String, what: &'static str },
    #[error("not an opt-out notice: {0}")]
    NotANotice(String),
}

fn at(path: &str) -> String {
    if path.is_empty() {
        String::new()
    } else {
        format!("{path}: ")
    }
}

type Result<T> = std::result::Result<T, SignalError>;

// ---------------------------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------------------------

/// Every SES sending event in one payload (all records of a batch, in order).
/// An inbound-mail payload is an error here; use [`parse_ses_inbound`] or [`parse_signals`].
pub fn parse_ses_events(json: &str) -> Result<Vec<MailEvent>> {
    leaves(json)?
        .into_iter()
        .map(|leaf| match leaf {
            Leaf::Event {
                value,
                path,
                detail_type,
            } => mail_event(&value, &path, detail_type.as_deref()),
            Leaf::Receipt { path, .. } => Err(SignalError::Unsupported {
                path,
                what: "inbound mail (SES receipt), not a sending event; use parse_ses_inbound",
            }),
        })
        .collect()
}

/// The opt-out notices among the mails of an SES receipt-rule payload (Lambda action
/// `Records[].ses`, which carries headers only, or SNS action with the mail in `content`).
/// Mails that are not opt-out notices are skipped; [`parse_signals`] reports them instead.
pub fn parse_ses_inbound(json: &str) -> Result<Vec<OptOutNotice>> {
    let mut notices = Vec::new();
    for leaf in leaves(json)? {
        match leaf {
            Leaf::Receipt { value, path } => {
                if let Signal::Notice(n) = inbound_signal(&value, &path)? {
                    notices.push(n);
                }
            }
            Leaf::Event { path, .. } => {
                return Err(SignalError::Unsupported {
                    path,
                    what: "an SES sending event, not inbound mail; use parse_ses_events",
                })
            }
        }
    }
    Ok(notices)
}

/// Sending events and inbound notices from one payload, for a handler subscribed to both.
pub fn parse_signals(json: &str) -> Result<Vec<Signal>> {
    leaves(json)?
        .into_iter()
        .map(|leaf| match leaf {
            Leaf::Event {
                value,
                path,
                detail_type,
            } => mail_event(&value, &path, detail_type.as_deref()).map(Signal::Mail),
            Leaf::Receipt { value, path } => inbound_signal(&value, &path),
        })
        .collect()
}

/// Reads one Amazon opt-out notice from a raw RFC 822 mail (any MIME structure, quoted-printable
/// or base64, HTML-only) or from its plain or HTML text. Fails, naming what is missing, when the
/// text has no opt-out wording (English, German, Japanese, French, Italian, Spanish) and is not a
/// relay delivery failure, or names neither an order id nor a buyer relay address.
pub fn parse_optout_notice(raw_mail_or_text: &[u8]) -> Result<OptOutNotice> {
    let mail = read_mail(raw_mail_or_text);
    let folded = fold(&mail.text);
    let squashed: String = folded.chars().filter(|c| !c.is_whitespace()).collect();

    let order_id = find_order_id(&folded);
    let buyer_relay = find_buyer_relay(&folded, mail.from.as_deref());
    let worded = OPT_OUT_WORDING.iter().any(|re| re.is_match(&folded))
        || OPT_OUT_WORDING_JA.iter().any(|re| re.is_match(&squashed));
    let dsn = mail.dsn || DSN_FIELDS.is_match(&folded);

    let reason = if dsn {
        let relay_failed = buyer_relay.is_some() && PERMANENT_FAILURE.is_match(&folded);
        if !(worded || relay_failed) {
            return Err(SignalError::NotANotice(
                "a delivery failure report without opt-out wording and without a permanent \
                 failure for a marketplace relay address"
                    .into(),
            ));
        }
        NoticeReason::RelayRejected
    } else if worded {
        NoticeReason::BuyerOptedOut
    } else {
        return Err(SignalError::NotANotice(
            "no opt-out wording (\"the buyer opted out of unsolicited messages\" or its German, \
             Japanese, French, Italian or Spanish equivalent)"
                .into(),
        ));
    };
    if order_id.is_none() && buyer_relay.is_none() {
        return Err(SignalError::NotANotice(
            "neither an Amazon order id (ddd-ddddddd-ddddddd) nor a buyer relay address \
             (…@marketplace.amazon.…)"
                .into(),
        ));
    }
    Ok(OptOutNotice {
        order_id,
        buyer_relay,
        reason,
    })
}

/// `Permanent` and `Undetermined` bounces opt the recipient out; only `Transient` does not.
/// Undetermined means SES could not classify the receiving server's answer. Treating it as
/// permanent costs at most one follow-up to that buyer (acceptable); mailing the
/// address again risks another bounce against SES's 5 % review rate (§1.6). Unknown future
/// types follow the same rule: only an explicit transient signal keeps the address mailable.
pub fn is_permanent_bounce(bounce_type: &str) -> bool {
    !bounce_type.trim().eq_ignore_ascii_case("transient")
}

// ---------------------------------------------------------------------------------------------
// Envelopes
// ---------------------------------------------------------------------------------------------

/// An SES object found inside whatever envelopes wrapped it, with its path for error messages.
enum Leaf {
    /// A sending event or identity notification; `detail_type` when it came through EventBridge.
    Event {
        value: Value,
        path: String,
        detail_type: Option<String>,
    },
    /// An inbound receipt notification (`mail`, `receipt`, maybe `content`).
    Receipt { value: Value, path: String },
}

const SHAPES: &str = "an SES event (eventType or notificationType), an EventBridge event \
                      (detail-type, detail), an SNS message (Type, Message) or a Lambda batch \
                      (Records)";

fn leaves(json: &str) -> Result<Vec<Leaf>> {
    let value = parse_json(json, "")?;
    let mut out = Vec::new();
    collect(value, String::new(), 0, &mut out)?;
    Ok(out)
}

fn parse_json(text: &str, path: &str) -> Result<Value> {
    serde_json::from_str(text).map_err(|e| {
        let full = e.to_string();
        let reason = full.split(" at line ").next().unwrap_or(&full).to_string();
        SignalError::NotJson {
            path: path.to_string(),
            line: e.line(),
            column: e.column(),
            reason,
        }
    })
}

fn collect(value: Value, path: String, depth: u8, out: &mut Vec<Leaf>) -> Result<()> {
    if depth > MAX_NESTING {
        return Err(SignalError::Unsupported {
            path,
            what: "envelopes nested deeper than SQS → SNS → SES",
        });
    }
    let Value::Object(mut obj) = value else {
        return Err(SignalError::Invalid {
            path: if path.is_empty() {
                "(payload)".into()
            } else {
                path
            },
            expected: "a JSON object",
            found: kind_of(&value).into(),
        });
    };

    if let Some(records) = obj.remove("Records") {
        let path = child(&path, "Records");
        let Value::Array(records) = records else {
            return Err(invalid(&path, "an array", &records));
        };
        for (i, record) in records.into_iter().enumerate() {
            let path = format!("{path}[{i}]");
            let Value::Object(mut record) = record else {
                return Err(invalid(&path, "an object", &record));
            };
            if let Some(ses) = record.remove("ses") {
                out.push(Leaf::Receipt {
                    value: ses,
                    path: child(&path, "ses"),
                });
            } else if let Some(sns) = record.remove("Sns") {
                collect(sns, child(&path, "Sns"), depth + 1, out)?;
            } else if let Some(body) = record.remove("body") {
                let path = child(&path, "body");
                let inner = embedded_json(body, &path)?;
                collect(inner, path, depth + 1, out)?;
            } else {
                return Err(SignalError::UnknownShape {
                    path,
                    expected: "a Lambda record with Sns, ses or (SQS) body",
                });
            }
        }
        return Ok(());
    }

    if obj.contains_key("detail") && (obj.contains_key("detail-type") || obj.contains_key("source"))
    {
        let detail_type = obj
            .get("detail-type")
            .and_then(Value::as_str)
            .map(str::to_string);
        let detail = obj.remove("detail").unwrap_or(Value::Null);
        let path = child(&path, "detail");
        if !detail.is_object() {
            return Err(invalid(&path, "an object", &detail));
        }
        out.push(Leaf::Event {
            value: detail,
            path,
            detail_type,
        });
        return Ok(());
    }

    if obj.contains_key("Message") && (obj.contains_key("Type") || obj.contains_key("TopicArn")) {
        match obj.get("Type").and_then(Value::as_str) {
            None | Some("Notification") => {}
            Some(_) => {
                return Err(SignalError::Unsupported {
                    path: child(&path, "Type"),
                    what: "an SNS subscription message, not a notification; it carries no mail",
                })
            }
        }
        let path = child(&path, "Message");
        let inner = embedded_json(obj.remove("Message").unwrap_or(Value::Null), &path)?;
        return collect(inner, path, depth + 1, out);
    }

    let notification = obj.get("notificationType").and_then(Value::as_str);
    if notification == Some("Received") || (obj.contains_key("receipt") && obj.contains_key("mail"))
    {
        out.push(Leaf::Receipt {
            value: Value::Object(obj),
            path,
        });
        return Ok(());
    }
    if obj.contains_key("eventType") || obj.contains_key("notificationType") {
        out.push(Leaf::Event {
            value: Value::Object(obj),
            path,
            detail_type: None,
        });
        return Ok(());
    }
    Err(SignalError::UnknownShape {
        path,
        expected: SHAPES,
    })
}

/// SNS `Message` and SQS `body` hold JSON as a string; accept an already-parsed object too.
fn embedded_json(value: Value, path: &str) -> Result<Value> {
    match value {
        Value::String(s) => parse_json(&s, path),
        Value::Object(_) => Ok(value),
        other => Err(invalid(path, "a JSON string", &other)),
    }
}

// ---------------------------------------------------------------------------------------------
// Sending events
// ---------------------------------------------------------------------------------------------

fn mail_event(event: &Value, path: &str, detail_type: Option<&str>) -> Result<MailEvent> {
    let named = ["eventType", "notificationType"]
        .into_iter()
        .find_map(|key| event.get(key).filter(|v| !v.is_null()).map(|v| (key, v)));
    let event_type = match (named, detail_type) {
        (Some((key, v)), _) => as_str(v, &child(path, key))?.to_string(),
        (None, Some(dt)) => event_type_of_detail_type(dt).unwrap_or(dt).to_string(),
        (None, None) => return Err(SignalError::Missing(child(path, "eventType"))),
    };

    let kind = event_type.to_ascii_lowercase();
    if !matches!(kind.as_str(), "bounce" | "complaint" | "delivery" | "send") {
        let mail = event.get("mail");
        let tags = match mail {
            Some(m) => mail_tags(m, &child(path, "mail")).unwrap_or_default(),
            None => MailTags::default(),
        };
        let message_id = mail
            .and_then(|m| m.get("messageId"))
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        return Ok(MailEvent::Other {
            event_type,
            tags,
            message_id,
        });
    }

    let (mail, mail_path) = field(event, path, "mail")?;
    let message_id = req_str(mail, &mail_path, "messageId")?.to_string();
    let tags = mail_tags(mail, &mail_path)?;

    Ok(match kind.as_str() {
        "bounce" => {
            let (bounce, bpath) = field(event, path, "bounce")?;
            let bounce_type = req_str(bounce, &bpath, "bounceType")?;
            if bounce_type.trim().is_empty() {
                return Err(SignalError::Missing(child(&bpath, "bounceType")));
            }
            let sub_type = opt_str(bounce, "bounceSubType")
                .unwrap_or_default()
                .to_string();
            let recipients = recipient_list(bounce, &bpath, "bouncedRecipients")?;
            MailEvent::Bounce {
                permanent: is_permanent_bounce(bounce_type),
                sub_type,
                recipients,
                tags,
                message_id,
                at: event_time(bounce, &bpath, mail, &mail_path)?,
            }
        }
        "complaint" => {
            let (complaint, cpath) = field(event, path, "complaint")?;
            MailEvent::Complaint {
                recipients: recipient_list(complaint, &cpath, "complainedRecipients")?,
                feedback_type: opt_str(complaint, "complaintFeedbackType").map(str::to_string),
                tags,
                message_id,
                at: event_time(complaint, &cpath, mail, &mail_path)?,
            }
        }
        "delivery" => {
            let (delivery, dpath) = field(event, path, "delivery")?;
            let recipients = match delivery.get("recipients") {
                Some(_) => address_strings(delivery, &dpath, "recipients")?,
                None if mail.get("destination").is_some() => {
                    address_strings(mail, &mail_path, "destination")?
                }
                None => return Err(SignalError::Missing(child(&dpath, "recipients"))),
            };
            MailEvent::Delivery {
                recipients,
                tags,
                message_id,
                at: event_time(delivery, &dpath, mail, &mail_path)?,
            }
        }
        _ => MailEvent::Send {
            tags,
            message_id,
            at: timestamp(mail, &mail_path)?,
        },
    })
}

/// EventBridge names SES events in `detail-type`; used only when `detail.eventType` is absent.
fn event_type_of_detail_type(detail_type: &str) -> Option<&'static str> {
    Some(match detail_type {
        "Email Bounced" => "Bounce",
        "Email Complaint Received" => "Complaint",
        "Email Delivered" => "Delivery",
        "Email Sent" => "Send",
        "Email Rejected" => "Reject",
        "Email Opened" => "Open",
        "Email Clicked" => "Click",
        "Email Delivery Delayed" => "DeliveryDelay",
        "Email Rendering Failed" => "Rendering Failure",
        "Email Subscribed" => "Subscription",
        _ => return None,
    })
}

fn mail_tags(mail: &Value, mail_path: &str) -> Result<MailTags> {
    let Some(tags) = mail.get("tags").filter(|t| !t.is_null()) else {
        return Ok(MailTags::default());
    };
    let tags_path = child(mail_path, "tags");
    if !tags.is_object() {
        return Err(invalid(&tags_path, "an object of tag name → values", tags));
    }
    let first = |name: &str| -> Result<Option<String>> {
        let value = match tags.get(name) {
            None | Some(Value::Null) => return Ok(None),
            Some(Value::Array(values)) => values.first(),
            Some(v @ Value::String(_)) => Some(v),
            Some(other) => {
                return Err(invalid(
                    &child(&tags_path, name),
                    "an array of strings",
                    other,
                ))
            }
        };
        match value {
            None => Ok(None),
            Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.trim().to_string())),
            Some(other) => Err(invalid(
                &format!("{}[0]", child(&tags_path, name)),
                "a string",
                other,
            )),
        }
    };
    Ok(MailTags {
        send_id: first(TAG_SEND_ID)?,
        store_id: first(TAG_STORE_ID)?,
        order_id: first(TAG_ORDER_ID)?,
        campaign: first(TAG_CAMPAIGN)?,
    })
}

/// `bouncedRecipients` / `complainedRecipients`: objects with an `emailAddress`.
fn recipient_list(parent: &Value, parent_path: &str, key: &str) -> Result<Vec<String>> {
    let (list, path) = field(parent, parent_path, key)?;
    let Value::Array(items) = list else {
        return Err(invalid(&path, "an array", list));
    };
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let item_path = format!("{path}[{i}]");
            if !item.is_object() {
                return Err(invalid(&item_path, "an object", item));
            }
            let address = req_str(item, &item_path, "emailAddress")?;
            bare_address(address).ok_or_else(|| SignalError::Invalid {
                path: child(&item_path, "emailAddress"),
                expected: "an email address",
                found: "a string without one".into(),
            })
        })
        .collect()
}

/// `delivery.recipients` / `mail.destination`: plain strings.
fn address_strings(parent: &Value, parent_path: &str, key: &str) -> Result<Vec<String>> {
    let (list, path) = field(parent, parent_path, key)?;
    let Value::Array(items) = list else {
        return Err(invalid(&path, "an array", list));
    };
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let item_path = format!("{path}[{i}]");
            bare_address(as_str(item, &item_path)?).ok_or(SignalError::Invalid {
                path: item_path,
                expected: "an email address",
                found: "a string without one".into(),
            })
        })
        .collect()
}

/// `"Jane Doe <Abc@Marketplace.Amazon.com>"` → `abc@marketplace.amazon.com`.
fn bare_address(raw: &str) -> Option<String> {
    let raw = raw.trim();
    let inner = match (raw.rfind('<'), raw.rfind('>')) {
        (Some(open), Some(close)) if open < close => &raw[open + 1..close],
        _ => raw,
    };
    let inner = inner.trim();
    let inner = inner
        .strip_prefix("mailto:")
        .or_else(|| inner.strip_prefix("MAILTO:"))
        .unwrap_or(inner);
    let (local, domain) = inner.rsplit_once('@')?;
    let well_formed = !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !inner
            .chars()
            .any(|c| c.is_whitespace() || c == '<' || c == '>');
    well_formed.then(|| inner.to_lowercase())
}

/// The event's own timestamp, else the time SES accepted the mail (losing an opt-out over a
/// missing timestamp would be worse than dating it a few seconds early).
fn event_time(
    event: &Value,
    event_path: &str,
    mail: &Value,
    mail_path: &str,
) -> Result<DateTime<Utc>> {
    match event.get("timestamp") {
        Some(v) if !v.is_null() => rfc3339(v, &child(event_path, "timestamp")),
        _ => match mail.get("timestamp") {
            Some(v) if !v.is_null() => rfc3339(v, &child(mail_path, "timestamp")),
            _ => Err(SignalError::Missing(child(event_path, "timestamp"))),
        },
    }
}

fn timestamp(parent: &Value, parent_path: &str) -> Result<DateTime<Utc>> {
    let (v, path) = field(parent, parent_path, "timestamp")?;
    rfc3339(v, &path)
}

fn rfc3339(v: &Value, path: &str) -> Result<DateTime<Utc>> {
    let s = as_str(v, path)?;
    DateTime::parse_from_rfc3339(s.trim())
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| SignalError::Invalid {
            path: path.to_string(),
            expected: "an RFC 3339 timestamp",
            found: format!("{:?}", s.chars().take(40).collect::<String>()),
        })
}

// ---------------------------------------------------------------------------------------------
// Inbound mail
// ---------------------------------------------------------------------------------------------

fn inbound_signal(notification: &Value, path: &str) -> Result<Signal> {
    if !notification.is_object() {
        return Err(invalid(path, "an object", notification));
    }
    let (mail, mail_path) = field(notification, path, "mail")?;
    let message_id = opt_str(mail, "messageId").unwrap_or_default().to_string();
    let raw = match notification.get("content").filter(|c| !c.is_null()) {
        Some(content) => inbound_content(content, notification, &child(path, "content"))?,
        None => header_block(mail, &mail_path)?,
    };
    Ok(match parse_optout_notice(&raw) {
        Ok(notice) => Signal::Notice(notice),
        Err(reason) => Signal::OtherMail { message_id, reason },
    })
}

/// The SNS action puts the whole mail in `content`, base64 when `receipt.action.encoding` says so.
fn inbound_content(content: &Value, notification: &Value, path: &str) -> Result<Vec<u8>> {
    let text = as_str(content, path)?;
    let encoding = notification
        .pointer("/receipt/action/encoding")
        .and_then(Value::as_str)
        .map(str::to_ascii_uppercase);
    let looks_base64 = || {
        text.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=' | b'\r' | b'\n'))
    };
    let base64 = match encoding.as_deref() {
        Some("BASE64") => true,
        Some(_) => false,
        None => looks_base64(),
    };
    if !base64 {
        return Ok(text.as_bytes().to_vec());
    }
    mail_parser::decoders::base64::base64_decode(text.as_bytes()).ok_or(SignalError::Invalid {
        path: path.to_string(),
        expected: "base64 (receipt.action.encoding is BASE64)",
        found: "invalid base64".into(),
    })
}

/// The Lambda action carries no body: rebuild a header-only mail from `mail.headers`, else from
/// `mail.commonHeaders`, so the subject and sender can still be read.
fn header_block(mail: &Value, mail_path: &str) -> Result<Vec<u8>> {
    let mut raw = String::new();
    if let Some(Value::Array(headers)) = mail.get("headers") {
        for h in headers {
            if let (Some(name), Some(value)) = (opt_str(h, "name"), opt_str(h, "value")) {
                raw.push_str(&format!("{}: {}\r\n", one_line(name), one_line(value)));
            }
        }
    }
    if raw.is_empty() {
        if let Some(common) = mail.get("commonHeaders").filter(|c| c.is_object()) {
            if let Some(subject) = opt_str(common, "subject") {
                raw.push_str(&format!("Subject: {}\r\n", one_line(subject)));
            }
            if let Some(Value::Array(from)) = common.get("from") {
                let from: Vec<&str> = from.iter().filter_map(Value::as_str).collect();
                if !from.is_empty() {
                    raw.push_str(&format!("From: {}\r\n", one_line(&from.join(", "))));
                }
            }
        }
    }
    if raw.is_empty() {
        return Err(SignalError::Missing(format!(
            "{} (no content, headers or commonHeaders)",
            child(mail_path, "headers")
        )));
    }
    raw.push_str("\r\n");
    Ok(raw.into_bytes())
}

fn one_line(s: &str) -> String {
    s.replace(['\r', '\n'], " ")
}

// ---------------------------------------------------------------------------------------------
// Notice text
// ---------------------------------------------------------------------------------------------

struct MailText {
    /// Subject and every readable body part, nested messages included, in reading order.
    text: String,
    /// The notice's sender, which is never the buyer.
    from: Option<String>,
    /// Structurally a delivery-status report (multipart/report, MAILER-DAEMON, DSN subject).
    dsn: bool,
}

fn read_mail(raw: &[u8]) -> MailText {
    if looks_like_mail(raw) {
        if let Some(message) = MessageParser::default().parse(raw) {
            let subject = message.subject().unwrap_or_default().to_string();
            let from = message
                .from()
                .and_then(|a| a.first())
                .and_then(|a| a.address())
                .and_then(bare_address);
            let from_role = from
                .as_deref()
                .and_then(|f| f.split('@').next())
                .is_some_and(|local| matches!(local, "mailer-daemon" | "postmaster"));
            let report = message.content_type().is_some_and(|ct| {
                ct.ctype().eq_ignore_ascii_case("multipart")
                    && ct
                        .subtype()
                        .is_some_and(|s| s.eq_ignore_ascii_case("report"))
            });
            let dsn = report || from_role || DSN_SUBJECT.is_match(&subject.to_lowercase());
            let mut text = subject;
            text.push('\n');
            push_parts(&message, &mut text, 0);
            return MailText { text, from, dsn };
        }
    }
    let text = String::from_utf8_lossy(raw);
    let text = if looks_like_html(&text) {
        html_to_text(&text)
    } else {
        text.into_owned()
    };
    MailText {
        text,
        from: None,
        dsn: false,
    }
}

/// Raw mail starts with a header field, names at least one header every mail has, and ends its
/// header with a blank line; a plain text that merely starts with "Order ID: …" or "To: …" is
/// read as text (read as a mail, a text without a blank line would be all header and no body).
fn looks_like_mail(raw: &[u8]) -> bool {
    let Some(head_len) = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .or_else(|| raw.windows(2).position(|w| w == b"\n\n"))
    else {
        return false;
    };
    let head = String::from_utf8_lossy(&raw[..head_len.min(64 * 1024)]);
    let mut lines = head.lines();
    let is_field = |line: &str| {
        line.split_once(':').is_some_and(|(name, _)| {
            !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
    };
    if !lines.next().is_some_and(is_field) {
        return false;
    }
    head.lines().filter(|l| is_field(l)).any(|l| {
        let name = l.split(':').next().unwrap_or_default().to_ascii_lowercase();
        matches!(
            name.as_str(),
            "from"
                | "to"
                | "subject"
                | "date"
                | "received"
                | "return-path"
                | "message-id"
                | "mime-version"
                | "content-type"
                | "delivered-to"
                | "reply-to"
                | "dkim-signature"
        )
    })
}

fn push_parts(message: &mail_parser::Message<'_>, text: &mut String, depth: u8) {
    for part in &message.parts {
        match &part.body {
            PartType::Text(t) => push_line(text, t),
            PartType::Html(h) => push_line(text, &html_to_text(h)),
            PartType::Binary(b) | PartType::InlineBinary(b) => {
                // message/delivery-status and friends are text in all but name.
                let readable = part.content_type().is_some_and(|ct| {
                    matches!(ct.ctype().to_ascii_lowercase().as_str(), "message" | "text")
                });
                if readable {
                    push_line(text, &String::from_utf8_lossy(b));
                }
            }
            PartType::Message(inner) if depth < MAX_MAIL_DEPTH => {
                if let Some(subject) = inner.subject() {
                    push_line(text, subject);
                }
                for addr in inner.to().into_iter().flat_map(|a| a.iter()) {
                    if let Some(a) = addr.address() {
                        push_line(text, &format!("To: {a}"));
                    }
                }
                push_parts(inner, text, depth + 1);
            }
            PartType::Message(_) | PartType::Multipart(_) => {}
        }
    }
}

fn push_line(text: &mut String, s: &str) {
    text.push_str(s);
    text.push('\n');
}

fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .chars()
        .take(4096)
        .collect::<String>()
        .to_ascii_lowercase();
    ["<html", "<body", "<p>", "<p ", "<div", "<br", "<table"]
        .iter()
        .any(|tag| head.contains(tag))
}

/// Tags out, entities decoded, block elements as line breaks; script, style and head dropped.
fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        rest = &rest[open..];
        if rest.starts_with("<!--") {
            rest = rest.find("-->").map_or("", |end| &rest[end + 3..]);
            continue;
        }
        let Some(close) = rest.find('>') else {
            rest = "";
            break;
        };
        let tag = &rest[1..close];
        rest = &rest[close + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if !closing && matches!(name.as_str(), "script" | "style" | "head" | "title") {
            let end_tag = format!("</{name}");
            rest = find_ascii_ci(rest, &end_tag).map_or("", |end| &rest[end..]);
            continue;
        }
        let block = matches!(
            name.as_str(),
            "br" | "p"
                | "div"
                | "tr"
                | "td"
                | "th"
                | "li"
                | "ul"
                | "ol"
                | "table"
                | "h1"
                | "h2"
                | "h3"
                | "h4"
                | "h5"
                | "h6"
                | "hr"
                | "blockquote"
                | "section"
                | "article"
        );
        if block {
            out.push('\n');
        }
    }
    out.push_str(rest);
    decode_entities(&out)
}

/// Byte offset of `needle` (ASCII, lowercase) in `hay`, ignoring ASCII case.
fn find_ascii_ci(hay: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    (0..=hay.len() - needle.len()).find(|&i| hay[i..i + needle.len()].eq_ignore_ascii_case(needle))
}

fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        // Entities are short: look for the `;` in the next few characters only, so a text full
        // of bare `&` stays linear.
        let entity = rest[1..]
            .char_indices()
            .take(12)
            .find(|&(_, c)| c == ';')
            .map(|(end, _)| &rest[1..end + 1]);
        match entity.and_then(entity_char) {
            Some(c) => {
                out.push(c);
                rest = &rest[entity.map_or(0, str::len) + 2..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity_char(entity: &str) -> Option<char> {
    if let Some(num) = entity.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code);
    }
    Some(match entity {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "auml" => 'ä',
        "ouml" => 'ö',
        "uuml" => 'ü',
        "Auml" => 'Ä',
        "Ouml" => 'Ö',
        "Uuml" => 'Ü',
        "szlig" => 'ß',
        "eacute" => 'é',
        "egrave" => 'è',
        "agrave" => 'à',
        "ecirc" => 'ê',
        "ccedil" => 'ç',
        "ntilde" => 'ñ',
        "rsquo" | "lsquo" => '\'',
        "ldquo" | "rdquo" => '"',
        "ndash" | "mdash" => '-',
        "hellip" => '…',
        _ => return None,
    })
}

/// Lowercase, whitespace runs as one space, typographic quotes and full-width digits and hyphens
/// as ASCII, so one set of patterns reads text from any part and encoding.
fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = match c {
            '\u{ff10}'..='\u{ff19}' => char::from_u32(c as u32 - 0xff10 + '0' as u32).unwrap_or(c),
            '\u{ff0d}' | '\u{2010}' | '\u{2011}' | '\u{2212}' => '-',
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201e}' => '"',
            '\u{ff1a}' => ':',
            _ => c,
        };
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}

fn find_order_id(folded: &str) -> Option<String> {
    let glued = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '-');
    ORDER_ID
        .find_iter(folded)
        .find(|m| {
            !glued(folded[..m.start()].chars().next_back())
                && !glued(folded[m.end()..].chars().next())
        })
        .map(|m| m.as_str().to_string())
}

/// Failed recipients of a DSN first, then any relay address in reading order; the notice's own
/// sender and role mailboxes (postmaster, no-reply…) are never the buyer.
fn find_buyer_relay(folded: &str, from: Option<&str>) -> Option<String> {
    let candidate = |addr: &str| -> Option<String> {
        let (local, domain) = addr.rsplit_once('@')?;
        let relay = RELAY_DOMAINS.iter().find(|d| {
            domain == d.as_str()
                || domain
                    .strip_prefix(d.as_str())
                    .is_some_and(|r| r.starts_with('.'))
        })?;
        let address = format!("{local}@{relay}");
        let role = [
            "postmaster",
            "mailer-daemon",
            "abuse",
            "bounce",
            "notification",
        ]
        .iter()
        .any(|r| local.starts_with(r))
            || local.contains("reply");
        (!role && Some(address.as_str()) != from).then_some(address)
    };
    FAILED_RECIPIENT
        .captures_iter(folded)
        .filter_map(|c| c.get(1))
        .chain(EMAIL.find_iter(folded))
        .find_map(|m| candidate(m.as_str()))
}

static RELAY_DOMAINS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut domains: Vec<String> = Marketplace::ALL
        .iter()
        .map(|m| format!("marketplace.{}", m.domain()))
        .collect();
    // Longest first, so `amazon.com.mx` wins over `amazon.com`.
    domains.sort_by_key(|d| std::cmp::Reverse(d.len()));
    domains
});

fn regex(pattern: &str) -> Regex {
    // Patterns are constants exercised by the tests below; a typo fails every test at once.
    Regex::new(pattern).unwrap_or_else(|e| panic!("optout pattern {pattern:?}: {e}"))
}

static ORDER_ID: LazyLock<Regex> = LazyLock::new(|| regex(r"[0-9]{3}-[0-9]{7}-[0-9]{7}"));
static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| regex(r"[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)+"));
static FAILED_RECIPIENT: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?:final|original)-recipient: ?(?:rfc822 ?; ?)?<?([a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)+)",
    )
});
static DSN_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"delivery status notification|undeliverable|undelivered mail|mail delivery failed|delivery failure|failure notice|returned mail|unzustellbar|nicht zustellbar|配信エラー|配信不能",
    )
});
static DSN_FIELDS: LazyLock<Regex> =
    LazyLock::new(|| regex(r"final-recipient: ?rfc822|reporting-mta: ?dns"));
static PERMANENT_FAILURE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"action: ?failed|status: ?5\.[0-9]{1,3}\.[0-9]{1,3}"));

/// Opt-out wording over folded text. Third person and "unsolicited"-specific on purpose: a
/// buyer's own message about an order does not read like this.
static OPT_OUT_WORDING: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    const UNSOLICITED_EN: &str = r"(?:unsolicited|proactive|marketing|seller[- ]initiated)";
    const UNSOLICITED_DE: &str = r"(?:unaufgefordert|unerwünscht|unverlangt)";
    [
        // English
        format!(r"opted[ -]?out (?:of|from) (?:receiving )?(?:any |all )?(?:further )?{UNSOLICITED_EN}"),
        format!(r"(?:chose|chosen|choose|chooses|elected|decided|asked|requested|prefers?|wish(?:es)?|wants?) not to receive (?:any |further |these |such |more )*{UNSOLICITED_EN}"),
        format!(r"(?:does|did) not (?:wish|want) to receive (?:any |further |more )*{UNSOLICITED_EN}"),
        format!(r"no longer (?:wishes|wants) to receive (?:any |further |more )*{UNSOLICITED_EN}"),
        format!(r"{UNSOLICITED_EN} (?:messages?|e-?mails?|communications?).{{0,60}}\bopted[ -]?out"),
        r"buyer[ -]opt[ -]?out".to_string(),
        // German
        format!(r"keine (?:weiteren )?{UNSOLICITED_DE}e[nr]? (?:nachrichten|e-?mails|mitteilungen)"),
        format!(r"gegen den (?:empfang|erhalt) (?:von )?{UNSOLICITED_DE}"),
        format!(r"{UNSOLICITED_DE}e[nr]? (?:nachrichten|e-?mails|mitteilungen).{{0,80}}(?:abgemeldet|abbestellt|widersprochen|deaktiviert|abgelehnt|nicht (?:mehr )?erhalten)"),
        r"käufer[ -]?opt[ -]?out".to_string(),
        // French, Italian, Spanish
        r"(?:ne (?:souhaite|veut) (?:plus|pas)|refusé de|désinscrit).{0,40}messages? non sollicités?".to_string(),
        r"non (?:desidera|vuole) (?:più )?ricevere.{0,30}messaggi non (?:richiesti|sollecitati)".to_string(),
        r"no (?:desea|quiere) recibir.{0,30}mensajes no solicitados".to_string(),
    ]
    .iter()
    .map(|p| regex(p))
    .collect()
});

/// Japanese wording over folded text with all whitespace removed (line wraps fall mid-phrase).
static OPT_OUT_WORDING_JA: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        r"(?:メッセージ|メール|連絡)の?(?:受信|受け取り|受取)(?:を|は)?(?:希望していません|希望しない|希望されていません|希望されない|拒否|停止|望んでいません|望まない|オプトアウト)",
        r"(?:未承諾|一方的な|迷惑|不要な|非請求)の?(?:メッセージ|メール).{0,30}(?:受信|受け取|オプトアウト|拒否|停止)",
        r"(?:購入者|お客様).{0,40}オプトアウト",
    ]
    .iter()
    .map(|p| regex(p))
    .collect()
});

// ---------------------------------------------------------------------------------------------
// JSON helpers
// ---------------------------------------------------------------------------------------------

fn child(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn invalid(path: &str, expected: &'static str, found: &Value) -> SignalError {
    SignalError::Invalid {
        path: path.to_string(),
        expected,
        found: kind_of(found).to_string(),
    }
}

/// A present, non-null field and its path.
fn field<'v>(parent: &'v Value, parent_path: &str, key: &str) -> Result<(&'v Value, String)> {
    let path = child(parent_path, key);
    match parent.get(key) {
        Some(v) if !v.is_null() => Ok((v, path)),
        _ => Err(SignalError::Missing(path)),
    }
}

fn as_str<'v>(v: &'v Value, path: &str) -> Result<&'v str> {
    v.as_str().ok_or_else(|| invalid(path, "a string", v))
}

fn req_str<'v>(parent: &'v Value, parent_path: &str, key: &str) -> Result<&'v str> {
    let (v, path) = field(parent, parent_path, key)?;
    as_str(v, &path)
}

fn opt_str<'v>(parent: &'v Value, key: &str) -> Option<&'v str> {
    parent.get(key).and_then(Value::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    macro_rules! ses {
        ($name:literal) => {
            include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../tests/fixtures/ses/",
                $name
            ))
        };
    }
    macro_rules! notice {
        ($name:literal) => {
            include_bytes!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../tests/fixtures/notices/",
                $name
            ))
        };
    }

    fn utc(rfc3339: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(rfc3339)
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_else(|e| panic!("bad test timestamp {rfc3339}: {e}"))
    }

    fn one(json: &str) -> MailEvent {
        match parse_ses_events(json) {
            Ok(mut events) if events.len() == 1 => events.remove(0),
            other => panic!("expected one event, got {other:?}"),
        }
    }

    fn tags(send_id: &str, store_id: &str) -> MailTags {
        MailTags {
            send_id: Some(send_id.into()),
            store_id: Some(store_id.into()),
            ..MailTags::default()
        }
    }

    #[test]
    fn eventbridge_permanent_bounce_opts_the_buyer_out() {
        let event = one(ses!("eventbridge-bounce-permanent.json"));
        assert_eq!(
            event,
            MailEvent::Bounce {
                permanent: true,
                sub_type: "General".into(),
                recipients: vec!["k7w2mq9dx4rbj1t@marketplace.amazon.com".into()],
                tags: tags("snd-113-4829163-7730215-follow_up", "acme-us"),
                message_id: "0100019a4f1e2b3c-5d6e7f80-91a2-4b3c-8d4e-5f6a7b8c9d0e-000000".into(),
                at: utc("2026-11-04T21:14:06.512Z"),
            }
        );
        assert_eq!(
            event.opted_out_recipients(),
            ["k7w2mq9dx4rbj1t@marketplace.amazon.com"]
        );
    }

    #[test]
    fn transient_bounce_is_not_an_opt_out() {
        let event = one(ses!("eventbridge-bounce-transient.json"));
        assert!(
            matches!(&event, MailEvent::Bounce { permanent: false, sub_type, .. } if sub_type == "MailboxFull")
        );
        assert!(event.opted_out_recipients().is_empty());
    }

    #[test]
    fn undetermined_bounce_counts_as_permanent() {
        let event = one(ses!("bare-bounce-undetermined.json"));
        assert!(matches!(
            event,
            MailEvent::Bounce {
                permanent: true,
                ..
            }
        ));
        assert!(is_permanent_bounce("Permanent"));
        assert!(is_permanent_bounce("Undetermined"));
        assert!(!is_permanent_bounce("Transient"));
        assert!(!is_permanent_bounce("TRANSIENT"));
    }

    #[test]
    fn eventbridge_complaint() {
        assert_eq!(
            one(ses!("eventbridge-complaint.json")),
            MailEvent::Complaint {
                recipients: vec!["b6n1x8wq3tz5kcv@marketplace.amazon.com".into()],
                feedback_type: Some("abuse".into()),
                tags: tags("snd-114-1020304-0506070-follow_up", "acme-jp"),
                message_id: "0100019a6b7c0002-12121212-3434-4565-8787-909090909090-000000".into(),
                at: utc("2026-11-06T02:11:44Z"),
            }
        );
    }

    #[test]
    fn eventbridge_delivery_and_send_reconcile_by_send_id() {
        let delivery = one(ses!("eventbridge-delivery.json"));
        let send = one(ses!("eventbridge-send.json"));
        let message_id = "0100019a7c8d0003-abababab-cdcd-4efe-8f0f-101010101010-000000";
        assert_eq!(
            delivery,
            MailEvent::Delivery {
                recipients: vec!["h4k9d2zq7wm1xbn@marketplace.amazon.com".into()],
                tags: tags("snd-113-7766554-4332211-follow_up", "acme-us"),
                message_id: message_id.into(),
                at: utc("2026-11-06T18:05:02.940Z"),
            }
        );
        assert_eq!(
            send,
            MailEvent::Send {
                tags: tags("snd-113-7766554-4332211-follow_up", "acme-us"),
                message_id: message_id.into(),
                at: utc("2026-11-06T18:05:01.250Z"),
            }
        );
        assert!(delivery.opted_out_recipients().is_empty());
    }

    #[test]
    fn sns_wrapped_event_publishing_bounce() {
        let event = one(ses!("sns-event-publishing-bounce.json"));
        assert!(
            matches!(&event, MailEvent::Bounce { permanent: true, sub_type, .. } if sub_type == "OnAccountSuppressionList")
        );
        assert_eq!(
            event.tags().send_id.as_deref(),
            Some("snd-113-9988776-6554433-follow_up")
        );
        assert_eq!(
            event.opted_out_recipients(),
            ["y7t2n5wq9kc3hxd@marketplace.amazon.com"]
        );
    }

    #[test]
    fn sns_identity_notification_bounce_normalises_the_address() {
        let event = one(ses!("sns-identity-bounce.json"));
        assert_eq!(
            event.opted_out_recipients(),
            ["q3v8xk2lmn5p0ra@marketplace.amazon.com"]
        );
        assert_eq!(event.tags(), &MailTags::default());
        assert_eq!(
            event.message_id(),
            "0100019ab1c20007-f0e1d2c3-b4a5-4968-8778-695a4b3c2d1e-000000"
        );
    }

    #[test]
    fn lambda_sns_batch_yields_every_record_in_order() {
        let events = parse_ses_events(ses!("lambda-sns-two-records.json")).unwrap_or_default();
        assert_eq!(events.len(), 2);
        assert!(
            matches!(&events[0], MailEvent::Complaint { recipients, feedback_type: Some(f), .. }
            if recipients == &["f5g8h1jk4lm7np0@marketplace.amazon.com"] && f == "not-spam")
        );
        assert!(matches!(&events[1], MailEvent::Delivery { .. }));
        assert_eq!(
            events[1].tags().send_id.as_deref(),
            Some("snd-113-6667778-8899900-follow_up")
        );
    }

    #[test]
    fn garbage_is_not_json_with_its_position() {
        let err = parse_ses_events(ses!("garbage.json")).err();
        assert!(
            matches!(&err, Some(SignalError::NotJson { path, line: 1, .. }) if path.is_empty()),
            "{err:?}"
        );
        let err = parse_ses_events("{\"a\" 1}").err().map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("not JSON at line 1 column 6 (expected `:`)")
        );
    }

    #[test]
    fn missing_bounce_type_is_named() {
        let err = parse_ses_events(ses!("eventbridge-bounce-missing-type.json")).err();
        assert_eq!(
            err,
            Some(SignalError::Missing("detail.bounce.bounceType".into()))
        );
        assert_eq!(
            err.map(|e| e.to_string()).as_deref(),
            Some("field detail.bounce.bounceType missing")
        );
    }

    #[test]
    fn errors_inside_envelopes_carry_the_full_path() {
        let batch = ses!("lambda-sns-two-records.json").replacen(
            "\\\"messageId\\\"",
            "\\\"messageID\\\"",
            1,
        );
        assert_eq!(
            parse_ses_events(&batch).err(),
            Some(SignalError::Missing(
                "Records[0].Sns.Message.mail.messageId".into()
            ))
        );
        let bad_message = r#"{"Type":"Notification","TopicArn":"t","Message":"{oops"}"#;
        assert!(matches!(
            parse_ses_events(bad_message).err(),
            Some(SignalError::NotJson { path, .. }) if path == "Message"
        ));
        let wrong_type = r#"{"eventType":"Bounce","mail":{"messageId":"m"},"bounce":{"bounceType":7,"bouncedRecipients":[]}}"#;
        assert_eq!(
            parse_ses_events(wrong_type)
                .err()
                .map(|e| e.to_string())
                .as_deref(),
            Some("field bounce.bounceType is a number, expected a string")
        );
        let bad_time =
            r#"{"eventType":"Send","mail":{"messageId":"m","timestamp":"yesterday"},"send":{}}"#;
        assert!(
            matches!(parse_ses_events(bad_time).err(), Some(SignalError::Invalid { path, .. }) if path == "mail.timestamp")
        );
    }

    #[test]
    fn error_messages_never_echo_recipient_addresses() {
        let json = r#"{"eventType":"Complaint","mail":{"messageId":"m","timestamp":"2026-11-06T02:11:44Z"},
            "complaint":{"complainedRecipients":[{"emailAddress":"secret buyer at home"}]}}"#;
        let err = parse_ses_events(json)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert_eq!(err, "field complaint.complainedRecipients[0].emailAddress is a string without one, expected an email address");
        assert!(!err.contains("secret"));
    }

    #[test]
    fn other_event_types_pass_through_for_callers_to_ignore() {
        let open = r#"{"detail-type":"Email Opened","source":"aws.ses","detail":{"eventType":"Open",
            "mail":{"messageId":"m-1","tags":{"send_id":["s-1"]}},"open":{"timestamp":"2026-11-06T02:11:44Z"}}}"#;
        assert_eq!(
            one(open),
            MailEvent::Other {
                event_type: "Open".into(),
                tags: MailTags {
                    send_id: Some("s-1".into()),
                    ..MailTags::default()
                },
                message_id: "m-1".into(),
            }
        );
        let account = r#"{"detail-type":"Sending Status Disabled","source":"aws.ses","detail":{"reason":"paused"}}"#;
        assert!(
            matches!(one(account), MailEvent::Other { event_type, .. } if event_type == "Sending Status Disabled")
        );
        let subscribed = r#"{"notificationType":"AmazonSnsSubscriptionSucceeded","message":"ok"}"#;
        assert!(matches!(one(subscribed), MailEvent::Other { .. }));
    }

    #[test]
    fn eventbridge_detail_type_stands_in_for_a_missing_event_type() {
        let json = ses!("eventbridge-complaint.json").replace("\"eventType\": \"Complaint\",", "");
        assert!(matches!(one(&json), MailEvent::Complaint { .. }));
    }

    #[test]
    fn sqs_wrapped_sns_is_unwrapped() {
        let sns = ses!("sns-event-publishing-bounce.json");
        let sqs = serde_json::json!({"Records": [{"messageId": "q-1", "body": sns, "eventSource": "aws:sqs"}]});
        let events = parse_ses_events(&sqs.to_string()).unwrap_or_default();
        assert_eq!(events.len(), 1);
        assert_eq!(
            events[0].opted_out_recipients(),
            ["y7t2n5wq9kc3hxd@marketplace.amazon.com"]
        );
    }

    #[test]
    fn unrelated_payloads_are_refused_with_a_reason() {
        assert!(matches!(
            parse_ses_events(r#"{"hello":"world"}"#),
            Err(SignalError::UnknownShape { .. })
        ));
        assert!(matches!(
            parse_ses_events("[1,2]"),
            Err(SignalError::Invalid { .. })
        ));
        let confirm =
            r#"{"Type":"SubscriptionConfirmation","TopicArn":"t","Message":"confirm me"}"#;
        assert!(
            matches!(parse_ses_events(confirm), Err(SignalError::Unsupported { path, .. }) if path == "Type")
        );
        assert!(matches!(
            parse_ses_events(ses!("inbound-lambda-action.json")),
            Err(SignalError::Unsupported { path, .. }) if path == "Records[0].ses"
        ));
        assert!(matches!(
            parse_ses_inbound(ses!("eventbridge-send.json")),
            Err(SignalError::Unsupported { path, .. }) if path == "detail"
        ));
        assert_eq!(parse_ses_events(r#"{"Records":[]}"#), Ok(vec![]));
    }

    fn parsed(raw: &[u8]) -> OptOutNotice {
        parse_optout_notice(raw).unwrap_or_else(|e| panic!("expected a notice: {e}"))
    }

    fn notice_of(order: &str, relay: &str, reason: NoticeReason) -> OptOutNotice {
        OptOutNotice {
            order_id: Some(order.into()),
            buyer_relay: Some(relay.into()),
            reason,
        }
    }

    #[test]
    fn english_plain_text_notice() {
        assert_eq!(
            parsed(notice!("en-plain.eml")),
            notice_of(
                "113-4829163-7730215",
                "k7w2mq9dx4rbj1t@marketplace.amazon.com",
                NoticeReason::BuyerOptedOut
            )
        );
    }

    #[test]
    fn html_only_notice_ignores_script_and_markup() {
        assert_eq!(
            parsed(notice!("html-only.eml")),
            notice_of(
                "202-6184027-5519348",
                "zq4m8c2v6ntw0yb@marketplace.amazon.co.uk",
                NoticeReason::BuyerOptedOut
            )
        );
    }

    #[test]
    fn quoted_printable_multipart_notice() {
        assert_eq!(
            parsed(notice!("qp-multipart.eml")),
            notice_of(
                "112-9038476-1029384",
                "t2hx7v9kq4mz8wr@marketplace.amazon.com",
                NoticeReason::BuyerOptedOut
            )
        );
    }

    #[test]
    fn japanese_notice() {
        assert_eq!(
            parsed(notice!("ja.eml")),
            notice_of(
                "250-3917462-0158834",
                "8fj3k2nq7vxw1ty@marketplace.amazon.co.jp",
                NoticeReason::BuyerOptedOut
            )
        );
    }

    #[test]
    fn german_notice() {
        assert_eq!(
            parsed(notice!("de.eml")),
            notice_of(
                "302-7751904-3386427",
                "r5tq9wz2mk8hb3d@marketplace.amazon.de",
                NoticeReason::BuyerOptedOut
            )
        );
    }

    #[test]
    fn relay_dsn_names_the_failed_buyer_not_the_postmaster() {
        assert_eq!(
            parsed(notice!("relay-dsn.eml")),
            notice_of(
                "114-6620381-5297046",
                "w9p4zc1xk7mq2hn@marketplace.amazon.com",
                NoticeReason::RelayRejected
            )
        );
    }

    #[test]
    fn buyer_question_is_not_an_opt_out() {
        let err = parse_optout_notice(notice!("buyer-question.eml")).err();
        assert!(
            matches!(&err, Some(SignalError::NotANotice(why)) if why.contains("no opt-out wording")),
            "{err:?}"
        );
    }

    /// Pasted text whose first line starts like a header ("To: …") has no blank line ending a
    /// header, so it is text, not a mail that would be all header and no body.
    #[test]
    fn a_text_starting_like_a_header_is_read_as_text() {
        for text in [
            "TO:000-0000000-0000000). The buyer has opted out of unsolicited messages.",
            "To: seller\nSubject: order 111-2223334-4455566\nThe buyer has opted out of unsolicited messages.",
        ] {
            let found = parse_optout_notice(text.as_bytes());
            assert_eq!(
                found.as_ref().ok().and_then(|n| n.order_id.as_deref()),
                Some(if text.starts_with("TO") {
                    "000-0000000-0000000"
                } else {
                    "111-2223334-4455566"
                }),
                "{text:?}: {found:?}"
            );
        }
    }

    #[test]
    fn plain_and_html_text_without_headers() {
        let text =
            "Order ID: 111-2223334-4455566\nThe buyer has opted out of unsolicited messages.";
        assert_eq!(
            parse_optout_notice(text.as_bytes()),
            Ok(OptOutNotice {
                order_id: Some("111-2223334-4455566".into()),
                buyer_relay: None,
                reason: NoticeReason::BuyerOptedOut,
            })
        );
        let html =
            "<p>Der K&auml;ufer m&ouml;chte keine<br>unaufgeforderten Nachrichten erhalten: \
                    <i>Abc123@Marketplace.Amazon.DE</i>.</p>";
        assert_eq!(
            parse_optout_notice(html.as_bytes()),
            Ok(OptOutNotice {
                order_id: None,
                buyer_relay: Some("abc123@marketplace.amazon.de".into()),
                reason: NoticeReason::BuyerOptedOut,
            })
        );
        let full_width = "注文番号：２５０－１２３４５６７－７６５４３２１\n購入者は メッセージの 受信を 希望していません。";
        assert_eq!(
            parse_optout_notice(full_width.as_bytes()).map(|n| n.order_id),
            Ok(Some("250-1234567-7654321".into()))
        );
    }

    #[test]
    fn notice_errors_name_what_is_missing() {
        let no_ids = parse_optout_notice(b"The buyer has opted out of unsolicited messages.").err();
        assert!(
            matches!(&no_ids, Some(SignalError::NotANotice(why)) if why.contains("neither an Amazon order id"))
        );
        let no_wording = parse_optout_notice(b"Where is order 111-2223334-4455566?").err();
        assert!(
            matches!(&no_wording, Some(SignalError::NotANotice(why)) if why.contains("no opt-out wording"))
        );
        assert!(parse_optout_notice(b"").is_err());
        // An id glued to other digits is not an order id.
        let glued = parse_optout_notice(
            b"ref 9111-2223334-4455566: buyer opted out of unsolicited messages",
        )
        .err();
        assert!(matches!(glued, Some(SignalError::NotANotice(_))));
    }

    #[test]
    fn dsn_for_a_relay_address_without_wording_still_counts_when_permanent() {
        let raw = "From: MAILER-DAEMON@mail.example\r\nSubject: Undeliverable\r\n\
                   Content-Type: text/plain\r\n\r\nFinal-Recipient: rfc822; zz9yy8xx7@marketplace.amazon.fr\r\n\
                   Action: failed\r\nStatus: 5.1.1\r\n";
        assert_eq!(
            parse_optout_notice(raw.as_bytes()),
            Ok(OptOutNotice {
                order_id: None,
                buyer_relay: Some("zz9yy8xx7@marketplace.amazon.fr".into()),
                reason: NoticeReason::RelayRejected,
            })
        );
        let delayed = raw
            .replace("Action: failed", "Action: delayed")
            .replace("5.1.1", "4.4.7");
        assert!(parse_optout_notice(delayed.as_bytes()).is_err());
        let other_domain = raw.replace("marketplace.amazon.fr", "example.com");
        assert!(parse_optout_notice(other_domain.as_bytes()).is_err());
    }

    #[test]
    fn ses_inbound_lambda_action_reads_headers_and_skips_buyer_mail() {
        assert_eq!(
            parse_ses_inbound(ses!("inbound-lambda-action.json")),
            Ok(vec![OptOutNotice {
                order_id: Some("111-6092847-3310572".into()),
                buyer_relay: None,
                reason: NoticeReason::BuyerOptedOut,
            }])
        );
        let signals = parse_signals(ses!("inbound-lambda-action.json")).unwrap_or_default();
        assert!(
            matches!(&signals[1], Signal::OtherMail { message_id, .. } if message_id == "u8w1y3a5c7e9g2i4k6m8o0q2s4u6w8y0a2c4e6")
        );
    }

    #[test]
    fn ses_inbound_sns_action_decodes_base64_content() {
        assert_eq!(
            parse_ses_inbound(ses!("inbound-sns-base64.json")),
            Ok(vec![notice_of(
                "113-4829163-7730215",
                "k7w2mq9dx4rbj1t@marketplace.amazon.com",
                NoticeReason::BuyerOptedOut
            )])
        );
    }

    #[test]
    fn ses_inbound_utf8_content_and_bad_base64() {
        let raw = String::from_utf8_lossy(notice!("de.eml")).into_owned();
        let received = serde_json::json!({"notificationType": "Received",
            "mail": {"messageId": "in-1"}, "receipt": {"action": {"type": "SNS", "encoding": "UTF8"}},
            "content": raw});
        assert_eq!(
            parse_ses_inbound(&received.to_string()).map(|n| n.len()),
            Ok(1)
        );
        // Base64 wrapped at 76 columns and no encoding named: still decoded.
        let envelope: Value =
            serde_json::from_str(ses!("inbound-sns-base64.json")).unwrap_or_default();
        let message: Value = envelope["Message"]
            .as_str()
            .and_then(|m| serde_json::from_str(m).ok())
            .unwrap_or_default();
        let wrapped: Vec<String> = message["content"]
            .as_str()
            .unwrap_or_default()
            .as_bytes()
            .chunks(76)
            .map(|line| String::from_utf8_lossy(line).into_owned())
            .collect();
        assert!(wrapped.len() > 10);
        let unnamed = serde_json::json!({"notificationType": "Received",
            "mail": {"messageId": "in-3"}, "receipt": {}, "content": wrapped.join("\r\n")});
        assert_eq!(
            parse_ses_inbound(&unnamed.to_string()).map(|n| n.len()),
            Ok(1)
        );
        let broken = serde_json::json!({"notificationType": "Received",
            "mail": {"messageId": "in-2"}, "receipt": {"action": {"type": "SNS", "encoding": "BASE64"}},
            "content": "@@@not base64@@@"});
        assert!(
            matches!(parse_ses_inbound(&broken.to_string()), Err(SignalError::Invalid { path, .. }) if path == "content")
        );
    }

    #[test]
    fn parse_signals_mixes_events_and_notices() {
        let batch = serde_json::json!({"Records": [
            {"Sns": serde_json::from_str::<Value>(ses!("sns-event-publishing-bounce.json")).unwrap_or_default()},
            {"Sns": serde_json::from_str::<Value>(ses!("inbound-sns-base64.json")).unwrap_or_default()},
        ]});
        let signals = parse_signals(&batch.to_string()).unwrap_or_default();
        assert!(
            matches!(
                &signals[..],
                [Signal::Mail(MailEvent::Bounce { .. }), Signal::Notice(_)]
            ),
            "{signals:?}"
        );
    }

    const ALL_SES: [&str; 13] = [
        ses!("eventbridge-bounce-permanent.json"),
        ses!("eventbridge-bounce-transient.json"),
        ses!("eventbridge-complaint.json"),
        ses!("eventbridge-delivery.json"),
        ses!("eventbridge-send.json"),
        ses!("eventbridge-bounce-missing-type.json"),
        ses!("bare-bounce-undetermined.json"),
        ses!("sns-event-publishing-bounce.json"),
        ses!("sns-identity-bounce.json"),
        ses!("lambda-sns-two-records.json"),
        ses!("garbage.json"),
        ses!("inbound-lambda-action.json"),
        ses!("inbound-sns-base64.json"),
    ];
    const ALL_NOTICES: [&[u8]; 7] = [
        notice!("en-plain.eml"),
        notice!("html-only.eml"),
        notice!("qp-multipart.eml"),
        notice!("ja.eml"),
        notice!("de.eml"),
        notice!("relay-dsn.eml"),
        notice!("buyer-question.eml"),
    ];

    fn splice(base: &[u8], at: usize, cut: usize, insert: &[u8]) -> Vec<u8> {
        let at = at % (base.len() + 1);
        let end = (at + cut).min(base.len());
        [&base[..at], insert, &base[end..]].concat()
    }

    proptest! {
        #[test]
        fn arbitrary_strings_never_panic(s in any::<String>()) {
            let _ = parse_ses_events(&s);
            let _ = parse_ses_inbound(&s);
            let _ = parse_signals(&s);
            let _ = parse_optout_notice(s.as_bytes());
        }

        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
            let _ = parse_optout_notice(&bytes);
        }

        #[test]
        fn damaged_fixtures_never_panic(
            which in 0usize..20,
            at in any::<usize>(),
            cut in 0usize..64,
            insert in proptest::collection::vec(any::<u8>(), 0..16),
        ) {
            if which < ALL_SES.len() {
                let damaged = splice(ALL_SES[which].as_bytes(), at, cut, &insert);
                let text = String::from_utf8_lossy(&damaged);
                let _ = parse_ses_events(&text);
                let _ = parse_signals(&text);
            } else {
                let _ = parse_optout_notice(&splice(ALL_NOTICES[which - ALL_SES.len()], at, cut, &insert));
            }
        }

        #[test]
        fn order_ids_are_found_wherever_they_sit(prefix in "([a-zA-Z ]{0,12}[ :#(])?", id in "[0-9]{3}-[0-9]{7}-[0-9]{7}") {
            let text = format!("{prefix}{id}). The buyer has opted out of unsolicited messages.");
            let found = parse_optout_notice(text.as_bytes()).ok().and_then(|n| n.order_id);
            prop_assert_eq!(found, Some(id));
        }
    }
}
