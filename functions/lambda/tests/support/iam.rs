//! The functions' IAM, checked against what they really call. The emulator enforces no IAM, so a
//! missing grant would only show in a deployed stack: here an SDK interceptor ([`Recorder`])
//! notes every request a function's clients send as (IAM action, resource), and [`check`] reads
//! that function's `Policies` from template.yaml and reports every call no `Allow` covers.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, Mutex};

use aws_sdk_dynamodb::config::interceptors::BeforeTransmitInterceptorContextRef;
use aws_sdk_dynamodb::config::{ConfigBag, Intercept, RuntimeComponents};
use aws_sdk_dynamodb::error::BoxError;
use aws_smithy_runtime_api::client::orchestrator::Metadata;
use serde_json::Value as Json;
use serde_norway::Value as Yaml;

/// What one request is authorised on.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Target {
    Table(String),
    Index {
        table: String,
        index: String,
    },
    /// An event bus, by name or ARN.
    Bus(String),
    /// A secret, by the id the request gave.
    Secret(String),
    /// The From address of an email: SES authorises the verified identity it belongs to.
    Sender(String),
    ConfigurationSet(String),
    /// An action that names no resource, which IAM grants only with `Resource: "*"` (SES
    /// `GetAccount`).
    AccountWide,
    /// A request whose resource the recorder cannot tell: never allowed.
    Unknown(String),
}

/// One (function, IAM action, resource) a test saw.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Call {
    pub function: String,
    pub action: String,
    pub target: Target,
}

/// Every call of every function in one test.
#[derive(Debug, Clone, Default)]
pub struct AccessLog(Arc<Mutex<BTreeSet<Call>>>);

impl AccessLog {
    /// An interceptor that files the requests of one function's clients under `function`.
    pub fn recorder(&self, function: &str) -> Recorder {
        Recorder {
            function: function.to_string(),
            log: self.clone(),
        }
    }

    pub fn calls(&self) -> Vec<Call> {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
            .cloned()
            .collect()
    }

    fn add(&self, calls: impl IntoIterator<Item = Call>) {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .extend(calls);
    }
}

/// Records the IAM actions of one function's requests (attach to each of its SDK clients).
#[derive(Debug, Clone)]
pub struct Recorder {
    function: String,
    log: AccessLog,
}

impl Intercept for Recorder {
    fn name(&self) -> &'static str {
        "IamRecorder"
    }

    fn read_before_transmit(
        &self,
        context: &BeforeTransmitInterceptorContextRef<'_>,
        _: &RuntimeComponents,
        cfg: &mut ConfigBag,
    ) -> Result<(), BoxError> {
        let request = context.request();
        // The SDK names every operation in the config bag, whatever its wire protocol.
        let (service, operation) = match cfg.load::<Metadata>() {
            Some(m) => (m.service().to_string(), m.name().to_string()),
            None => (
                "unnamed".to_string(),
                format!("{} {}", request.method(), request.uri()),
            ),
        };
        let body = request
            .body()
            .bytes()
            .and_then(|b| serde_json::from_slice(b).ok())
            .unwrap_or(Json::Null);
        self.log
            .add(
                authorised(&service, &operation, &body)
                    .into_iter()
                    .map(|(action, target)| Call {
                        function: self.function.clone(),
                        action,
                        target,
                    }),
            );
        Ok(())
    }
}

/// The (IAM action, resource) pairs IAM checks for one request (`service` and `operation` as
/// the SDK names them, `body` the JSON request body).
pub fn authorised(service: &str, operation: &str, body: &Json) -> Vec<(String, Target)> {
    let unknown = |why: &str| Target::Unknown(format!("{service} {operation}: {why}"));
    let pairs = match service {
        "DynamoDB" => dynamodb(operation, body),
        "EventBridge" if operation == "PutEvents" => body["Entries"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|entry| {
                // An entry without a bus name goes to the account's default bus.
                let bus = entry["EventBusName"].as_str().unwrap_or("default");
                ("events:PutEvents".to_string(), Target::Bus(bus.to_string()))
            })
            .collect(),
        "Secrets Manager" => vec![(
            format!("secretsmanager:{operation}"),
            body["SecretId"].as_str().map_or_else(
                || unknown("no SecretId"),
                |id| Target::Secret(id.to_string()),
            ),
        )],
        "SESv2" if operation == "SendEmail" => ses_send(body),
        "SESv2" if operation == "GetAccount" => {
            vec![("ses:GetAccount".to_string(), Target::AccountWide)]
        }
        "EventBridge" => vec![(format!("events:{operation}"), unknown("not read"))],
        "SESv2" => vec![(format!("ses:{operation}"), unknown("not read"))],
        other => vec![(
            format!(
                "{}:{operation}",
                other.to_ascii_lowercase().replace(' ', "")
            ),
            unknown("service not read"),
        )],
    };
    if pairs.is_empty() {
        vec![(format!("{service}:{operation}"), unknown("nothing named"))]
    } else {
        pairs
    }
}

