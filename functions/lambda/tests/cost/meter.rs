//! What each AWS request is billed on, seen by an SDK interceptor ([`Meter`]) on every client of
//! a function: DynamoDB request units from item sizes and consistency (on-demand rules), SES
//! messages and bytes, EventBridge entries in 64 KB chunks, Secrets Manager calls.
//!
//! The emulator reports no consumed capacity, so the meter reads what it needs itself, through
//! its own unbilled requests to the emulator: a write's item before and after it (the larger
//! one is billed; a global secondary index pays for the entries the write adds, changes or
//! removes), and a read's items as stored (a projection or a filter does not lower what a read
//! costs). The time those requests take is kept apart ([`Meter::own_time`]) so a handler's
//! measured duration leaves it out.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use aftercare::adapters::aws::schema;
use aws_sdk_dynamodb::config::interceptors::{
    AfterDeserializationInterceptorContextRef, BeforeTransmitInterceptorContextRef,
};
use aws_sdk_dynamodb::config::{ConfigBag, Intercept, RuntimeComponents};
use aws_sdk_dynamodb::error::BoxError;
use aws_smithy_runtime_api::client::orchestrator::Metadata;
use aws_smithy_types::config_bag::{Storable, StoreReplace};
use serde_json::{json, Value as Json};

/// What one kind of request (function, service, operation) used over a run.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Usage {
    pub requests: u64,
    /// DynamoDB read request units.
    pub rru: f64,
    /// DynamoDB write request units on the table.
    pub wru: f64,
    /// DynamoDB write request units on global secondary indexes.
    pub gsi_wru: f64,
    /// Writes refused by their condition (still billed).
    pub refused: u64,
    /// SES: recipients mailed, and the bytes of the messages.
    pub recipients: u64,
    pub mail_bytes: u64,
    /// EventBridge: entries, and 64 KB chunks billed.
    pub entries: u64,
    pub chunks: u64,
}

impl Usage {
    pub fn add(&mut self, other: &Usage) {
        self.requests += other.requests;
        self.rru += other.rru;
        self.wru += other.wru;
        self.gsi_wru += other.gsi_wru;
        self.refused += other.refused;
        self.recipients += other.recipients;
        self.mail_bytes += other.mail_bytes;
        self.entries += other.entries;
        self.chunks += other.chunks;
    }
}

/// (function, service, operation) → usage.
pub type Ledger = BTreeMap<(String, String, String), Usage>;

#[derive(Debug, Default)]
struct Shared {
    ledger: Mutex<Ledger>,
    /// EventBridge entries published, for the run to deliver to the planner as the rule would.
    published: Mutex<Vec<Json>>,
    /// Emails SES accepted: (recipients, tags, message id), for the run to answer with SES's
    /// events as the configuration set would.
    mailed: Mutex<Vec<Mailed>>,
    own_nanos: AtomicU64,
}

/// One email SES accepted.
#[derive(Debug, Clone)]
pub struct Mailed {
    pub recipients: Vec<String>,
    pub tags: BTreeMap<String, String>,
    pub message_id: String,
}

/// Meters every request of the clients it is attached to, under one function's name.
#[derive(Debug, Clone)]
pub struct Meter {
    function: String,
    endpoint: String,
    shared: Arc<Shared>,
}

/// The meter's whole record, shared by the meters of every function.
#[derive(Debug, Clone)]
pub struct Books {
    endpoint: String,
    shared: Arc<Shared>,
}

impl Books {
    pub fn new(endpoint: &str) -> Self {
        Books {
            endpoint: endpoint.trim_end_matches('/').to_string(),
            shared: Arc::default(),
        }
    }

    pub fn meter(&self, function: &str) -> Meter {
        Meter {
            function: function.to_string(),
            endpoint: self.endpoint.clone(),
            shared: self.shared.clone(),
        }
    }

    pub fn ledger(&self) -> Ledger {
        lock(&self.shared.ledger).clone()
    }

    /// Takes the EventBridge entries published since the last call.
    pub fn take_published(&self) -> Vec<Json> {
        std::mem::take(&mut *lock(&self.shared.published))
    }

    /// Takes the emails SES accepted since the last call.
    pub fn take_mailed(&self) -> Vec<Mailed> {
        std::mem::take(&mut *lock(&self.shared.mailed))
    }

