/// Everything the scheduler knows about one card.
///
/// Stored compactly, in 48 bytes rather than the 104 of plain optionals: a collection's
/// card book holds two states for each of some hundred thousand cards (the state and the
/// one before it, for undo), and with plain optionals they were a third of the app's peak
/// memory (`recall-bench`). A missing number is kept as a value no real one takes.
public struct CardState: Sendable, Equatable {
    public var phase: CardPhase
    private var storedStep: Int16
    private var storedReps: Int32
    private var storedLapses: Int32
    private var stabilityBits: UInt64
    private var difficultyBits: UInt64
    private var storedDue: Int64
    private var storedLastReview: Int64

    /// The (re)learning step the card is on; nil in review.
    public var step: Int? {
        get { storedStep < 0 ? nil : Int(storedStep) }
        set { storedStep = newValue.map { Int16(clamping: max(0, $0)) } ?? -1 }
    }

    public var stability: Double? {
        get { Self.number(stabilityBits) }
        set { stabilityBits = Self.bits(newValue) }
    }

    public var difficulty: Double? {
        get { Self.number(difficultyBits) }
        set { difficultyBits = Self.bits(newValue) }
    }

    /// When the card is next due; nil for a card never seen.
    public var due: Timestamp? {
        get { Self.time(storedDue) }
        set { storedDue = newValue?.microseconds ?? Self.noTime }
    }

    public var lastReview: Timestamp? {
        get { Self.time(storedLastReview) }
        set { storedLastReview = newValue?.microseconds ?? Self.noTime }
    }

    /// How many reviews the card has had.
    public var reps: Int {
        get { Int(storedReps) }
        set { storedReps = Int32(clamping: newValue) }
    }

    /// How many times it was forgotten in review (rated Again while in review).
    public var lapses: Int {
        get { Int(storedLapses) }
        set { storedLapses = Int32(clamping: newValue) }
    }

    public init(
        phase: CardPhase = .new, step: Int? = 0, stability: Double? = nil, difficulty: Double? = nil,
        due: Timestamp? = nil, lastReview: Timestamp? = nil, reps: Int = 0, lapses: Int = 0
    ) {
        self.phase = phase
        (storedStep, storedReps, storedLapses) = (-1, 0, 0)
        (stabilityBits, difficultyBits) = (Self.none, Self.none)
        (storedDue, storedLastReview) = (Self.noTime, Self.noTime)
        self.step = step
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
        self.reps = reps
        self.lapses = lapses
    }

    /// A card that has never been reviewed.
    public static let new = CardState()

    public var isNew: Bool { phase == .new }

    public static func == (a: CardState, b: CardState) -> Bool {
        a.phase == b.phase && a.step == b.step && a.stability == b.stability && a.difficulty == b.difficulty
            && a.due == b.due && a.lastReview == b.lastReview && a.reps == b.reps && a.lapses == b.lapses
    }

    // MARK: - Storage

    /// A quiet NaN with a payload no arithmetic makes: no number, and never a stored one.
    private static let none: UInt64 = 0x7FF8_DEAD_0000_0001
    /// Before any real time (the journal's times start in 1970).
    private static let noTime = Int64.min

    private static func number(_ bits: UInt64) -> Double? {
        bits == none ? nil : Double(bitPattern: bits)
    }

    private static func bits(_ number: Double?) -> UInt64 {
        number.map(\.bitPattern) ?? none
    }

    private static func time(_ microseconds: Int64) -> Timestamp? {
        microseconds == noTime ? nil : Timestamp(microseconds: microseconds)
    }
}
