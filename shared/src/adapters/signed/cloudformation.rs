//! A deployed stack's outputs and parameters (`DescribeStacks`), to find the config bucket and
//! the table, and the sender identity the config must fit, from the stack name alone.

use std::collections::BTreeMap;

use super::{xml_error, xml_text, AwsHttp, AwsHttpError};

/// What `DescribeStacks` says about one stack.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stack {
    pub outputs: BTreeMap<String, String>,
    pub parameters: BTreeMap<String, String>,
}

/// Describes the stack `name`.
pub async fn describe_stack(aws: &AwsHttp, name: &str) -> Result<Stack, AwsHttpError> {
    let body = format!(
        "Action=DescribeStacks&Version=2010-05-15&StackName={}",
        super::percent_encode(name)
    );
    let url = format!("{}/", aws.base_url("cloudformation"));
    let reply = aws
        .send(
            "cloudformation",
            "POST",
            &url,
            &[(
                "content-type",
                "application/x-www-form-urlencoded; charset=utf-8".into(),
            )],
            body.into_bytes(),
        )
        .await?;
    if reply.status != 200 {
        return Err(xml_error("cloudformation", &reply));
    }
    Ok(parse_stack(&String::from_utf8_lossy(&reply.body)))
}

/// Reads the `Outputs` and `Parameters` members of a `DescribeStacks` answer (one stack).
pub fn parse_stack(xml: &str) -> Stack {
    let mut stack = Stack::default();
    // Every leaf member (an output, a parameter, a tag) holds its fields before the next
    // `<member>` opens, so a split is enough.
    for member in xml.split("<member>").skip(1) {
        if let (Some(k), Some(v)) = (
            xml_text(member, "OutputKey"),
            xml_text(member, "OutputValue"),
        ) {
            stack.outputs.insert(k, v);
        } else if let Some(k) = xml_text(member, "ParameterKey") {
            let v = xml_text(member, "ParameterValue").unwrap_or_default();
            stack.parameters.insert(k, v);
        }
    }
    stack
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outputs_and_parameters_are_read_from_a_describe_stacks_answer() {
        let xml = r#"<DescribeStacksResponse><DescribeStacksResult><Stacks><member>
          <StackName>aftercare</StackName>
          <Parameters>
            <member><ParameterKey>SenderIdentity</ParameterKey><ParameterValue>acme.example</ParameterValue></member>
            <member><ParameterValue></ParameterValue><ParameterKey>TestAddress</ParameterKey></member>
          </Parameters>
          <Outputs>
            <member><Description>S3 &amp; more</Description><OutputKey>ConfigBucketName</OutputKey><OutputValue>aftercare-configbucket-1x2y</OutputValue></member>
            <member><OutputValue>aftercare-AftercareTable-9Z</OutputValue><OutputKey>TableName</OutputKey></member>
          </Outputs>
          <Tags><member><Key>team</Key><Value>ops</Value></member></Tags>
        </member></Stacks></DescribeStacksResult></DescribeStacksResponse>"#;
        let stack = parse_stack(xml);
        assert_eq!(
            stack.outputs.get("ConfigBucketName").map(String::as_str),
            Some("aftercare-configbucket-1x2y")
        );
        assert_eq!(
            stack.outputs.get("TableName").map(String::as_str),
            Some("aftercare-AftercareTable-9Z")
        );
        assert_eq!(stack.outputs.len(), 2);
        assert_eq!(
            stack.parameters.get("SenderIdentity").map(String::as_str),
            Some("acme.example")
        );
        assert_eq!(
            stack.parameters.get("TestAddress").map(String::as_str),
            Some("")
        );
    }
}
