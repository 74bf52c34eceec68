import Glibc

/// Runs a closure on a thread with a 256 MiB stack and waits for it: Swift frees nested values
/// recursively, and the oracle's deepest inputs (nested 9992 levels, as aws-cli accepts) need
/// more stack than a test runner's worker thread has.
enum BigStack {
    final class Box: @unchecked Sendable {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    static func run(_ body: @escaping () -> Void) {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        pthread_attr_setstacksize(&attributes, 256 << 20)
        let box = Unmanaged.passRetained(Box(body)).toOpaque()
        var thread = pthread_t()
        guard pthread_create(&thread, &attributes, entry, box) == 0 else {
            Unmanaged<Box>.fromOpaque(box).release()
            return
        }
        pthread_join(thread, nil)
    }
}

private func entry(_ raw: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    guard let raw else { return nil }
    let box = Unmanaged<BigStack.Box>.fromOpaque(raw).takeRetainedValue()
    box.body()
    return nil
}
