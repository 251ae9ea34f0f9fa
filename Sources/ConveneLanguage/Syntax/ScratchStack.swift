/// Where the parser collects a list (a block's statements, a vote's
/// settings) while it is being parsed. Every open list of one kind shares
/// the stack: a nested block pushes above its parent's entries and takes
/// them off when it ends. Each finished list is then allocated once, at its
/// exact size, instead of being grown by doubling, which costs an allocation
/// and a copy per doubling and can leave half its storage unused for as long
/// as the tree lives.
struct ScratchStack<Element> {
    private var elements: [Element] = []
    /// A value that holds no references, left in the slots whose elements
    /// were moved out, so that clearing them releases nothing.
    let placeholder: Element

    init(placeholder: Element) {
        self.placeholder = placeholder
    }

    /// Where a list that starts now begins.
    var mark: Int { elements.count }

    mutating func push(_ element: consuming Element) {
        elements.append(element)
    }

    /// The list pushed since `mark`, taken off the stack. Its elements are
    /// moved into storage of their own rather than copied: a copy would
    /// retain every node they hold, and clearing the stack release each again.
    mutating func pop(from mark: Int) -> [Element] {
        let count = elements.count - mark
        guard count > 0 else { return [] }
        let placeholder = placeholder
        let list = elements.withUnsafeMutableBufferPointer { stack in
            // Safe: `mark..<mark + count` lies within the stack, and each slot
            // moved from is initialized again (with the placeholder) at once.
            let moved = stack.baseAddress! + mark
            let list = [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
                buffer.baseAddress!.moveInitialize(from: moved, count: count)
                initialized = count
            }
            moved.initialize(repeating: placeholder, count: count)
            return list
        }
        elements.removeLast(count)
        return list
    }
}
