//! The config bucket: one versioned object read with a conditional GET (a refresh that finds
//! nothing new costs a 304 and no body), a given version read back, and a PUT that answers the
//! version id S3 gave the new object.

use super::{xml_error, AwsHttp, AwsHttpError, Reply};

/// One stored version of the object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Object {
    pub bytes: Vec<u8>,
    pub etag: String,
    pub version_id: String,
}

/// What a GET found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fetched {
    /// The newest version is still the one whose ETag was given.
    NotModified,
    /// No such object (nobody published one, or it was deleted) or no such version.
    Missing,
    Found(Object),
}

/// The newest version's id and ETag, without its body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    pub version_id: String,
    pub etag: String,
    pub last_modified: Option<String>,
}

/// One key of one bucket.
#[derive(Debug, Clone)]
pub struct BucketObject {
    aws: AwsHttp,
    bucket: String,
    key: String,
}

impl BucketObject {
    pub fn new(aws: AwsHttp, bucket: impl Into<String>, key: impl Into<String>) -> Self {
        BucketObject {
            aws,
            bucket: bucket.into(),
            key: key.into(),
        }
    }

    pub fn bucket(&self) -> &str {
        &self.bucket
    }

    fn url(&self, version_id: Option<&str>) -> String {
        let key: String = self
            .key
            .split('/')
            .map(super::percent_encode)
            .collect::<Vec<_>>()
            .join("/");
        let mut url = if self.aws.path_style() {
            format!("{}/{}/{key}", self.aws.base_url("s3"), self.bucket)
        } else {
            format!(
                "https://{}.s3.{}.amazonaws.com/{key}",
                self.bucket,
                self.aws.region()
            )
        };
        if let Some(v) = version_id {
            url.push_str("?versionId=");
            url.push_str(&super::percent_encode(v));
        }
        url
    }

    /// The newest version, unless its ETag is still `if_none_match`.
    pub async fn get_latest(&self, if_none_match: Option<&str>) -> Result<Fetched, AwsHttpError> {
        let headers: Vec<(&str, String)> = if_none_match
            .map(|etag| vec![("if-none-match", etag.to_string())])
            .unwrap_or_default();
        let reply = self
            .aws
            .send("s3", "GET", &self.url(None), &headers, Vec::new())
            .await?;
        self.fetched(reply)
    }

    /// One given version.
    pub async fn get_version(&self, version_id: &str) -> Result<Fetched, AwsHttpError> {
        let reply = self
            .aws
            .send("s3", "GET", &self.url(Some(version_id)), &[], Vec::new())
            .await?;
        self.fetched(reply)
    }

    fn fetched(&self, reply: Reply) -> Result<Fetched, AwsHttpError> {
        match reply.status {
            304 => Ok(Fetched::NotModified),
            200 => {
                let (etag, version_id) = self.ids(&reply)?;
                Ok(Fetched::Found(Object {
                    bytes: reply.body,
                    etag,
                    version_id,
                }))
            }
            // 404: no object, no such version, or a delete marker on top.
            404 => Ok(Fetched::Missing),
            // A version id S3 cannot even parse (only by a hand-edited record).
            400 if xml_error("s3", &reply).code() == Some("InvalidArgument") => {
                Ok(Fetched::Missing)
            }
            _ => Err(xml_error("s3", &reply)),
        }
    }

    fn ids(&self, reply: &Reply) -> Result<(String, String), AwsHttpError> {
        let etag = reply.header("etag").unwrap_or_default().to_string();
        let version_id = reply
            .header("x-amz-version-id")
            .filter(|v| !v.is_empty() && *v != "null")
            .ok_or_else(|| AwsHttpError::Unexpected {
                service: "s3".into(),
                message: format!(
                    "bucket {} answered no version id: it must have versioning enabled",
                    self.bucket
                ),
            })?;
        Ok((etag, version_id.to_string()))
    }

    /// The newest version's id and ETag; `None` when there is none.
    pub async fn head_latest(&self) -> Result<Option<Head>, AwsHttpError> {
        let reply = self
            .aws
            .send("s3", "HEAD", &self.url(None), &[], Vec::new())
            .await?;
        match reply.status {
            200 => {
                let (etag, version_id) = self.ids(&reply)?;
                Ok(Some(Head {
                    version_id,
                    etag,
                    last_modified: reply.header("last-modified").map(str::to_string),
                }))
            }
            404 => Ok(None),
            status => Err(AwsHttpError::Service {
                service: "s3".into(),
                status,
                code: "(HEAD has no body)".into(),
                message: format!("s3://{}/{}", self.bucket, self.key),
            }),
        }
    }

    /// Stores `bytes` as the newest version; answers its version id and ETag.
    pub async fn put(&self, bytes: Vec<u8>, content_type: &str) -> Result<Head, AwsHttpError> {
        let reply = self
            .aws
            .send(
                "s3",
                "PUT",
                &self.url(None),
                &[("content-type", content_type.to_string())],
                bytes,
            )
            .await?;
        if reply.status != 200 {
            return Err(xml_error("s3", &reply));
        }
        let (etag, version_id) = self.ids(&reply)?;
        Ok(Head {
            version_id,
            etag,
            last_modified: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::percent_encode;

    #[test]
    fn version_ids_are_percent_encoded() {
        assert_eq!(percent_encode("3/L4kqtJl+40"), "3%2FL4kqtJl%2B40");
        assert_eq!(
            percent_encode("aftercare-config.json"),
            "aftercare-config.json"
        );
    }
}