    /// Time spent in the meter's own requests to the emulator, to leave out of durations.
    pub fn own_time(&self) -> std::time::Duration {
        std::time::Duration::from_nanos(self.shared.own_nanos.load(Ordering::SeqCst))
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// What the meter read before a request went out.
#[derive(Debug, Clone)]
struct Pending {
    service: String,
    operation: String,
    body: Json,
    /// DynamoDB writes: (table, key, item before the write).
    before: Vec<(String, Json, Option<Json>)>,
}

impl Storable for Pending {
    type Storer = StoreReplace<Self>;
}

impl Intercept for Meter {
    fn name(&self) -> &'static str {
        "CostMeter"
    }

    fn read_before_transmit(
        &self,
        context: &BeforeTransmitInterceptorContextRef<'_>,
        _: &RuntimeComponents,
        cfg: &mut ConfigBag,
    ) -> Result<(), BoxError> {
        let (service, operation) = match cfg.load::<Metadata>() {
            Some(m) => (m.service().to_string(), m.name().to_string()),
            None => ("unnamed".to_string(), "unnamed".to_string()),
        };
        let body = context
            .request()
            .body()
            .bytes()
            .and_then(|b| serde_json::from_slice(b).ok())
            .unwrap_or(Json::Null);
        let before = if service == "DynamoDB" {
            written_keys(&operation, &body)
                .into_iter()
                .map(|(table, key)| {
                    let item = self.stored(&table, &key);
                    (table, key, item)
                })
                .collect()
        } else {
            Vec::new()
        };
        cfg.interceptor_state().store_put(Pending {
            service,
            operation,
            body,
            before,
        });
        Ok(())
    }

    fn read_after_deserialization(
        &self,
        context: &AfterDeserializationInterceptorContextRef<'_>,
        _: &RuntimeComponents,
        cfg: &mut ConfigBag,
    ) -> Result<(), BoxError> {
        let Some(p) = cfg.load::<Pending>().cloned() else {
            return Ok(());
        };
        let response = context.response();
        let ok = response.status().is_success();
        let answer: Json = response
            .body()
            .bytes()
            .and_then(|b| serde_json::from_slice(b).ok())
            .unwrap_or(Json::Null);
        let mut usage = Usage {
            requests: 1,
            ..Usage::default()
        };
        match p.service.as_str() {
            "DynamoDB" => self.dynamodb(&p, ok, &answer, &mut usage),
            "SESv2" if p.operation == "SendEmail" && ok => {
                let d = &p.body["Destination"];
                usage.recipients = ["ToAddresses", "CcAddresses", "BccAddresses"]
                    .iter()
                    .map(|k| d[*k].as_array().map_or(0, Vec::len) as u64)
                    .sum::<u64>()
                    .max(1);
                usage.mail_bytes = p.body["Content"].to_string().len() as u64;
                let d = &p.body["Destination"]["ToAddresses"];
                lock(&self.shared.mailed).push(Mailed {
                    recipients: d
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(|r| r.as_str().map(str::to_string))
                        .collect(),
                    tags: p.body["EmailTags"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .map(|t| {
                            (
                                str_of(&t["Name"]).to_string(),
                                str_of(&t["Value"]).to_string(),
                            )
                        })
                        .collect(),
                    message_id: str_of(&answer["MessageId"]).to_string(),
                });
            }
            "EventBridge" if p.operation == "PutEvents" => {
                let entries = p.body["Entries"].as_array().cloned().unwrap_or_default();
                usage.entries = entries.len() as u64;
                usage.chunks = entries
                    .iter()
                    .map(|e| entry_bytes(e).div_ceil(64 * 1024).max(1))
                    .sum();
                if ok {
                    lock(&self.shared.published).extend(entries);
                }
            }
            _ => {}
        }
        let key = (
            self.function.clone(),
            p.service.clone(),
            p.operation.clone(),
        );
        lock(&self.shared.ledger)
            .entry(key)
            .or_default()
            .add(&usage);
        Ok(())
    }
}

impl Meter {
    fn dynamodb(&self, p: &Pending, ok: bool, answer: &Json, usage: &mut Usage) {
        let body = &p.body;
        let consistent = body["ConsistentRead"].as_bool() == Some(true);
        match p.operation.as_str() {
            "GetItem" => {
                let item = if body.get("ProjectionExpression").is_some() {
                    self.stored(str_of(&body["TableName"]), &body["Key"])
                } else {
                    answer.get("Item").cloned()
                };
                usage.rru = read_units(item.as_ref().map_or(0, item_size), consistent);
            }
            "Query" | "Scan" => {
                let items = if ["ProjectionExpression", "FilterExpression", "Select"]
                    .iter()
                    .any(|k| body.get(*k).is_some())
                {
                    let mut plain = body.clone();
                    if let Some(o) = plain.as_object_mut() {
                        for k in [
                            "ProjectionExpression",
                            "FilterExpression",
                            "Select",
                            "ExpressionAttributeNames",
                            "ExpressionAttributeValues",
                        ] {
                            o.remove(k);
                        }
                        // The key condition keeps the names and values it uses.
                        let used = tokens(str_of(&body["KeyConditionExpression"]));
                        for k in ["ExpressionAttributeNames", "ExpressionAttributeValues"] {
                            let kept: serde_json::Map<String, Json> = body[k]
                                .as_object()
                                .into_iter()
                                .flatten()
                                .filter(|(name, _)| used.contains(*name))
                                .map(|(name, v)| (name.clone(), v.clone()))
                                .collect();
                            if !kept.is_empty() {
                                o.insert(k.to_string(), Json::Object(kept));
                            }
                        }
                    }
                    let target = if p.operation == "Query" {
                        "Query"
                    } else {
                        "Scan"
                    };
                    self.raw(target, &plain)["Items"]
                        .as_array()
                        .cloned()
                        .unwrap_or_default()
                } else {
                    answer["Items"].as_array().cloned().unwrap_or_default()
                };
                let index = body["IndexName"].as_str();
                let bytes: u64 = items
                    .iter()
                    .map(|i| item_size(&index.map_or_else(|| i.clone(), |x| project(x, i))))
                    .sum();
                usage.rru = read_units(bytes, consistent);
            }
            "BatchGetItem" => {
                for (_, found) in answer["Responses"].as_object().into_iter().flatten() {
                    for item in found.as_array().into_iter().flatten() {
                        usage.rru += read_units(item_size(item), false);
                    }
                }
            }
            "TransactGetItems" => {
                for r in answer["Responses"].as_array().into_iter().flatten() {
                    usage.rru += 2.0 * read_units(r.get("Item").map_or(0, item_size), true);
                }
            }
            "PutItem" | "UpdateItem" | "DeleteItem" | "BatchWriteItem" | "TransactWriteItems" => {
                let transactional = p.operation == "TransactWriteItems";
                if !ok {
                    usage.refused = 1;
                }
                for (table, key, before) in &p.before {
                    let after = if ok {
                        self.stored(table, key)
                    } else {
                        before.clone()
                    };
                    let size = before
                        .as_ref()
                        .map_or(0, item_size)
                        .max(after.as_ref().map_or(0, item_size));
                    let units = write_units(size);
                    usage.wru += if transactional { 2.0 * units } else { units };
                    if ok {
                        usage.gsi_wru += index_writes(before.as_ref(), after.as_ref());
                    }
                }
            }
            _ => {}
        }
    }

    /// The item as stored now (an unbilled read of the meter's own).
    fn stored(&self, table: &str, key: &Json) -> Option<Json> {
        let answer = self.raw(
            "GetItem",
            &json!({ "TableName": table, "Key": key, "ConsistentRead": true }),
        );
        answer.get("Item").cloned()
    }

    fn raw(&self, target: &str, body: &Json) -> Json {
        let started = Instant::now();
        let answer = dynamodb_raw(&self.endpoint, target, body);
        self.shared.own_nanos.fetch_add(
            u64::try_from(started.elapsed().as_nanos()).unwrap_or(u64::MAX),
            Ordering::SeqCst,
        );
        answer
    }
}

/// The `#name` and `:value` placeholders of an expression.
fn tokens(expression: &str) -> Vec<String> {
    expression
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '#' || c == ':'))
        .filter(|t| t.starts_with('#') || t.starts_with(':'))
        .map(str::to_string)
        .collect()
}

