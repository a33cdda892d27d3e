//! Passages the word tables cannot read: a paragraph of an email written in a language no table
//! covers, such as the Portuguese half of a bilingual note or a Chinese P.S. The rules find
//! nothing in such a paragraph, whatever it says, so the lint names it instead of passing it in
//! silence.

use whatlang::Lang;

/// The languages the word tables read, as `whatlang` names them.
const READ: [Lang; 6] = [
    Lang::Eng,
    Lang::Deu,
    Lang::Jpn,
    Lang::Fra,
    Lang::Ita,
    Lang::Spa,
];

/// Fewer words than this (or wide letters, for scripts written without spaces) is too little
/// to name a language reliably: a signature ("Nguyễn Thị Hoa") or a greeting.
const MIN_WORDS: usize = 6;
const MIN_WIDE_LETTERS: usize = 12;

/// A paragraph in a language no word table reads.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Passage {
    /// Char index in the text at which the paragraph starts.
    pub(super) start: usize,
    pub(super) language: &'static str,
}

/// The paragraphs (blocks of lines between blank lines) of `text` written in a language no
/// word table reads, named only when the detector is sure of the language. The tables' own
/// count of everyday words cannot tell: Portuguese shares most of Spanish's.
pub(super) fn passages(text: &str) -> Vec<Passage> {
    let mut found = Vec::new();
    let mut start = 0;
    let mut block = String::new();
    let mut block_start = 0;
    for line in text.split_inclusive('\n') {
        if line.trim().is_empty() {
            found.extend(unread(&block, block_start));
            block.clear();
        } else {
            if block.is_empty() {
                block_start = start;
            }
            block.push_str(line);
        }
        start += line.chars().count();
    }
    found.extend(unread(&block, block_start));
    found
}

fn unread(paragraph: &str, start: usize) -> Option<Passage> {
    let words = paragraph
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    let wide = paragraph
        .chars()
        .filter(|&c| c.is_alphabetic() && c as u32 >= 0x2E80)
        .count();
    if words < MIN_WORDS && wide < MIN_WIDE_LETTERS {
        return None;
    }
    // Kana is written only in Japanese, which has a table.
    if paragraph.chars().any(crate::triage::is_kana) {
        return None;
    }
    let info = whatlang::detect(paragraph).filter(|i| i.is_reliable())?;
    if READ.contains(&info.lang()) {
        return None;
    }
    Some(Passage {
        start,
        language: name(info.lang()),
    })
}

/// The language's English name, as a seller would call it.
pub(super) fn name(lang: Lang) -> &'static str {
    match lang {
        Lang::Cmn => "Chinese",
        other => other.eng_name(),
    }
}

/// The language of a whole text, when the detector is sure of it.
pub(super) fn language_of(text: &str) -> Option<&'static str> {
    whatlang::detect(text)
        .filter(|i| i.is_reliable())
        .map(|i| name(i.lang()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn languages(text: &str) -> Vec<(usize, &'static str)> {
        passages(text)
            .into_iter()
            .map(|p| (p.start, p.language))
            .collect()
    }

    #[test]
    fn a_paragraph_in_a_language_without_a_table_is_named() {
        let english =
            "Thanks for your order. The kettle is on its way and should arrive on Friday.\n";
        let portuguese = "Obrigado pela sua compra. A chaleira já está a caminho e deve chegar na \
            sexta-feira. Se precisar de alguma coisa, basta responder a este e-mail que nós \
            ajudamos com todo o gosto.\n";
        let text = format!("{english}\n{portuguese}");
        let start = english.chars().count() + 1;
        assert_eq!(languages(&text), vec![(start, "Portuguese")]);

        let chinese = "感谢您的购买。水壶已经发货，预计周五送达。如有任何问题请随时联系我们。\n";
        assert_eq!(languages(chinese), vec![(0, "Chinese")]);
        let turkish =
            "Siparişiniz için teşekkür ederiz. Su ısıtıcısı yolda ve cuma günü elinizde olacak.\n";
        assert_eq!(languages(turkish), vec![(0, "Turkish")]);
    }

    #[test]
    fn the_tables_languages_and_short_lines_are_not_named() {
        for text in [
            "Thanks for your order. The kettle is on its way and should arrive on Friday.",
            "Vielen Dank für Ihre Bestellung. Der Wasserkocher ist unterwegs und kommt am Freitag an.",
            "ご注文ありがとうございます。ケトルは金曜日に届く予定です。",
            "Merci pour votre commande. La bouilloire est en route et arrivera vendredi.",
            "Grazie per il tuo ordine. Il bollitore è in viaggio e arriverà venerdì.",
            "Gracias por su pedido. El hervidor ya está en camino y llegará el viernes.",
            // A signature with a Vietnamese name, too short to name a language.
            "Merci beaucoup,\nNguyễn Thị Hoa",
        ] {
            assert_eq!(languages(text), vec![], "{text}");
        }
    }
}
