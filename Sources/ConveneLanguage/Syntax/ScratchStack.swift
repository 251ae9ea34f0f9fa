/// Where the parser collects a list (a block's statements, a vote's
/// settings) while it is being parsed. Every open list of one kind shares
/// the stack: a nested block pushes above its parent's entries and takes
/// them off when it ends. Each finished list is then allocated once, at its
/// exact size, instead of being grown by doubling, which costs an allocation
/// and a copy per doubling and can leave half its storage unused for as long
/// as the tree lives.
struct ScratchStack<Element> {
    private var elements: [Element] = []

    /// Where a list that starts now begins.
    var mark: Int { elements.count }

    mutating func push(_ element: Element) {
        elements.append(element)
    }

    /// The list pushed since `mark`, taken off the stack. It is copied into
    /// storage of its own: `Array(elements[mark...])` would hand over the
    /// stack's whole buffer, spare capacity and all, when `mark` is 0.
    mutating func pop(from mark: Int) -> [Element] {
        let count = elements.count - mark
        guard count > 0 else { return [] }
        var list: [Element] = []
        list.reserveCapacity(count)
        for index in mark..<elements.count { list.append(elements[index]) }
        elements.removeLast(count)
        return list
    }
}
