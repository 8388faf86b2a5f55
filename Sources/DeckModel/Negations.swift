/// Words that turn a statement round: an answer with one says something else than an
/// answer without ("not in 2001"). Shared by the answer checker and the date reader.
public enum Negations {
    public static let words: Set<String> = [
        "not", "no", "never", "neither", "nor", "without", "none", "cannot", "cant", "isnt", "wasnt", "arent",
        "werent", "doesnt", "dont", "didnt", "hasnt", "havent", "wont",
    ]
}