/// How each kind of transaction item is authorised: on its own action, since IAM has no
/// TransactWriteItems / TransactGetItems action.
const TRANSACTION_ITEMS: [(&str, &str); 5] = [
    ("Put", "PutItem"),
    ("Update", "UpdateItem"),
    ("Delete", "DeleteItem"),
    ("ConditionCheck", "ConditionCheckItem"),
    ("Get", "GetItem"),
];

fn dynamodb(operation: &str, body: &Json) -> Vec<(String, Target)> {
    let on = |request: &Json| match (request["TableName"].as_str(), request["IndexName"].as_str()) {
        (Some(table), Some(index)) => Target::Index {
            table: table.to_string(),
            index: index.to_string(),
        },
        (Some(table), None) => Target::Table(table.to_string()),
        (None, _) => Target::Unknown(format!("DynamoDB {operation}: no TableName")),
    };
    match operation {
        "TransactWriteItems" | "TransactGetItems" => body["TransactItems"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|item| {
                TRANSACTION_ITEMS
                    .iter()
                    .find_map(|(key, action)| {
                        item.get(key)
                            .map(|request| (format!("dynamodb:{action}"), on(request)))
                    })
                    .unwrap_or_else(|| {
                        (
                            format!("dynamodb:{operation}"),
                            Target::Unknown(format!("transaction item {item}")),
                        )
                    })
            })
            .collect(),
        // Batches are their own IAM actions, on every table they name.
        "BatchWriteItem" | "BatchGetItem" => body["RequestItems"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(table, _)| {
                (
                    format!("dynamodb:{operation}"),
                    Target::Table(table.clone()),
                )
            })
            .collect(),
        _ => vec![(format!("dynamodb:{operation}"), on(body))],
    }
}

fn ses_send(body: &Json) -> Vec<(String, Target)> {
    // Raw content is checked as SendRawEmail as well (SES names it when refusing one).
    let actions: &[&str] = if body["Content"].get("Raw").is_some() {
        &["ses:SendEmail", "ses:SendRawEmail"]
    } else {
        &["ses:SendEmail"]
    };
    let mut targets = vec![body["FromEmailAddress"].as_str().map_or_else(
        || Target::Unknown("SES SendEmail: no FromEmailAddress".into()),
        |from| Target::Sender(from.to_string()),
    )];
    if let Some(set) = body["ConfigurationSetName"].as_str() {
        targets.push(Target::ConfigurationSet(set.to_string()));
    }
    actions
        .iter()
        .flat_map(|a| targets.iter().map(|t| (a.to_string(), t.clone())))
        .collect()
}

// --- the template ------------------------------------------------------------------------------

/// template.yaml, read with its CloudFormation short tags.
pub struct Template(Yaml);

impl Template {
    pub fn parse(text: &str) -> Result<Template, String> {
        serde_norway::from_str(text)
            .map(Template)
            .map_err(|e| e.to_string())
    }