fn str_of(v: &Json) -> &str {
    v.as_str().unwrap_or_default()
}

/// (table, key) of every item a DynamoDB write request touches.
fn written_keys(operation: &str, body: &Json) -> Vec<(String, Json)> {
    let key_of = |item: &Json| json!({ schema::PK: item[schema::PK].clone(), schema::SK: item[schema::SK].clone() });
    let table = || str_of(&body["TableName"]).to_string();
    match operation {
        "PutItem" => vec![(table(), key_of(&body["Item"]))],
        "UpdateItem" | "DeleteItem" => vec![(table(), body["Key"].clone())],
        "TransactWriteItems" => body["TransactItems"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|t| {
                let (kind, r) = t.as_object()?.iter().next()?;
                let key = if kind == "Put" {
                    key_of(&r["Item"])
                } else {
                    r["Key"].clone()
                };
                Some((str_of(&r["TableName"]).to_string(), key))
            })
            .collect(),
        "BatchWriteItem" => body["RequestItems"]
            .as_object()
            .into_iter()
            .flatten()
            .flat_map(|(table, requests)| {
                requests
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|r| {
                        let key = match (r.get("PutRequest"), r.get("DeleteRequest")) {
                            (Some(put), _) => key_of(&put["Item"]),
                            (None, Some(del)) => del["Key"].clone(),
                            _ => return None,
                        };
                        Some((table.clone(), key))
                    })
                    .collect::<Vec<_>>()
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The table's global secondary indexes: (name, partition key, sort key, projects everything).
const INDEXES: [(&str, &str, &str, bool); 4] = [
    (
        schema::GSI_BY_ORDER,
        schema::ORDER_ID,
        schema::STORE_ID,
        false,
    ),
    (
        schema::GSI_BY_BUYER,
        schema::BUYER_PK,
        schema::PLACED_AT,
        false,
    ),
    (schema::GSI_DUE, schema::DUE_PK, schema::DUE_SK, true),
    (
        schema::GSI_PENDING_BY_BUYER,
        schema::BUYER_PENDING,
        schema::SEND_ID,
        false,
    ),
];

/// An item as one index holds it.
fn project(index: &str, item: &Json) -> Json {
    let Some((_, hash, range, all)) = INDEXES.iter().find(|(name, ..)| *name == index) else {
        return item.clone();
    };
    if *all {
        return item.clone();
    }
    let mut out = serde_json::Map::new();
    for k in [schema::PK, schema::SK, hash, range] {
        if let Some(v) = item.get(k) {
            out.insert(k.to_string(), v.clone());
        }
    }
    Json::Object(out)
}

/// Write units the indexes pay for one item going from `before` to `after`: an entry added or
/// removed is one write of its size, a moved entry (new key) two, a changed one one.
fn index_writes(before: Option<&Json>, after: Option<&Json>) -> f64 {
    let entry = |index: &str, hash: &str, range: &str, item: Option<&Json>| {
        item.filter(|i| i.get(hash).is_some() && i.get(range).is_some())
            .map(|i| project(index, i))
    };
    INDEXES
        .iter()
        .map(|(name, hash, range, _)| {
            let b = entry(name, hash, range, before);
            let a = entry(name, hash, range, after);
            match (b, a) {
                (Some(b), Some(a)) if b == a => 0.0,
                (Some(b), Some(a)) if b[*hash] == a[*hash] && b[*range] == a[*range] => {
                    write_units(item_size(&a).max(item_size(&b)))
                }
                (Some(b), Some(a)) => write_units(item_size(&b)) + write_units(item_size(&a)),
                (Some(x), None) | (None, Some(x)) => write_units(item_size(&x)),
                (None, None) => 0.0,
            }
        })
        .sum()
}

/// On-demand reads: 4 KB units, at least one; an eventually consistent read costs half.
pub fn read_units(bytes: u64, consistent: bool) -> f64 {
    let units = bytes.div_ceil(4096).max(1) as f64;
    if consistent {
        units
    } else {
        units / 2.0
    }
}

/// On-demand writes: 1 KB units, at least one.
pub fn write_units(bytes: u64) -> f64 {
    bytes.div_ceil(1024).max(1) as f64
}

/// An item's size as DynamoDB counts it: attribute names plus values.
pub fn item_size(item: &Json) -> u64 {
    item.as_object()
        .into_iter()
        .flatten()
        .map(|(name, value)| name.len() as u64 + value_size(value))
        .sum()
}

fn value_size(v: &Json) -> u64 {
    let Some((kind, inner)) = v.as_object().and_then(|o| o.iter().next()) else {
        return 0;
    };
    match kind.as_str() {
        "S" => str_of(inner).len() as u64,
        "N" => number_size(str_of(inner)),
        "B" => (str_of(inner).len() as u64 * 3) / 4,
        "BOOL" | "NULL" => 1,
        "SS" => inner
            .as_array()
            .into_iter()
            .flatten()
            .map(|s| str_of(s).len() as u64)
            .sum(),
        "NS" => inner
            .as_array()
            .into_iter()
            .flatten()
            .map(|s| number_size(str_of(s)))
            .sum(),
        "L" => {
            3 + inner
                .as_array()
                .into_iter()
                .flatten()
                .map(|x| 1 + value_size(x))
                .sum::<u64>()
        }
        "M" => {
            3 + inner
                .as_object()
                .into_iter()
                .flatten()
                .map(|(k, x)| 1 + k.len() as u64 + value_size(x))
                .sum::<u64>()
        }
        _ => 0,
    }
}

/// A number: one byte per two significant digits, plus one.
fn number_size(text: &str) -> u64 {
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let significant = digits.trim_start_matches('0').trim_end_matches('0').len() as u64;
    significant.max(1).div_ceil(2) + 1
}

/// The part of an EventBridge entry that is billed in 64 KB chunks.
fn entry_bytes(entry: &Json) -> u64 {
    ["Source", "DetailType", "Detail", "Time"]
        .iter()
        .map(|k| str_of(&entry[*k]).len() as u64)
        .sum::<u64>()
        + entry["Resources"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|r| str_of(r).len() as u64)
            .sum::<u64>()
}

/// One DynamoDB request straight to the emulator (which checks no signature).
fn dynamodb_raw(endpoint: &str, target: &str, body: &Json) -> Json {
    let host = endpoint.trim_start_matches("http://");
    let payload = body.to_string();
    let Ok(mut s) = std::net::TcpStream::connect(host) else {
        return Json::Null;
    };
    let request = format!(
        "POST / HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/x-amz-json-1.0\r\n\
         X-Amz-Target: DynamoDB_20120810.{target}\r\n\
         Authorization: AWS4-HMAC-SHA256 Credential=test/20261202/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{payload}",
        payload.len()
    );
    if s.write_all(request.as_bytes()).is_err() {
        return Json::Null;
    }
    let mut buf = Vec::new();
    if s.read_to_end(&mut buf).is_err() {
        return Json::Null;
    }
    let text = String::from_utf8_lossy(&buf);
    let Some((head, rest)) = text.split_once("\r\n\r\n") else {
        return Json::Null;
    };
    let body = if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        dechunk(rest)
    } else {
        rest.to_string()
    };
    serde_json::from_str(&body).unwrap_or(Json::Null)
}

fn dechunk(body: &str) -> String {
    let mut out = String::new();
    let mut rest = body;
    while let Some((size, tail)) = rest.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 || tail.len() < n {
            break;
        }
        out.push_str(&tail[..n]);
        rest = tail[n..].trim_start_matches("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_follow_dynamodbs_rules() {
        let item = json!({ "pk": { "S": "abc" }, "n": { "N": "12300" }, "ok": { "BOOL": true } });
        // pk 2+3, n 1+(3 significant digits → 2)+1, ok 2+1
        assert_eq!(item_size(&item), 5 + 4 + 3);
        assert_eq!(write_units(1024), 1.0);
        assert_eq!(write_units(1025), 2.0);
        assert_eq!(read_units(0, false), 0.5);
        assert_eq!(read_units(4097, true), 2.0);
    }

    #[test]
    fn a_moved_index_entry_is_two_writes_and_an_unchanged_one_none() {
        let pending = json!({ "pk": {"S":"p"}, "sk": {"S":"s"}, "due_pk": {"S":"DUE#g#01"}, "due_sk": {"S":"1"} });
        let claimed = json!({ "pk": {"S":"p"}, "sk": {"S":"s"}, "due_pk": {"S":"CLAIMED#g#01"}, "due_sk": {"S":"2"} });
        assert_eq!(index_writes(Some(&pending), Some(&claimed)), 2.0);
        assert_eq!(index_writes(Some(&pending), Some(&pending)), 0.0);
        assert_eq!(index_writes(Some(&pending), None), 1.0);
    }
}
