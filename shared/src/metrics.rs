//! CloudWatch metrics as Embedded Metric Format (EMF) log lines: a Lambda prints one JSON line
//! per metric group to stdout and CloudWatch Logs turns it into metrics, with no API call and no
//! SDK. This module owns the metric names, dimension names and the line format; the template's
//! dashboard and alarms (`template.yaml`, `infra/README.md`) read exactly these names.
//!
//! Every line published for a store carries two dimension sets: `[StoreId]` (plus `Reason` for
//! skips), which the dashboard finds with `SEARCH`, and the empty set, a store-less aggregate
//! the account-wide bounce and complaint rate alarms read (alarms cannot use `SEARCH`).
//!
//! ```
//! use aftercare::metrics::{Metrics, StoreMetrics, EMAILS_SENT, EMAILS_SKIPPED, NAMESPACE};
//!
//! let mut run = StoreMetrics::default();
//! run.add("acme-us", EMAILS_SENT, 3);
//! run.add_with_reason("acme-us", EMAILS_SKIPPED, "opted_out", 1);
//! for line in run.emf_lines(NAMESPACE, 1_764_000_000_000) {
//!     println!("{line}");
//! }
//!
//! let mut one = Metrics::for_store(NAMESPACE, "acme-us");
//! one.count(EMAILS_SENT, 1);
//! assert!(one.to_emf_line(1_764_000_000_000).contains("\"EmailsSent\":1"));
//! ```

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

/// Default namespace; a deployment may set another through [`NAMESPACE_ENV`].
pub const NAMESPACE: &str = "Aftercare";
/// Environment variable the template sets to the stack's namespace.
pub const NAMESPACE_ENV: &str = "METRICS_NAMESPACE";

/// Dimension: the store a metric is about.
pub const STORE_ID: &str = "StoreId";
/// Dimension of [`EMAILS_SKIPPED`]: the skip reason (`Reason::as_str`).
pub const REASON: &str = "Reason";

/// Sends the planner created (pending, or decided at plan time).
pub const EMAILS_PLANNED: &str = "EmailsPlanned";
/// Emails SES accepted.
pub const EMAILS_SENT: &str = "EmailsSent";
/// Sends not mailed, by [`REASON`].
pub const EMAILS_SKIPPED: &str = "EmailsSkipped";
/// Bounces reported by SES (any type).
pub const EMAILS_BOUNCED: &str = "EmailsBounced";
/// Complaints reported by SES.
pub const EMAILS_COMPLAINED: &str = "EmailsComplained";
/// Buyers newly recorded as opted out (bounce, complaint or Amazon notice).
pub const BUYERS_OPTED_OUT: &str = "BuyersOptedOut";
/// Sends SES refused or that failed for good.
pub const EMAILS_FAILED: &str = "EmailsFailed";
/// 1–3★ feedback received (planner, on `feedback` events), counted as `status` counts it.
pub const NEGATIVE_FEEDBACK: &str = "NegativeFeedback";
/// 1–3★ feedback that meets one of Amazon's removal grounds.
pub const NEGATIVE_FEEDBACK_REMOVABLE: &str = "NegativeFeedbackRemovable";
/// 1–3★ feedback Amazon strikes through (FBA fulfillment) and would not remove.
pub const NEGATIVE_FEEDBACK_STRUCK_THROUGH: &str = "NegativeFeedbackStruckThrough";
/// Stores the bounce circuit breaker paused, by [`REASON`] (`bounce_rate` / `complaint_rate`).
pub const STORE_PAUSED: &str = "StorePaused";

/// Sends still due when a dispatcher run ended at its window's last tick (out of time, or the
/// account's 24-hour quota): they wait for the window's next opening.
pub const SENDS_LEFT_AT_WINDOW_CLOSE: &str = "SendsLeftAtWindowClose";

/// Pending sends the planner put into a window group no dispatcher schedule of the deployed
/// template serves (a template not regenerated after a config change): they would never leave.
pub const UNSCHEDULED_SENDS: &str = "UnscheduledSends";