    /// The repository's template.yaml.
    pub fn deployed() -> Template {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../template.yaml");
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        Template::parse(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    fn section(&self, name: &str) -> &Yaml {
        &self.0[name]
    }

    fn resource_type(&self, id: &str) -> Option<&str> {
        self.section("Resources")[id]["Type"].as_str()
    }
}

/// What a test's resources stand for in the template: the physical name of each logical
/// resource, the parameters given at deploy time (the rest take their defaults), and where.
#[derive(Debug, Clone)]
pub struct Stack {
    pub partition: String,
    pub region: String,
    pub account: String,
    /// Logical id → name (for a secret, its ARN: what `!Ref` gives).
    pub resources: BTreeMap<String, String>,
    pub parameters: BTreeMap<String, String>,
}

impl Stack {
    /// The emulator's region and account.
    pub fn emulated() -> Stack {
        Stack {
            partition: "aws".into(),
            region: "us-east-1".into(),
            account: "123456789012".into(),
            resources: BTreeMap::new(),
            parameters: BTreeMap::new(),
        }
    }

    pub fn resource(mut self, logical_id: &str, name: &str) -> Stack {
        self.resources.insert(logical_id.into(), name.into());
        self
    }

    pub fn parameter(mut self, name: &str, value: &str) -> Stack {
        self.parameters.insert(name.into(), value.into());
        self
    }

    fn arn(&self, service: &str, resource: &str) -> String {
        let (p, r, a) = (&self.partition, &self.region, &self.account);
        format!("arn:{p}:{service}:{r}:{a}:{resource}")
    }

    /// The logical resource or parameter a physical name stands for.
    fn who(&self, name: &str) -> String {
        let found: Vec<&str> = self
            .resources
            .iter()
            .chain(&self.parameters)
            .filter(|(_, v)| v.as_str() == name)
            .map(|(k, _)| k.as_str())
            .collect();
        if found.is_empty() {
            format!("{name}, not in the stack")
        } else {
            found.join(", ")
        }
    }
}

/// A template value once evaluated.
#[derive(Debug, Clone, PartialEq)]
enum Val {
    Str(String),
    List(Vec<String>),
    NoValue,
}

/// Evaluates template expressions for one stack.
struct Eval<'a> {
    template: &'a Template,
    stack: &'a Stack,
}

/// The intrinsic function a node is, short (`!GetAtt`) or long (`Fn::GetAtt:`) form.
fn intrinsic(node: &Yaml) -> Option<(String, &Yaml)> {
    match node {
        Yaml::Tagged(t) => Some((
            t.tag.to_string().trim_start_matches('!').to_string(),
            &t.value,
        )),
        Yaml::Mapping(m) if m.len() == 1 => {
            let (k, v) = m.iter().next()?;
            let k = k.as_str()?;
            match k {
                "Ref" | "Condition" => Some((k.to_string(), v)),
                _ => k.strip_prefix("Fn::").map(|name| (name.to_string(), v)),
            }
        }
        _ => None,
    }
}

fn args(node: &Yaml, n: usize, name: &str) -> Result<Vec<Yaml>, String> {
    match node.as_sequence() {
        Some(s) if s.len() == n => Ok(s.clone()),
        _ => Err(format!("!{name} takes a list of {n}: {node:?}")),
    }
}

impl Eval<'_> {
    fn eval(&self, node: &Yaml) -> Result<Val, String> {
        if let Some((name, arg)) = intrinsic(node) {
            return self.call(&name, arg);
        }
        match node {
            Yaml::String(s) => Ok(Val::Str(s.clone())),
            Yaml::Number(n) => Ok(Val::Str(n.to_string())),
            Yaml::Bool(b) => Ok(Val::Str(b.to_string())),
            Yaml::Sequence(items) => {
                let mut out = Vec::new();
                for item in items {
                    match self.eval(item)? {
                        Val::Str(s) => out.push(s),
                        Val::List(l) => out.extend(l),
                        Val::NoValue => {}
                    }
                }
                Ok(Val::List(out))
            }
            other => Err(format!("not a value: {other:?}")),
        }
    }

    fn string(&self, node: &Yaml) -> Result<String, String> {
        match self.eval(node)? {
            Val::Str(s) => Ok(s),
            other => Err(format!("expected a string, got {other:?}")),
        }
    }

    fn list(&self, node: &Yaml) -> Result<Vec<String>, String> {
        Ok(match self.eval(node)? {
            Val::Str(s) => vec![s],
            Val::List(l) => l,
            Val::NoValue => Vec::new(),
        })
    }

    fn call(&self, name: &str, arg: &Yaml) -> Result<Val, String> {
        match name {
            "Ref" => self.reference(arg.as_str().ok_or("!Ref of a non-string")?),
            "GetAtt" => {
                let (id, attr) = match arg {
                    Yaml::String(s) => s.split_once('.').ok_or(format!("!GetAtt {s}"))?,
                    Yaml::Sequence(s) if s.len() == 2 => (
                        s[0].as_str().ok_or("!GetAtt id")?,
                        s[1].as_str().ok_or("!GetAtt attribute")?,
                    ),
                    other => return Err(format!("!GetAtt {other:?}")),
                };
                Ok(Val::Str(self.attribute(id, attr)))
            }
            "Sub" => match arg {
                Yaml::String(s) => self.substitute(s, &BTreeMap::new()).map(Val::Str),
                Yaml::Sequence(s) if s.len() == 2 => {
                    let text = s[0].as_str().ok_or("!Sub text")?;
                    let mut vars = BTreeMap::new();
                    for (k, v) in s[1].as_mapping().ok_or("!Sub variables")? {
                        vars.insert(
                            k.as_str().ok_or("!Sub variable name")?.to_string(),
                            self.string(v)?,
                        );
                    }
                    self.substitute(text, &vars).map(Val::Str)
                }
                other => Err(format!("!Sub {other:?}")),
            },
            "If" => {
                let a = args(arg, 3, name)?;
                let condition = a[0].as_str().ok_or("!If condition name")?;
                self.eval(if self.condition(condition)? {
                    &a[1]
                } else {
                    &a[2]
                })
            }
            "Select" => {
                let a = args(arg, 2, name)?;
                let index: usize = self
                    .string(&a[0])?
                    .parse()
                    .map_err(|e| format!("!Select index: {e}"))?;
                let list = self.list(&a[1])?;
                list.get(index)
                    .cloned()
                    .map(Val::Str)
                    .ok_or(format!("!Select {index} of {list:?}"))
            }
            "Split" => {
                let a = args(arg, 2, name)?;
                let delimiter = self.string(&a[0])?;
                Ok(Val::List(
                    self.string(&a[1])?
                        .split(delimiter.as_str())
                        .map(str::to_string)
                        .collect(),
                ))
            }
            "Join" => {
                let a = args(arg, 2, name)?;
                Ok(Val::Str(self.list(&a[1])?.join(&self.string(&a[0])?)))
            }
            other => Err(format!("!{other} is not read by the policy check")),
        }
    }

