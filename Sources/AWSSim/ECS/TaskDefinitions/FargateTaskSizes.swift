/// The task sizes Fargate offers: each CPU value allows a set of memory values (MiB), as AWS's
/// "Invalid CPU or memory value specified" page tables them. Data, so the table is the rule.
enum FargateTaskSizes {
    static let table: [(cpu: Int, memory: [Int])] = [
        (256, [512, 1024, 2048]),
        (512, Array(stride(from: 1024, through: 4096, by: 1024))),
        (1024, Array(stride(from: 2048, through: 8192, by: 1024))),
        (2048, Array(stride(from: 4096, through: 16384, by: 1024))),
        (4096, Array(stride(from: 8192, through: 30720, by: 1024))),
        (8192, Array(stride(from: 16384, through: 61440, by: 4096))),
        (16384, Array(stride(from: 32768, through: 122880, by: 8192))),
    ]

    static func isValidCPU(_ cpu: Int) -> Bool { table.contains { $0.cpu == cpu } }

    static func isValid(cpu: Int, memory: Int) -> Bool {
        table.first { $0.cpu == cpu }?.memory.contains(memory) ?? false
    }

    /// The smallest size that fits a task given only one of the two values, as Fargate picks
    /// when a task's containers need less than a whole size.
    static func smallestMemory(for cpu: Int) -> Int? { table.first { $0.cpu == cpu }?.memory.first }
}

/// Task-level `cpu` and `memory` as registered: `"1 vCPU"` and `"2 GB"` are converted to CPU
/// units and MiB; plain integers pass through.
enum TaskSizeValue {
    static func cpuUnits(_ text: String) -> Int? {
        parse(text, unit: "vcpu", factor: 1024)
    }

    static func memoryMiB(_ text: String) -> Int? {
        parse(text, unit: "gb", factor: 1024)
    }

    private static func parse(_ text: String, unit: String, factor: Double) -> Int? {
        let trimmed = text.lowercased().filter { $0 != " " }
        if let whole = Int(trimmed), whole >= 0 { return whole }
        guard trimmed.hasSuffix(unit), let number = Double(trimmed.dropLast(unit.count)), number > 0,
            number.isFinite, number < 1_000_000
        else { return nil }
        let value = number * factor
        guard value.rounded() == value else { return nil }
        return Int(value)
    }
}