/// Amazon order notifications stored as order events (notifications function, per store).
pub const NOTIFICATIONS_STORED: &str = "NotificationsStored";
/// Amazon order notifications dropped without a retry, by [`REASON`] (`Dropped::as_str`:
/// `malformed`, `other_type`, `ignored_status`, `unknown_seller`). Published without a store:
/// a dropped notification often names none this deployment knows.
pub const NOTIFICATIONS_DROPPED: &str = "NotificationsDropped";
/// Orders API `getOrder` lookups that completed a stored notification (per store).
pub const ORDER_LOOKUPS: &str = "OrderLookups";
/// Review requests Amazon accepted through its Solicitations API (dispatcher, per store).
pub const REVIEW_REQUESTS_SOLICITED: &str = "ReviewRequestsSolicited";

/// A function refused the config published to the config bucket and kept the one it had
/// (per `Function`, and without dimensions for the alarm).
pub const CONFIG_REJECTED: &str = "ConfigRejected";
/// The dimension naming the function that refused a published config.
pub const FUNCTION: &str = "Function";

/// Every metric the functions publish; the template's dashboard shows each of them.
pub const ALL_METRICS: [&str; 18] = [
    EMAILS_PLANNED,
    EMAILS_SENT,
    EMAILS_SKIPPED,
    EMAILS_BOUNCED,
    EMAILS_COMPLAINED,
    BUYERS_OPTED_OUT,
    EMAILS_FAILED,
    NEGATIVE_FEEDBACK,
    NEGATIVE_FEEDBACK_REMOVABLE,
    NEGATIVE_FEEDBACK_STRUCK_THROUGH,
    STORE_PAUSED,
    SENDS_LEFT_AT_WINDOW_CLOSE,
    UNSCHEDULED_SENDS,
    NOTIFICATIONS_STORED,
    NOTIFICATIONS_DROPPED,
    ORDER_LOOKUPS,
    REVIEW_REQUESTS_SOLICITED,
    CONFIG_REJECTED,
];

/// Dimension values CloudWatch accepts: non-empty printable ASCII, at most 1024 characters.
const MAX_DIMENSION_VALUE: usize = 1024;

/// The unit of a metric value (a subset of CloudWatch's units).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Count,
    Milliseconds,
    None,
}

impl Unit {
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Count => "Count",
            Unit::Milliseconds => "Milliseconds",
            Unit::None => "None",
        }
    }
}

/// The namespace from [`NAMESPACE_ENV`], or [`NAMESPACE`] when it is unset or blank.
pub fn namespace_from_env() -> String {
    std::env::var(NAMESPACE_ENV)
        .ok()
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| NAMESPACE.to_string())
}

/// One EMF document: metric values sharing a namespace and dimensions.
#[derive(Debug, Clone, PartialEq)]
pub struct Metrics {
    namespace: String,
    dimensions: Vec<(String, String)>,
    values: Vec<(String, f64, Unit)>,
    /// Also publish every value with no dimensions (the store-less aggregate).
    aggregate: bool,
}

impl Metrics {
    /// An empty document in `namespace`, no dimensions.
    pub fn new(namespace: impl Into<String>) -> Self {
        Metrics {
            namespace: namespace.into(),
            dimensions: Vec::new(),
            values: Vec::new(),
            aggregate: false,
        }
    }

    /// A document about one store: dimension `StoreId`, plus the store-less aggregate.
    pub fn for_store(namespace: impl Into<String>, store_id: &str) -> Self {
        Metrics::new(namespace)
            .dimension(STORE_ID, store_id)
            .with_aggregate(true)
    }

    /// Adds (or replaces) a dimension. The value is made acceptable to CloudWatch: characters
    /// outside printable ASCII become `_`, an empty value becomes `unknown`.
    pub fn dimension(mut self, name: &str, value: &str) -> Self {
        let value = dimension_value(value);
        match self.dimensions.iter_mut().find(|(n, _)| n == name) {
            Some(slot) => slot.1 = value,
            None => self.dimensions.push((name.to_string(), value)),
        }
        self
    }

