extension World {
    /// A new file's path in the temporary directory, as Go's `os.CreateTemp(dir, prefix+"*"+suffix)`
    /// names one: the `*` becomes a random 32-bit number in decimal, drawn here from the
    /// simulation's own random stream, again until the name is free.
    public func temporaryFilePath(in directory: String, prefix: String, suffix: String,
                                  exists: (String) -> Bool) -> String {
        let stream = simulation.random.stream("host-temp-files")
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        while true {
            let path = base + prefix + String(UInt32(truncatingIfNeeded: stream.next())) + suffix
            if !exists(path) { return path }
        }
    }
}