    fn condition(&self, name: &str) -> Result<bool, String> {
        let node = &self.template.section("Conditions")[name];
        if node.is_null() {
            return Err(format!("no condition {name}"));
        }
        self.truth(node)
    }

    fn truth(&self, node: &Yaml) -> Result<bool, String> {
        if let Yaml::Bool(b) = node {
            return Ok(*b);
        }
        let (name, arg) = intrinsic(node).ok_or(format!("not a condition: {node:?}"))?;
        let parts = || arg.as_sequence().ok_or(format!("!{name} takes a list"));
        match name.as_str() {
            "Equals" => {
                let a = args(arg, 2, &name)?;
                Ok(self.eval(&a[0])? == self.eval(&a[1])?)
            }
            "Not" => Ok(!self.truth(&args(arg, 1, &name)?[0])?),
            "And" => parts()?
                .iter()
                .try_fold(true, |acc, c| Ok(acc & self.truth(c)?)),
            "Or" => parts()?
                .iter()
                .try_fold(false, |acc, c| Ok(acc | self.truth(c)?)),
            "Condition" => self.condition(arg.as_str().ok_or("!Condition name")?),
            other => Err(format!("!{other} in a condition")),
        }
    }

    fn reference(&self, name: &str) -> Result<Val, String> {
        let pseudo = match name {
            "AWS::NoValue" => return Ok(Val::NoValue),
            "AWS::Partition" => Some(self.stack.partition.clone()),
            "AWS::Region" => Some(self.stack.region.clone()),
            "AWS::AccountId" => Some(self.stack.account.clone()),
            "AWS::URLSuffix" => Some("amazonaws.com".to_string()),
            "AWS::StackName" => Some("aftercare".to_string()),
            _ => None,
        };
        if let Some(value) = pseudo {
            return Ok(Val::Str(value));
        }
        if let Some(value) = self.stack.parameters.get(name) {
            return Ok(Val::Str(value.clone()));
        }
        let declared = &self.template.section("Parameters")[name];
        if !declared.is_null() {
            let default = &declared["Default"];
            return match default {
                Yaml::Null => Err(format!("parameter {name} has no value and no default")),
                other => self.eval(other),
            };
        }
        if self.template.resource_type(name).is_some() {
            return Ok(Val::Str(self.name_of(name)));
        }
        Err(format!("!Ref {name}: no such parameter or resource"))
    }

    /// A resource's physical name in this stack; one the test did not name matches nothing.
    fn name_of(&self, id: &str) -> String {
        self.stack
            .resources
            .get(id)
            .cloned()
            .unwrap_or_else(|| format!("unnamed-{id}"))
    }

    fn attribute(&self, id: &str, attr: &str) -> String {
        let name = self.name_of(id);
        match (self.template.resource_type(id), attr) {
            (Some("AWS::DynamoDB::Table"), "Arn") => {
                self.stack.arn("dynamodb", &format!("table/{name}"))
            }
            (Some("AWS::Events::EventBus"), "Arn") => {
                self.stack.arn("events", &format!("event-bus/{name}"))
            }
            (Some("AWS::SQS::Queue"), "Arn") => self.stack.arn("sqs", &name),
            _ => format!("unresolved:{id}.{attr}"),
        }
    }

    fn substitute(&self, text: &str, vars: &BTreeMap<String, String>) -> Result<String, String> {
        let mut out = String::new();
        let mut rest = text;
        while let Some(at) = rest.find("${") {
            out.push_str(&rest[..at]);
            let after = &rest[at + 2..];
            if let Some(literal) = after.strip_prefix('!') {
                out.push_str("${");
                rest = literal;
                continue;
            }
            let end = after.find('}').ok_or(format!("unclosed ${{ in {text}"))?;
            let key = &after[..end];
            let value = match vars.get(key) {
                Some(v) => v.clone(),
                None => match key.split_once('.') {
                    Some((id, attr)) if !key.starts_with("AWS::") => self.attribute(id, attr),
                    _ => match self.reference(key)? {
                        Val::Str(s) => s,
                        other => return Err(format!("${{{key}}} is {other:?}")),
                    },
                },
            };
            out.push_str(&value);
            rest = &after[end + 1..];
        }
        out.push_str(rest);
        Ok(out)
    }
}

/// One statement of a function's policy, evaluated for a stack.
#[derive(Debug)]
struct Statement {
    sid: String,
    allow: bool,
    actions: Vec<String>,
    resources: Vec<String>,
}

