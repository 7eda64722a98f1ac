import Foundation

/// Markup buffers of one writer kept between its documents: a write takes one, empty but as large as the last
/// document it held, and gives it back, so a run or a batch stops growing a buffer from nothing for every document.
///
/// Why: a 300-row list's `document.xml` (286 KB) grew by doubling from 4 KB, nine allocations and 0.45 M of
/// 34.7 M instructions a document of copying (callgrind counts `rep movsb` a byte at a time), and the freed
/// half megabyte went back to the system, so the kernel faulted its pages in again for the next document.
/// The cost: each idle buffer keeps its memory (at most ``capacity`` of them, the size of the largest documents).
/// Owned by one writer value (copies of the writer share it); safe from any task.
package final class MarkupPool: @unchecked Sendable {
    /// Buffers kept idle at most (a batch runs one write per core at a time).
    package static var capacity: Int { 8 }

    private let lock = NSLock()
    /// Guarded by `lock`.
    private var idle: [XMLMarkup] = []

    package init() {}

    /// An empty buffer: one given back before, its room kept, or a new one.
    package func take() -> XMLMarkup {
        lock.lock()
        var taken = idle.popLast()
        lock.unlock()
        // Emptied where it lies: one more binding of it would share its buffer, and emptying would drop the room.
        taken?.removeAll()
        return taken ?? XMLMarkup()
    }

    /// Keeps `markup`'s buffer for a later ``take()``.
    package func give(_ markup: XMLMarkup) {
        lock.lock()
        defer { lock.unlock() }
        if idle.count < Self.capacity { idle.append(markup) }
    }
}
