//! Reads which config each function runs (the items under
//! [`RUNNING_PK`](crate::published::RUNNING_PK)) with one DynamoDB `Query`, for
//! `aftercare config status`. The functions write those items with their own SDK client.

use serde_json::{json, Value};

use super::{AwsHttp, AwsHttpError};
use crate::published::{
    Running, ATTR_DIGEST, ATTR_LOADED_AT, ATTR_SOURCE, ATTR_VERSION_ID, RUNNING_PK,
};

/// Every function's running item in `table`, by function name.
pub async fn running_configs(aws: &AwsHttp, table: &str) -> Result<Vec<Running>, AwsHttpError> {
    let body = json!({
        "TableName": table,
        "KeyConditionExpression": "pk = :pk",
        "ExpressionAttributeValues": { ":pk": { "S": RUNNING_PK } },
        "ConsistentRead": true,
    });
    let url = format!("{}/", aws.base_url("dynamodb"));
    let reply = aws
        .send(
            "dynamodb",
            "POST",
            &url,
            &[
                ("content-type", "application/x-amz-json-1.0".into()),
                ("x-amz-target", "DynamoDB_20120810.Query".into()),
            ],
            body.to_string().into_bytes(),
        )
        .await?;
    let answer: Value = serde_json::from_slice(&reply.body).unwrap_or(Value::Null);
    if reply.status != 200 {
        let code = answer["__type"].as_str().unwrap_or("(no code)");
        return Err(AwsHttpError::Service {
            service: "dynamodb".into(),
            status: reply.status,
            code: code.rsplit('#').next().unwrap_or(code).to_string(),
            message: answer["message"]
                .as_str()
                .or(answer["Message"].as_str())
                .unwrap_or_default()
                .to_string(),
        });
    }
    Ok(parse_items(&answer))
}

fn parse_items(answer: &Value) -> Vec<Running> {
    let text = |item: &Value, name: &str| item[name]["S"].as_str().unwrap_or_default().to_string();
    answer["Items"]
        .as_array()
        .map(|items| {
            items
                .iter()
                .map(|item| Running {
                    function: text(item, "sk"),
                    version_id: text(item, ATTR_VERSION_ID),
                    digest: text(item, ATTR_DIGEST),
                    loaded_at: text(item, ATTR_LOADED_AT),
                    source: text(item, ATTR_SOURCE),
                })
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_items_become_running_records() {
        let answer = json!({ "Count": 1, "Items": [{
            "pk": { "S": RUNNING_PK }, "sk": { "S": "planner" },
            "version_id": { "S": "v1" }, "digest": { "S": "ab12" },
            "loaded_at": { "S": "2026-12-02T23:00:00Z" }, "source": { "S": "published" }
        }]});
        let rows = parse_items(&answer);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].function, "planner");
        assert_eq!(rows[0].version_id, "v1");
        assert_eq!(rows[0].source, "published");
    }
}
