/// The bytes ``JSONWriter`` writes: small pieces (brackets, keys, indentation, digits) are copied
/// into a block of 64 KB, which is moved into the array of the text when it is full.
///
/// Appending every piece to the `[UInt8]` itself checked each time that the array was uniquely
/// referenced and had room, through the generic `append(contentsOf:)`: a fifth of the export's
/// time. Text that needs the array itself (escaped strings, numbers spelled by the standard
/// library) goes through ``appendDirectly(_:)``, which moves the block first, so the order holds.
final class StagedBytes {
    /// The size of the block.
    private static let blockSize = 65_536

    private let block = UnsafeMutablePointer<UInt8>.allocate(capacity: blockSize)
    /// How many bytes of the block are written.
    private var used = 0
    /// The text, but for the bytes still in the block.
    private var text: [UInt8] = []

    /// An empty text with room for `capacity` bytes.
    init(capacity: Int) {
        text.reserveCapacity(capacity)
    }

    deinit {
        block.deallocate()
    }

    func append(_ byte: UInt8) {
        if used == Self.blockSize { moveBlock() }
        block[used] = byte
        used += 1
    }

    func append(_ piece: UnsafeBufferPointer<UInt8>) {
        guard let start = piece.baseAddress else { return }
        if used + piece.count > Self.blockSize {
            moveBlock()
            if piece.count > Self.blockSize { return text.append(contentsOf: piece) }
        }
        (block + used).update(from: start, count: piece.count)
        used += piece.count
    }

    /// Lets `write` append to the text's array, after the bytes written so far.
    func appendDirectly(_ write: (inout [UInt8]) -> Void) {
        moveBlock()
        write(&text)
    }

    /// Every byte written.
    var bytes: [UInt8] {
        moveBlock()
        return text
    }

    private func moveBlock() {
        text.append(contentsOf: UnsafeBufferPointer(start: block, count: used))
        used = 0
    }
}
