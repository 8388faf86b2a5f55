extension StringProtocol {
    /// The text with its first character in upper case, the rest as it is: a phrase begun as
    /// a sentence.
    public var capitalizedFirst: String {
        prefix(1).uppercased() + dropFirst()
    }
}
