//! What the extractor recognised in an article: its people and meeting words.
//!
//! cargo run --example explain -- article.txt

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: explain <article.txt>")?;
    let text = std::fs::read_to_string(&path)?;
    let kb = meetings_widget::kb::Kb::embedded()?;
    print!("{}", meetings_widget::extract::explain::explain(&text, &kb, None));
    Ok(())
}
