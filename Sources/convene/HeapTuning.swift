#if canImport(Glibc)
import Glibc
#endif

/// Lets the heap of a large check use transparent huge pages.
///
/// Checking a script allocates several times its size in small objects, and
/// the kernel maps each 4 KiB page of the heap on first touch: on a 10 MB
/// script those page faults were a sixth of the run. Where transparent huge
/// pages are given only on request (`madvise`, the usual default), the heap is
/// grown at once by about what the check will use and that region is marked
/// for huge pages, so it is mapped 2 MiB at a time. Elsewhere this does nothing.
enum HeapTuning {
    /// Scripts smaller than this are checked in milliseconds: nothing to gain.
    private static let threshold = 1 << 20

    /// Prepares the heap for checking the scripts at `paths`.
    static func prepare(forScripts paths: [String]) {
        #if canImport(Glibc)
        let bytes = paths.reduce(0) { total, path in
            var status = stat()
            return total + (stat(path, &status) == 0 ? Int(status.st_size) : 0)
        }
        guard bytes >= threshold, let mallopt = Self.mallopt else { return }
        // The syntax tree and the checker's tables take about seven times the script.
        let reserve = min(bytes * 8, 1 << 30)
        // Keep blocks up to 32 MiB (the script's bytes among them) in the heap,
        // never hand its top back, and grow it by `reserve` at a time.
        _ = mallopt(mmapThreshold, 32 << 20)
        _ = mallopt(trimThreshold, Int32(clamping: reserve * 2))
        _ = mallopt(topPad, Int32(clamping: reserve))
        guard let start = sbrk(0) else { return }
        // Allocating past what is free at the top of the heap makes malloc grow it now.
        var blocks: [UnsafeMutableRawPointer] = []
        while sbrk(0) == start, blocks.count < 64, let block = malloc(64 << 10) { blocks.append(block) }
        for block in blocks { free(block) }
        guard let end = sbrk(0) else { return }
        let from = (UInt(bitPattern: start) + hugePage - 1) & ~(hugePage - 1)
        let to = UInt(bitPattern: end) & ~(hugePage - 1)
        guard to > from, let region = UnsafeMutableRawPointer(bitPattern: from) else { return }
        _ = madvise(region, Int(to - from), MADV_HUGEPAGE)
        #endif
    }

    #if canImport(Glibc)
    private static let hugePage: UInt = 2 << 20

    // glibc's mallopt and its parameters, from malloc.h, which the Glibc module leaves out.
    private static let trimThreshold: Int32 = -1
    private static let topPad: Int32 = -2
    private static let mmapThreshold: Int32 = -3
    private static let mallopt: (@convention(c) (Int32, Int32) -> Int32)? = {
        guard let symbol = dlsym(nil, "mallopt") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
    }()
    #endif
}
