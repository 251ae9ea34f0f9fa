/// Where the parser collects a list (a block's statements, a vote's
/// settings) while it is being parsed. Every open list of one kind shares
/// the stack: a nested block pushes above its parent's entries and takes
/// them off when it ends. Each finished list is then allocated once, at its
/// exact size, instead of being grown by doubling, which costs an allocation
/// and a copy per doubling and can leave half its storage unused for as long
/// as the tree lives.
struct ScratchStack<Element: ScratchElement> {
    /// The live entries, then slots left by popped lists, each holding a
    /// placeholder and reused by later pushes: the array never shrinks, so
    /// popping neither destroys nor moves anything but the list it returns.
    private var elements: [Element] = []

    /// Where a list that starts now begins: how many entries are live.
    private(set) var mark = 0

    mutating func push(_ element: consuming Element) {
        if mark < elements.count {
            elements[mark] = element
        } else {
            elements.append(element)
        }
        mark += 1
    }

    /// The list pushed since `start`, taken off the stack. Its elements are
    /// moved into storage of their own rather than copied: a copy would
    /// retain every node they hold, and clearing the stack release each again.
    mutating func pop(from start: Int) -> [Element] {
        let count = mark - start
        guard count > 0 else { return [] }
        var list: [Element] = []
        list.reserveCapacity(count)
        elements.withUnsafeMutableBufferPointer { stack in
            // Safe: each slot in `start..<mark` (all within the stack) is
            // initialized again, with a value holding no references, as soon
            // as its element is moved out.
            for slot in stack.baseAddress! + start ..< stack.baseAddress! + mark {
                list.append(slot.move())
                slot.initialize(to: .placeholder)
            }
        }
        mark = start
        return list
    }
}

/// What a `ScratchStack` can hold: a type with a value that holds no
/// references, left in the slots whose elements were moved out so that
/// clearing them releases nothing.
protocol ScratchElement {
    static var placeholder: Self { get }
}

extension Statement: ScratchElement {
    static var placeholder: Statement { Statement(.invalid, range: .point(0)) }
}

extension WorkshopItem: ScratchElement {
    static var placeholder: WorkshopItem { WorkshopItem(.duration(Expression(.invalid, range: .point(0))), range: .point(0)) }
}

extension GridItem: ScratchElement {
    static var placeholder: GridItem { GridItem(.scale(Expression(.invalid, range: .point(0))), range: .point(0)) }
}

extension VoteSetting: ScratchElement {
    static var placeholder: VoteSetting { VoteSetting(.keepAll, range: .point(0)) }
}