impl Statement {
    fn covers(&self, action: &str, arn: &str) -> bool {
        self.actions
            .iter()
            .any(|a| glob(&a.to_ascii_lowercase(), &action.to_ascii_lowercase()))
            && self.resources.iter().any(|r| glob(r, arn))
    }
}

/// IAM's wildcard match: `*` any run of characters, `?` any one.
fn glob(pattern: &str, text: &str) -> bool {
    let (p, t): (Vec<char>, Vec<char>) = (pattern.chars().collect(), text.chars().collect());
    let (mut pi, mut ti, mut star, mut mark) = (0, 0, None, 0);
    while ti < t.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == t[ti]) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some(pi);
            mark = ti;
            pi += 1;
        } else if let Some(s) = star {
            pi = s + 1;
            mark += 1;
            ti = mark;
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|c| *c == '*')
}

/// The logical id of the function a recorder label names (`dispatcher` → `DispatcherFunction`).
pub fn function_id(label: &str) -> String {
    let mut chars = label.chars();
    let first = chars.next().map(|c| c.to_ascii_uppercase());
    format!(
        "{}{}Function",
        first.into_iter().collect::<String>(),
        chars.as_str()
    )
}

impl Eval<'_> {
    /// The statements of a function's `Policies`; a form the check cannot read is an error,
    /// so it fails rather than passes.
    fn statements(&self, function: &str) -> Result<Vec<Statement>, String> {
        let resource = &self.template.section("Resources")[function];
        if resource.is_null() {
            return Err(format!("no resource {function} in the template"));
        }
        let properties = &resource["Properties"];
        if !properties["Role"].is_null() {
            return Err(format!("{function} names a Role; the check reads Policies"));
        }
        let policies = match &properties["Policies"] {
            Yaml::Sequence(s) => s.clone(),
            Yaml::Null => Vec::new(),
            other => vec![other.clone()],
        };
        let mut out = Vec::new();
        for policy in &policies {
            let document = match policy {
                Yaml::Mapping(m) if m.contains_key("Statement") => policy,
                Yaml::String(name) => return Err(format!("managed policy {name}: not readable")),
                other => return Err(format!("policy form not readable: {other:?}")),
            };
            let statements = match &document["Statement"] {
                Yaml::Sequence(s) => s.clone(),
                one => vec![one.clone()],
            };
            for (i, s) in statements.iter().enumerate() {
                for unread in ["NotAction", "NotResource", "NotPrincipal", "Condition"] {
                    if !s[unread].is_null() {
                        return Err(format!("statement {i}: {unread} is not read by the check"));
                    }
                }
                let sid = s["Sid"].as_str().map_or(format!("#{i}"), str::to_string);
                let allow = match s["Effect"].as_str() {
                    Some("Allow") => true,
                    Some("Deny") => false,
                    other => return Err(format!("statement {sid}: Effect {other:?}")),
                };
                out.push(Statement {
                    actions: self.list(&s["Action"]).map_err(|e| format!("{sid}: {e}"))?,
                    resources: self
                        .list(&s["Resource"])
                        .map_err(|e| format!("{sid}: {e}"))?,
                    sid,
                    allow,
                });
            }
        }
        Ok(out)
    }

    /// The ARN IAM checks for a recorded target, and how a report names it.
    fn target(&self, target: &Target) -> (Result<String, String>, String) {
        let stack = self.stack;
        let arn_or = |service: &str, name: &str, path: String| {
            if name.starts_with("arn:") {
                name.to_string()
            } else {
                stack.arn(service, &path)
            }
        };
        match target {
            Target::Table(t) => (
                Ok(arn_or("dynamodb", t, format!("table/{t}"))),
                format!("table ({})", stack.who(t)),
            ),
            Target::Index { table, index } => (
                Ok(format!(
                    "{}/index/{index}",
                    arn_or("dynamodb", table, format!("table/{table}"))
                )),
                format!("index {index} of table ({})", stack.who(table)),
            ),
            Target::Bus(b) => (
                Ok(arn_or("events", b, format!("event-bus/{b}"))),
                format!("event bus ({})", stack.who(b)),
            ),
            Target::Secret(s) => (
                Ok(arn_or("secretsmanager", s, format!("secret:{s}"))),
                format!("secret ({})", stack.who(s)),
            ),
            Target::ConfigurationSet(c) => (
                Ok(stack.arn("ses", &format!("configuration-set/{c}"))),
                format!("configuration set ({})", stack.who(c)),
            ),
            Target::Sender(from) => {
                let address = from
                    .rsplit_once('<')
                    .map_or(from.as_str(), |(_, a)| a.trim_end_matches('>'))
                    .trim()
                    .to_ascii_lowercase();
                let domain = address.rsplit_once('@').map_or("", |(_, d)| d).to_string();
                let verified = self
                    .reference("SenderIdentity")
                    .ok()
                    .and_then(|v| match v {
                        Val::Str(s) => Some(s.to_ascii_lowercase()),
                        _ => None,
                    })
                    .unwrap_or_default();
                // SES authorises the verified identity the address resolves to: itself, else its domain.
                let identity = [&address, &domain].into_iter().find(|i| **i == verified);
                match identity {
                    Some(i) => (
                        Ok(stack.arn("ses", &format!("identity/{i}"))),
                        format!("SES identity {i} (SenderIdentity)"),
                    ),
                    None => (
                        Err(format!(
                            "{address} is on no verified identity (SenderIdentity {verified})"
                        )),
                        format!("SES sender {address}"),
                    ),
                }
            }
            Target::AccountWide => (
                Ok("*".to_string()),
                "the account (Resource \"*\")".to_string(),
            ),
            Target::Unknown(what) => (
                Err("the recorder cannot tell its resource".to_string()),
                format!("an unknown resource ({what})"),
            ),
        }
    }
}

