import AWSCLI
import DockerCLI
import KubeSim
import Kubectl
import World

/// Tab-completion candidates: command names, kubectl subcommands, resource types and the
/// names of live objects, aws services, operations and parameters.
public struct Completion: Equatable, Sendable {
    /// Offset (UTF-8) in the line where the word being completed starts.
    public var wordStart: Int
    public var candidates: [String]
}

extension ShellSession {
    /// Words after which a command starts.
    static let commandStarters: Set<String> = ["do", "then", "else", "elif", "if", "while", "until", "!"]

    public func complete(_ lineBeforeCursor: String) -> Completion {
        // The word being completed starts after the last unquoted blank.
        var words: [String] = []
        var current = ""
        var quote: Character?
        for c in lineBeforeCursor {
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
            } else if c == "'" || c == "\"" {
                quote = c
            } else if c == " " || c == "\t" {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else if c == "|" || c == ";" || c == "&" {
                words = []
                current = ""
            } else {
                current.append(c)
            }
        }
        // A command starts again after the words that begin or continue a compound command
        // (`for i in 0 1; do kubectl …`, `if kubectl …`) and after `!`.
        while let first = words.first, Self.commandStarters.contains(first) { words.removeFirst() }
        let prefix = current
        let wordStart = lineBeforeCursor.utf8.count - prefix.utf8.count
        let candidates = candidates(words: words, prefix: prefix)
        return Completion(wordStart: wordStart, candidates: candidates.filter { $0.hasPrefix(prefix) })
    }

    private func candidates(words: [String], prefix: String) -> [String] {
        guard let command = words.first else {
            return (Array(tools.keys) + Builtins.names).sorted()
        }
        switch command {
        case "kubectl", "k": return kubectlCandidates(Array(words.dropFirst()), prefix: prefix)
        case "aws": return awsCandidates(Array(words.dropFirst()), prefix: prefix)
        case "docker": return dockerCandidates(Array(words.dropFirst()), prefix: prefix)
        case "help": return (["kubectl", "aws", "docker"] + Builtins.names).sorted()
        case "lesson": return words.count == 1 ? (tutor?.catalog.lessons.map(\.id) ?? []) : []
        case "hint": return words.count == 1 ? ["all"] : []
        case "progress": return words.count == 1 ? ["export", "reset"] : []
        default: return fileCandidates(prefix)
        }
    }

    private func kubectlCandidates(_ words: [String], prefix: String) -> [String] {
        guard let subcommand = words.first(where: { !$0.hasPrefix("-") }) else {
            return Kubectl.commandNames.sorted()
        }
        if prefix.hasPrefix("-") { return Kubectl.flagNames(command: subcommand).sorted() }
        var positional = Array(words.dropFirst().filter { !$0.hasPrefix("-") })
        let subcommands = Kubectl.subcommandNames(of: subcommand)
        if !subcommands.isEmpty {
            // `rollout status`, `set env`: the subcommand first, then what it acts on.
            guard !positional.isEmpty else { return subcommands.sorted() }
            positional.removeFirst()
        }
        guard let cluster = world.cluster() else { return [] }
        let catalog = cluster.apiServer.catalog
        switch subcommand {
        case "get", "describe", "delete", "edit", "label", "annotate", "explain", "scale", "logs", "rollout", "set":
            guard let typed = positional.first else {
                return catalog.types.map(\.resource).sorted()
            }
            guard let type = catalog.resolve(typed) else { return [] }
            let namespace = namespaceFlag(words) ?? world.kubeconfig.current?.namespace ?? "default"
            return cluster.apiServer.list(type, namespace: type.namespaced ? namespace : nil).map(\.name)
        case "exec", "port-forward":
            // A pod's name, or TYPE/NAME once the type and its slash are typed.
            let valued: Set<String> = ["-n", "--namespace", "--context", "-c", "--container", "--address"]
            let operands = words.dropFirst().enumerated().filter { index, word in
                !word.hasPrefix("-") && !valued.contains(words[index])  // words[index] is the word before
            }
            guard operands.isEmpty else { return [] }
            let namespace = namespaceFlag(words) ?? world.kubeconfig.current?.namespace ?? "default"
            if let slash = prefix.firstIndex(of: "/") {
                let typed = String(prefix[..<slash])
                guard let type = catalog.resolve(typed), type.namespaced else { return [] }
                return cluster.apiServer.list(type, namespace: namespace).map { "\(typed)/\($0.name)" }
            }
            return cluster.apiServer.list(.pod, namespace: namespace).map(\.name)
        default:
            return []
        }
    }

    private func namespaceFlag(_ words: [String]) -> String? {
        for (index, word) in words.enumerated() {
            if (word == "-n" || word == "--namespace"), index + 1 < words.count { return words[index + 1] }
            if word.hasPrefix("--namespace=") { return String(word.dropFirst(12)) }
        }
        return nil
    }

    private func awsCandidates(_ words: [String], prefix: String) -> [String] {
        let aws = AWSCommand(world: world)
        let positional = words.filter { !$0.hasPrefix("-") }
        if positional.isEmpty { return AWSCommand.completionServices }
        let service = positional[0]
        if positional.count == 1 && !prefix.hasPrefix("-") { return aws.operationNames(service: service) }
        if prefix.hasPrefix("-"), positional.count >= 2 {
            return aws.parameterNames(service: service, operation: positional[1])
        }
        // Values: cluster names after --cluster / --clusters.
        if service == "ecs", let last = words.last, last == "--cluster" || last == "--clusters"
            || words.suffix(3).contains("--clusters")
        {
            return world.aws.region("us-east-1").ecs.clusterNames
        }
        return []
    }

    /// `docker`'s commands, then the local images' names for those that take one.
    private func dockerCandidates(_ words: [String], prefix: String) -> [String] {
        let positional = words.filter { !$0.hasPrefix("-") }
        if positional.isEmpty { return DockerCommand.commandNames }
        if positional[0] == "build" { return fileCandidates(prefix) }
        guard ["push", "rmi", "tag"].contains(positional[0]) else { return [] }
        return world.docker.images.flatMap(\.repoTags).sorted()
    }

    private func fileCandidates(_ prefix: String) -> [String] {
        let directory: String
        let base: String
        if let slash = prefix.lastIndex(of: "/") {
            directory = String(prefix[...slash])
            base = directory
        } else {
            directory = "."
            base = ""
        }
        guard let names = fileSystem.list(directory) else { return [] }
        return names.map { name in
            let path = base + name
            return fileSystem.isDirectory(path) ? path + "/" : path
        }
    }
}
