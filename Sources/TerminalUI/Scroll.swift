/// Which part of a long list is in view: the one place the screens' scrolling is worked out.
public enum Scroll {
    /// The first of `count` rows to show in `visible` rows so that row `selected` is in
    /// view, scrolling no further than it must.
    public static func first(selected: Int, count: Int, visible: Int) -> Int {
        max(0, min(selected - visible + 1, count - visible))
    }

    /// A scroll offset kept within the rows there are: the last page shows full.
    public static func clamped(_ offset: Int, count: Int, visible: Int) -> Int {
        max(0, min(offset, count - visible))
    }
}