/// What [`check`] found.
#[derive(Debug, Default)]
pub struct Verdict {
    /// Per function label: every "action on resource" it performed.
    pub performed: BTreeMap<String, BTreeSet<String>>,
    /// One line per call the function's policy does not allow.
    pub violations: Vec<String>,
    /// Allowed (action, resource) pairs no call used: candidates for removal, or untested paths.
    pub unexercised: Vec<String>,
}

impl Verdict {
    /// Prints what each function did and what its policy grants that no call used.
    pub fn print(&self) {
        for (function, lines) in &self.performed {
            println!("{function} ({}) performed:", function_id(function));
            for line in lines {
                println!("    {line}");
            }
        }
        for line in &self.unexercised {
            println!("granted, not exercised here: {line}");
        }
    }

    /// Fails listing every call its function's policy does not allow.
    pub fn assert_allowed(&self) {
        assert!(
            self.violations.is_empty(),
            "calls the template's IAM policies do not allow:\n{}",
            self.violations.join("\n")
        );
    }
}

/// Checks every recorded call against its function's policy in `template`, deployed as `stack`.
pub fn check(template: &Template, stack: &Stack, calls: &[Call]) -> Verdict {
    let eval = Eval { template, stack };
    let mut verdict = Verdict::default();
    let mut by_function: BTreeMap<&str, Vec<&Call>> = BTreeMap::new();
    for call in calls {
        by_function.entry(&call.function).or_default().push(call);
    }
    for (function, calls) in by_function {
        let id = function_id(function);
        let statements = match eval.statements(&id) {
            Ok(s) => s,
            Err(e) => {
                verdict
                    .violations
                    .push(format!("{function}: {id}'s policy cannot be read: {e}"));
                continue;
            }
        };
        let mut used = BTreeSet::new();
        for call in calls {
            let (arn, shown) = eval.target(&call.target);
            let action = &call.action;
            verdict
                .performed
                .entry(function.to_string())
                .or_default()
                .insert(format!("{action} on {shown}"));
            let arn = match arn {
                Ok(arn) => arn,
                Err(why) => {
                    verdict
                        .violations
                        .push(format!("{function}: {action} on {shown} — {why}"));
                    continue;
                }
            };
            let deny = statements
                .iter()
                .find(|s| !s.allow && s.covers(action, &arn));
            let allow = statements
                .iter()
                .find(|s| s.allow && s.covers(action, &arn));
            match (deny, allow) {
                (Some(d), _) => verdict.violations.push(format!(
                    "{function}: {action} on {shown} — denied by {id}'s statement {}",
                    d.sid
                )),
                (None, Some(_)) => {
                    for s in statements.iter().filter(|s| s.allow) {
                        for a in &s.actions {
                            for r in &s.resources {
                                if glob(&a.to_ascii_lowercase(), &action.to_ascii_lowercase())
                                    && glob(r, &arn)
                                {
                                    used.insert((a.clone(), r.clone()));
                                }
                            }
                        }
                    }
                }
                (None, None) => verdict.violations.push(format!(
                    "{function}: {action} on {shown} — not in {id}'s policy"
                )),
            }
        }
        // Lambda's queue poller uses the sqs: grants with the role; the function's code never does.
        let by_code = |a: &String| !a.to_ascii_lowercase().starts_with("sqs:");
        for s in statements.iter().filter(|s| s.allow) {
            for a in s.actions.iter().filter(|a| by_code(a)) {
                for r in &s.resources {
                    if !used.contains(&(a.clone(), r.clone())) {
                        verdict
                            .unexercised
                            .push(format!("{id} {}: {a} on {r}", s.sid));
                    }
                }
            }
        }
    }
    verdict
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = r#"
Parameters:
  SenderIdentity: { Type: String }
  WebhookSecretArn: { Type: String, Default: "" }
Conditions:
  HasWebhookSecretArn: !Not [!Equals [!Ref WebhookSecretArn, ""]]
Resources:
  AftercareTable: { Type: AWS::DynamoDB::Table }
  OrdersBus: { Type: AWS::Events::EventBus }
  WebhookSecret: { Type: AWS::SecretsManager::Secret }
  ConfigurationSet: { Type: AWS::SES::ConfigurationSet }
  IngestFunction:
    Type: AWS::Serverless::Function
    Properties:
      Policies:
        - Version: "2012-10-17"
          Statement:
            - Effect: Allow
              Action: [dynamodb:GetItem, dynamodb:PutItem]
              Resource: !GetAtt AftercareTable.Arn
            - Effect: Allow
              Action: events:PutEvents
              Resource: !GetAtt OrdersBus.Arn
            - Effect: Allow
              Action: secretsmanager:GetSecretValue
              Resource: !If [HasWebhookSecretArn, !Ref WebhookSecretArn, !Ref WebhookSecret]
  DispatcherFunction:
    Type: AWS::Serverless::Function
    Properties:
      Policies:
        - Version: "2012-10-17"
          Statement:
            - Sid: Sends
              Effect: Allow
              Action: [dynamodb:GetItem, dynamodb:UpdateItem]
              Resource: !GetAtt AftercareTable.Arn
            - Sid: Due
              Effect: Allow
              Action: dynamodb:Query
              Resource: !Sub "${AftercareTable.Arn}/index/due"
            - Sid: Send
              Effect: Allow
              Action: ses:SendEmail
              Resource:
                - !Sub "arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/${SenderIdentity}"
                - !Sub
                  - "arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/${Domain}"
                  - Domain: !Select [1, !Split ["@", !Sub "${SenderIdentity}@${SenderIdentity}"]]
                - !Sub "arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:configuration-set/${ConfigurationSet}"
"#;

    fn stack() -> Stack {
        Stack::emulated()
            .resource("AftercareTable", "orders")
            .resource("OrdersBus", "bus")
            .resource(
                "WebhookSecret",
                "arn:aws:secretsmanager:us-east-1:123456789012:secret:hooks-AbCdEf",
            )
            .resource("ConfigurationSet", "care")
            .parameter("SenderIdentity", "shop.example")
    }

    fn call(function: &str, action: &str, target: Target) -> Call {
        Call {
            function: function.into(),
            action: action.into(),
            target,
        }
    }

    fn table(name: &str) -> Target {
        Target::Table(name.into())
    }

    fn index(name: &str) -> Target {
        Target::Index {
            table: "orders".into(),
            index: name.into(),
        }
    }

    fn violations(stack: &Stack, calls: &[Call]) -> Vec<String> {
        check(&Template::parse(TEMPLATE).unwrap(), stack, calls).violations
    }

    #[test]
    fn a_policy_missing_an_action_is_caught() {
        let calls = [
            call("dispatcher", "dynamodb:GetItem", table("orders")),
            call("dispatcher", "dynamodb:PutItem", table("orders")),
            call("dispatcher", "dynamodb:UpdateItem", table("orders")),
        ];
        assert_eq!(
            violations(&stack(), &calls),
            ["dispatcher: dynamodb:PutItem on table (AftercareTable) — not in DispatcherFunction's policy"]
        );
    }

    #[test]
    fn an_index_grant_does_not_cover_the_table_or_another_index() {
        let calls = [
            call("dispatcher", "dynamodb:Query", index("due")),
            call("dispatcher", "dynamodb:Query", table("orders")),
            call("dispatcher", "dynamodb:Query", index("by_buyer")),
        ];
        assert_eq!(
            violations(&stack(), &calls),
            [
                "dispatcher: dynamodb:Query on table (AftercareTable) — not in DispatcherFunction's policy",
                "dispatcher: dynamodb:Query on index by_buyer of table (AftercareTable) — not in DispatcherFunction's policy",
            ]
        );
    }

    #[test]
    fn an_action_on_another_table_is_refused() {
        let calls = [call("ingest", "dynamodb:PutItem", table("someone-elses"))];
        assert_eq!(
            violations(&stack(), &calls),
            ["ingest: dynamodb:PutItem on table (someone-elses, not in the stack) — not in IngestFunction's policy"]
        );
    }

    #[test]
    fn the_sender_resolves_to_the_verified_identity_and_the_configuration_set_counts() {
        let send = |from: &str| {
            [
                call("dispatcher", "ses:SendEmail", Target::Sender(from.into())),
                call(
                    "dispatcher",
                    "ses:SendEmail",
                    Target::ConfigurationSet("care".into()),
                ),
            ]
        };
        let shop = "Shop <care@shop.example>";
        assert!(violations(&stack(), &send(shop)).is_empty());
        let address = stack().parameter("SenderIdentity", "care@shop.example");
        assert!(violations(&address, &send(shop)).is_empty());
        let found = violations(&stack(), &send("Other <care@other.example>"));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("on no verified identity"), "{found:?}");
        let other_set = [call(
            "dispatcher",
            "ses:SendEmail",
            Target::ConfigurationSet("x".into()),
        )];
        assert_eq!(
            violations(&stack(), &other_set),
            ["dispatcher: ses:SendEmail on configuration set (x, not in the stack) — not in DispatcherFunction's policy"]
        );
    }

    #[test]
    fn conditions_pick_the_secret_the_parameters_select() {
        let given = "arn:aws:secretsmanager:us-east-1:123456789012:secret:mine-123456";
        let read = |id: &str| {
            [call(
                "ingest",
                "secretsmanager:GetSecretValue",
                Target::Secret(id.into()),
            )]
        };
        let created = stack().resources["WebhookSecret"].clone();
        assert!(violations(&stack(), &read(&created)).is_empty());
        assert_eq!(violations(&stack(), &read(given)).len(), 1);
        let own = stack().parameter("WebhookSecretArn", given);
        assert!(violations(&own, &read(given)).is_empty());
        assert_eq!(violations(&own, &read(&created)).len(), 1);
    }

    #[test]
    fn requests_map_to_the_actions_iam_checks() {
        let transaction = serde_json::json!({ "TransactItems": [
            { "Put": { "TableName": "orders" } },
            { "ConditionCheck": { "TableName": "orders" } },
            { "Update": { "TableName": "other" } },
            { "Delete": { "TableName": "orders" } },
        ] });
        assert_eq!(
            authorised("DynamoDB", "TransactWriteItems", &transaction),
            [
                ("dynamodb:PutItem".to_string(), table("orders")),
                ("dynamodb:ConditionCheckItem".to_string(), table("orders")),
                ("dynamodb:UpdateItem".to_string(), table("other")),
                ("dynamodb:DeleteItem".to_string(), table("orders")),
            ]
        );
        let batch = serde_json::json!({ "RequestItems": { "orders": [ { "PutRequest": {} } ] } });
        assert_eq!(
            authorised("DynamoDB", "BatchWriteItem", &batch),
            [("dynamodb:BatchWriteItem".to_string(), table("orders"))]
        );
        let query = serde_json::json!({ "TableName": "orders", "IndexName": "due" });
        assert_eq!(
            authorised("DynamoDB", "Query", &query),
            [("dynamodb:Query".to_string(), index("due"))]
        );
        let raw = serde_json::json!({ "FromEmailAddress": "care@shop.example", "Content": { "Raw": { "Data": "" } } });
        let actions: Vec<String> = authorised("SESv2", "SendEmail", &raw)
            .into_iter()
            .map(|(a, _)| a)
            .collect();
        assert_eq!(actions, ["ses:SendEmail", "ses:SendRawEmail"]);
        let events = serde_json::json!({ "Entries": [ { "EventBusName": "bus" }, {} ] });
        assert_eq!(
            authorised("EventBridge", "PutEvents", &events),
            [
                ("events:PutEvents".to_string(), Target::Bus("bus".into())),
                (
                    "events:PutEvents".to_string(),
                    Target::Bus("default".into())
                ),
            ]
        );
        // Whatever the recorder cannot read is recorded, and fails the check.
        let unknown = authorised("SQS", "SendMessage", &Json::Null);
        assert_eq!(unknown.len(), 1);
        assert!(matches!(unknown[0].1, Target::Unknown(_)));
        let calls = [call("ingest", &unknown[0].0, unknown[0].1.clone())];
        let found = violations(&stack(), &calls);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with("ingest: sqs:SendMessage on an unknown resource"),
            "{found:?}"
        );
    }

    #[test]
    fn every_function_policy_in_the_deployed_template_is_readable() {
        let template = Template::deployed();
        let stack = Stack::emulated().parameter("SenderIdentity", "shop.example");
        let eval = Eval {
            template: &template,
            stack: &stack,
        };
        for function in [
            "ingest",
            "notifications",
            "planner",
            "dispatcher",
            "bounces",
        ] {
            let statements = eval.statements(&function_id(function)).unwrap();
            assert!(statements.iter().any(|s| s.allow), "{function}");
        }
    }

    #[test]
    fn wildcards_match_as_iam_does() {
        assert!(glob(
            "arn:aws:dynamodb:*:*:table/orders/index/*",
            "arn:aws:dynamodb:r:1:table/orders/index/due"
        ));
        assert!(!glob(
            "arn:aws:dynamodb:*:*:table/orders",
            "arn:aws:dynamodb:r:1:table/orders/index/due"
        ));
        assert!(glob("dynamodb:get?tem", "dynamodb:getitem"));
        assert!(!glob("dynamodb:get*", "dynamodb:putitem"));
    }
}