    /// Whether every value is also published without dimensions.
    pub fn with_aggregate(mut self, aggregate: bool) -> Self {
        self.aggregate = aggregate;
        self
    }

    /// Adds `n` to the count `name`.
    pub fn count(&mut self, name: &str, n: u64) -> &mut Self {
        // Counts per invocation are far below 2^53, where f64 stops being exact.
        self.value(name, n as f64, Unit::Count)
    }

    /// Adds `value` to the metric `name` (summed when recorded twice, since EMF allows one
    /// member per name). Non-finite values are dropped: EMF needs a JSON number.
    pub fn value(&mut self, name: &str, value: f64, unit: Unit) -> &mut Self {
        if !value.is_finite() {
            return self;
        }
        match self.values.iter_mut().find(|(n, _, _)| n == name) {
            Some(slot) => slot.1 += value,
            None => self.values.push((name.to_string(), value, unit)),
        }
        self
    }

    /// Whether no value was recorded (nothing worth printing).
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// The EMF JSON document, one line. `timestamp_ms` is milliseconds since the Unix epoch.
    pub fn to_emf_line(&self, timestamp_ms: i64) -> String {
        let keys: Vec<&str> = self.dimensions.iter().map(|(n, _)| n.as_str()).collect();
        let mut sets = vec![keys];
        if self.aggregate && !self.dimensions.is_empty() {
            sets.push(Vec::new());
        }
        let definitions: Vec<Value> = self
            .values
            .iter()
            .map(|(name, _, unit)| json!({ "Name": name, "Unit": unit.as_str() }))
            .collect();
        let mut root = Map::new();
        root.insert(
            "_aws".into(),
            json!({
                "Timestamp": timestamp_ms,
                "CloudWatchMetrics": [{
                    "Namespace": self.namespace,
                    "Dimensions": sets,
                    "Metrics": definitions,
                }],
            }),
        );
        for (name, value) in &self.dimensions {
            root.insert(name.clone(), Value::String(value.clone()));
        }
        for (name, value, _) in &self.values {
            root.insert(name.clone(), json!(value));
        }
        Value::Object(root).to_string()
    }
}

/// Counts of one invocation grouped by (store, reason), printed as one EMF line per group.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StoreMetrics {
    groups: BTreeMap<(String, Option<String>), BTreeMap<String, u64>>,
}

impl StoreMetrics {
    /// Adds `n` to `metric` for `store`.
    pub fn add(&mut self, store: &str, metric: &str, n: u64) {
        self.bump(store, None, metric, n);
    }

    /// Adds `n` to `metric` for `store` with a `Reason` dimension (for [`EMAILS_SKIPPED`]).
    pub fn add_with_reason(&mut self, store: &str, metric: &str, reason: &str, n: u64) {
        self.bump(store, Some(reason), metric, n);
    }

