//! MIME messages: what the outbox writes and what SES sends raw when an email has attachments.

use crate::ports::{MailError, OutgoingEmail};

/// Splits `Name <addr>` into its parts.
pub fn split_mailbox(s: &str) -> (Option<String>, String) {
    match (s.find('<'), s.rfind('>')) {
        (Some(a), Some(b)) if a < b => {
            let name = s[..a].trim().trim_matches('"').trim();
            (
                (!name.is_empty()).then(|| name.to_string()),
                s[a + 1..b].trim().to_string(),
            )
        }
        _ => (None, s.trim().to_string()),
    }
}

/// Builds the MIME message for an email: multipart/alternative text + HTML, attachments as
/// parts, and headers that let replies and bounces be matched back to the send.
pub fn build_mime(email: &OutgoingEmail, message_id: &str) -> Result<Vec<u8>, MailError> {
    use mail_builder::headers::text::Text;
    use mail_builder::MessageBuilder;
    let (from_name, from_addr) = split_mailbox(&email.from);
    let from = match from_name {
        Some(n) => mail_builder::headers::address::Address::new_address(Some(n), from_addr),
        None => mail_builder::headers::address::Address::new_address(None::<String>, from_addr),
    };
    let mut msg = MessageBuilder::new()
        .from(from)
        .to(email.to.as_str())
        .subject(email.subject.as_str())
        .message_id(message_id)
        .date(email.at.timestamp())
        .header(
            "X-Aftercare-Send-Id",
            Text::new(email.send_id.as_str().to_string()),
        )
        .text_body(email.text.as_str())
        .html_body(email.html.as_str());
    for path in &email.attachments {
        let bytes = std::fs::read(path)
            .map_err(|e| MailError::Rejected(format!("attachment {}: {e}", path.display())))?;
        let name = path.file_name().map_or_else(
            || "attachment".to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        msg = msg.attachment(content_type(&name), name, bytes);
    }
    msg.write_to_vec()
        .map_err(|e| MailError::Rejected(format!("cannot build MIME message: {e}")))
}

fn content_type(name: &str) -> &'static str {
    let ext = name.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    match ext.as_str() {
        "pdf" => "application/pdf",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "txt" => "text/plain",
        "html" | "htm" => "text/html",
        _ => "application/octet-stream",
    }
}
