/// Small programs every image has: `hostname`, `echo`, `whoami`, `id`, `pwd`. ECS Exec
/// runs commands as root in the container's working directory.
enum ContainerBasics {
    static func hostname(_ arguments: [String], _ process: inout ContainerProcess) -> Int32? {
        process.print(process.view.hostname + "\n")
        return 0
    }

    static func echo(_ arguments: [String], _ process: inout ContainerProcess) -> Int32? {
        var words = arguments
        var newline = true
        if words.first == "-n" {
            words.removeFirst()
            newline = false
        }
        process.print(words.joined(separator: " ") + (newline ? "\n" : ""))
        return 0
    }

    static func whoami(_ arguments: [String], _ process: inout ContainerProcess) -> Int32? {
        process.print("root\n")
        return 0
    }

    static func id(_ arguments: [String], _ process: inout ContainerProcess) -> Int32? {
        process.print("uid=0(root) gid=0(root) groups=0(root)\n")
        return 0
    }

    static func pwd(_ arguments: [String], _ process: inout ContainerProcess) -> Int32? {
        process.print(process.view.workingDirectory + "\n")
        return 0
    }
}
