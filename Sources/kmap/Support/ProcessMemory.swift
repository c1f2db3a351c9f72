#if canImport(Glibc)
import CProcess
#endif

/// How the `kmap` process manages memory. A command builds large structures once, uses them and
/// exits; on a 1,000,000-activity map the C allocator's default habits of handing freed memory back
/// to the kernel, and of freeing every object one by one at the end, cost seconds (measurements in
/// docs/PERFORMANCE.md).
enum ProcessMemory {
    /// Tunes glibc's allocator for one short run: freed memory stays in the process for reuse
    /// instead of being returned to the kernel and faulted in again (each fresh page is zeroed by
    /// the kernel), and the heap grows in steps of 64 MB. Blocks up to 32 MB come from the heap.
    static func tuneAllocator() {
        #if canImport(Glibc)
        _ = mallopt(M_TRIM_THRESHOLD, Int32.max)
        _ = mallopt(M_TOP_PAD, 64 << 20)
        _ = mallopt(M_MMAP_THRESHOLD, 32 << 20)
        #endif
    }

    /// Keeps `value` until the process exits, so that it is never freed object by object: the
    /// kernel reclaims the whole address space at exit at once. For the large results a command
    /// holds until its end: `kmap check` spent about 1 s freeing them at 1,000,000 activities,
    /// 0.1 s at 100,000. Memory checkers report the values as lost at exit: they are kept on purpose.
    static func keepUntilExit<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Kept(value))
    }

    private final class Kept<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}