    fn bump(&mut self, store: &str, reason: Option<&str>, metric: &str, n: u64) {
        if n == 0 {
            return;
        }
        let counts = self
            .groups
            .entry((store.to_string(), reason.map(str::to_string)))
            .or_default();
        *counts.entry(metric.to_string()).or_default() += n;
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// One EMF line per (store, reason) group, in a stable order.
    pub fn emf_lines(&self, namespace: &str, timestamp_ms: i64) -> Vec<String> {
        self.groups
            .iter()
            .map(|((store, reason), counts)| {
                let mut m = Metrics::for_store(namespace, store);
                if let Some(reason) = reason {
                    m = m.dimension(REASON, reason);
                }
                for (name, n) in counts {
                    m.count(name, *n);
                }
                m.to_emf_line(timestamp_ms)
            })
            .collect()
    }
}

/// Counts one new feedback's triage for `store`: neutral (3★) feedback is triaged but not counted.
pub fn record_triage(m: &mut StoreMetrics, store: &str, triage: &crate::triage::Triage) {
    if !crate::triage::is_negative_rating(triage.rating) {
        return;
    }
    m.add(store, NEGATIVE_FEEDBACK, 1);
    if triage.is_removable() {
        m.add(store, NEGATIVE_FEEDBACK_REMOVABLE, 1);
    } else if triage.is_struck_through() {
        m.add(store, NEGATIVE_FEEDBACK_STRUCK_THROUGH, 1);
    }
}

fn dimension_value(raw: &str) -> String {
    let clean: String = raw
        .trim()
        .chars()
        .take(MAX_DIMENSION_VALUE)
        .map(|c| {
            if c.is_ascii_graphic() || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if clean.is_empty() {
        "unknown".to_string()
    } else {
        clean
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: i64 = 1_764_072_000_123;

    /// The dashboard body of `template.yaml` (the `!Sub` block), and the names of the metrics
    /// of our namespace it and the alarms read.
    fn template_dashboard() -> (String, std::collections::BTreeSet<String>) {
        let template =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../template.yaml"))
                .expect("template.yaml");
        let start = template
            .find("DashboardBody: !Sub |")
            .expect("the template has a dashboard");
        let body: String = template[start..]
            .lines()
            .skip(1)
            .take_while(|l| l.is_empty() || l.starts_with("        "))
            .collect::<Vec<_>>()
            .join("\n");
        let ours = [
            r#"MetricName=\\"(\w+)\\""#,
            r#""\$\{MetricsNamespace\}", "(\w+)""#,
            r"Namespace: !Ref MetricsNamespace, MetricName: (\w+)",
            r"MetricName: (\w+)\n\s+Namespace: !Ref MetricsNamespace",
        ];
        let mut names = std::collections::BTreeSet::new();
        for pattern in ours {
            let re = regex::Regex::new(pattern).unwrap();
            names.extend(re.captures_iter(&template).map(|c| c[1].to_string()));
        }
        (body, names)
    }

    #[test]
    fn the_dashboard_is_valid_json_and_reads_exactly_the_metrics_published() {
        let (body, read) = template_dashboard();
        let substituted = regex::Regex::new(r"\$\{[^}]+\}")
            .unwrap()
            .replace_all(&body, "x");
        let doc: Value = serde_json::from_str(&substituted)
            .unwrap_or_else(|e| panic!("dashboard body is not JSON: {e}"));
        assert!(doc["widgets"].as_array().is_some_and(|w| w.len() > 10));
        let published: std::collections::BTreeSet<String> =
            ALL_METRICS.iter().map(|m| m.to_string()).collect();
        let unknown: Vec<_> = read.difference(&published).collect();
        assert!(
            unknown.is_empty(),
            "the template reads metrics nobody publishes: {unknown:?}"
        );
        for metric in ALL_METRICS {
            assert!(
                body.contains(&format!(r#"MetricName=\"{metric}\""#))
                    || body.contains(&format!(r#""${{MetricsNamespace}}", "{metric}""#)),
                "{metric} is published but not on the dashboard"
            );
        }
    }

    fn parse(line: &str) -> Value {
        assert!(!line.contains('\n'), "an EMF document is one log line");
        serde_json::from_str(line).expect("an EMF line is one JSON object")
    }

    /// Checks the document against the EMF specification: every referenced dimension is a
    /// string member of the root and every referenced metric a number member.
    fn assert_valid_emf(doc: &Value) {
        let aws = &doc["_aws"];
        assert!(
            aws["Timestamp"].is_i64(),
            "Timestamp is integer milliseconds"
        );
        let directives = aws["CloudWatchMetrics"].as_array().expect("directives");
        assert!(!directives.is_empty());
        for d in directives {
            assert!(d["Namespace"].as_str().is_some_and(|n| !n.is_empty()));
            let sets = d["Dimensions"].as_array().expect("Dimensions");
            assert!(!sets.is_empty(), "at least one dimension set");
            for set in sets {
                let set = set.as_array().expect("a dimension set is an array");
                assert!(set.len() <= 30);
                for key in set {
                    let key = key.as_str().expect("dimension keys are strings");
                    assert!(doc[key].is_string(), "dimension {key} is a root string");
                }
            }
            let metrics = d["Metrics"].as_array().expect("Metrics");
            assert!(!metrics.is_empty() && metrics.len() <= 100);
            for m in metrics {
                let name = m["Name"].as_str().expect("Name");
                assert!(doc[name].is_number(), "metric {name} is a root number");
                assert!(m["Unit"].is_string());
            }
        }
    }

    #[test]
    fn store_line_has_the_emf_structure_with_per_store_and_aggregate_sets() {
        let mut m = Metrics::for_store(NAMESPACE, "acme-us");
        m.count(EMAILS_SENT, 3).count(EMAILS_FAILED, 1);
        let doc = parse(&m.to_emf_line(T));
        assert_valid_emf(&doc);
        assert_eq!(
            doc["_aws"],
            json!({
                "Timestamp": T,
                "CloudWatchMetrics": [{
                    "Namespace": "Aftercare",
                    "Dimensions": [["StoreId"], []],
                    "Metrics": [
                        { "Name": "EmailsSent", "Unit": "Count" },
                        { "Name": "EmailsFailed", "Unit": "Count" },
                    ],
                }],
            })
        );
        assert_eq!(doc["StoreId"], "acme-us");
        assert_eq!(doc["EmailsSent"], 3.0);
        assert_eq!(doc["EmailsFailed"], 1.0);
    }

    #[test]
    fn skips_carry_the_reason_dimension() {
        let m = {
            let mut m =
                Metrics::for_store("Aftercare/dev", "acme-us").dimension(REASON, "opted_out");
            m.count(EMAILS_SKIPPED, 2);
            m
        };
        let doc = parse(&m.to_emf_line(T));
        assert_valid_emf(&doc);
        let directive = &doc["_aws"]["CloudWatchMetrics"][0];
        assert_eq!(directive["Namespace"], "Aftercare/dev");
        assert_eq!(directive["Dimensions"], json!([["StoreId", "Reason"], []]));
        assert_eq!(doc["Reason"], "opted_out");
        assert_eq!(doc["EmailsSkipped"], 2.0);
    }

    #[test]
    fn repeated_names_are_summed_into_one_member() {
        let mut m = Metrics::new(NAMESPACE);
        m.count(EMAILS_BOUNCED, 1).count(EMAILS_BOUNCED, 2);
        let doc = parse(&m.to_emf_line(T));
        assert_valid_emf(&doc);
        assert_eq!(doc["EmailsBounced"], 3.0);
        assert_eq!(
            doc["_aws"]["CloudWatchMetrics"][0]["Metrics"]
                .as_array()
                .unwrap()
                .len(),
            1
        );
    }

    #[test]
    fn without_dimensions_the_only_set_is_empty() {
        let mut m = Metrics::new(NAMESPACE).with_aggregate(true);
        m.value("DispatchMillis", 12.5, Unit::Milliseconds);
        let doc = parse(&m.to_emf_line(T));
        assert_valid_emf(&doc);
        assert_eq!(
            doc["_aws"]["CloudWatchMetrics"][0]["Dimensions"],
            json!([[]])
        );
        assert_eq!(
            doc["_aws"]["CloudWatchMetrics"][0]["Metrics"][0]["Unit"],
            "Milliseconds"
        );
    }

    #[test]
    fn dimension_values_are_made_acceptable_to_cloudwatch() {
        let m = Metrics::for_store(NAMESPACE, "店铺\u{7}\"x\"").dimension(REASON, "  ");
        let doc = parse(&m.to_emf_line(T));
        assert_eq!(doc["StoreId"], "___\"x\"");
        assert_eq!(doc["Reason"], "unknown");
        let long = Metrics::for_store(NAMESPACE, &"s".repeat(5000));
        let doc = parse(&long.to_emf_line(T));
        assert_eq!(doc["StoreId"].as_str().unwrap().len(), MAX_DIMENSION_VALUE);
    }

    #[test]
    fn non_finite_values_are_dropped() {
        let mut m = Metrics::new(NAMESPACE);
        m.value("Nope", f64::NAN, Unit::None)
            .value("Inf", f64::INFINITY, Unit::None);
        assert!(m.is_empty());
    }

    #[test]
    fn store_metrics_print_one_line_per_store_and_reason() {
        let mut run = StoreMetrics::default();
        run.add("b-store", EMAILS_SENT, 2);
        run.add("a-store", EMAILS_SENT, 1);
        run.add("a-store", EMAILS_FAILED, 1);
        run.add("a-store", EMAILS_SENT, 4);
        run.add_with_reason("a-store", EMAILS_SKIPPED, "opted_out", 1);
        run.add_with_reason("a-store", EMAILS_SKIPPED, "refunded", 2);
        run.add("c-store", EMAILS_SENT, 0);
        let lines = run.emf_lines(NAMESPACE, T);
        assert_eq!(lines.len(), 4, "{lines:#?}");
        let docs: Vec<Value> = lines.iter().map(|l| parse(l)).collect();
        for d in &docs {
            assert_valid_emf(d);
        }
        assert_eq!(docs[0]["StoreId"], "a-store");
        assert!(docs[0].get("Reason").is_none());
        assert_eq!(docs[0]["EmailsSent"], 5.0);
        assert_eq!(docs[0]["EmailsFailed"], 1.0);
        assert_eq!(docs[1]["Reason"], "opted_out");
        assert_eq!(docs[2]["Reason"], "refunded");
        assert_eq!(docs[2]["EmailsSkipped"], 2.0);
        assert_eq!(docs[3]["StoreId"], "b-store");
        assert!(StoreMetrics::default().emf_lines(NAMESPACE, T).is_empty());
    }

    #[test]
    fn triaged_negatives_are_counted_per_store() {
        use crate::order::{Feedback, Fulfillment};
        use crate::triage::{triage, Context};
        let feedback = |rating: u8, comment: &str| Feedback {
            rating,
            comment: Some(comment.to_string()),
            arrived_on_time: None,
            item_as_described: None,
            good_service: None,
            left_at: chrono::DateTime::from_timestamp(1_764_000_000, 0).unwrap(),
        };
        let ctx = Context {
            fulfillment: Some(Fulfillment::Fba),
            ..Context::default()
        };
        let mut m = StoreMetrics::default();
        for (store, rating, comment) in [
            ("a", 1, "The strap broke after two days."),
            ("a", 2, "Took three weeks to arrive."),
            ("a", 1, "The seller never answered."),
            ("a", 3, "The strap broke after two days."),
            ("b", 2, "Cheap plastic, the lid cracked."),
        ] {
            record_triage(
                &mut m,
                store,
                &triage(&feedback(rating, comment), &ctx).unwrap(),
            );
        }
        let docs: Vec<Value> = m.emf_lines(NAMESPACE, T).iter().map(|l| parse(l)).collect();
        for d in &docs {
            assert_valid_emf(d);
        }
        assert_eq!(docs[0]["StoreId"], "a");
        // The 3★ counts too, as `aftercare status` counts it.
        assert_eq!(docs[0][NEGATIVE_FEEDBACK], 4.0);
        assert_eq!(docs[0][NEGATIVE_FEEDBACK_REMOVABLE], 2.0);
        assert_eq!(docs[0][NEGATIVE_FEEDBACK_STRUCK_THROUGH], 1.0);
        assert_eq!(docs[1]["StoreId"], "b");
        assert_eq!(docs[1][NEGATIVE_FEEDBACK_REMOVABLE], 1.0);
    }

    #[test]
    fn namespace_defaults_to_aftercare() {
        // The variable is not set under `cargo test` unless a developer exports it.
        if std::env::var(NAMESPACE_ENV).is_err() {
            assert_eq!(namespace_from_env(), NAMESPACE);
        }
    }
}
