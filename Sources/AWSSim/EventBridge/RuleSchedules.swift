import JSONValue
import KubeSim
import SimCore

/// Rules that run on a schedule: `rate(5 minutes)` (first a period after the rule is put) or
/// `cron(Minutes Hours Day-of-month Month Day-of-week Year)` in UTC, one of the two day fields
/// `?`. Each run sends its targets a `Scheduled Event` (source `aws.events`, the rule as its
/// resource, an empty detail).
extension EventBridgeBackend {
    enum Schedule {
        case rate(SimDuration)
        case cron(CronSchedule, years: Set<Int>?)

        /// The next run strictly after `time`, counted from `start` for a rate.
        func next(after time: SimTime, start: SimTime) -> SimTime? {
            switch self {
            case .rate(let period):
                let elapsed = max(0, time.milliseconds - start.milliseconds)
                return SimTime(milliseconds: start.milliseconds + (elapsed / period.milliseconds + 1) * period.milliseconds)
            case .cron(let cron, let years):
                var from = time
                for _ in 0..<8 {
                    guard let next = cron.next(after: from) else { return nil }
                    if years?.contains(CalendarTime(next).year) ?? true { return next }
                    from = next
                }
                return nil
            }
        }
    }

    /// A schedule expression, or nil when EventBridge would refuse it.
    static func schedule(_ text: String) -> Schedule? {
        if text.hasPrefix("rate("), text.hasSuffix(")") {
            let words = text.dropFirst(5).dropLast().split(separator: " ").map(String.init)
            guard words.count == 2, let value = Int64(words[0]), value > 0 else { return nil }
            let units: [String: Int64] = ["minute": 60, "hour": 3600, "day": 86400]
            // One unit is singular, more are plural: `rate(1 minute)`, `rate(5 minutes)`.
            let unit = value == 1 ? words[1] : (words[1].hasSuffix("s") ? String(words[1].dropLast()) : "")
            guard value == 1 ? !words[1].hasSuffix("s") : words[1].hasSuffix("s"), let seconds = units[unit],
                value <= 1_000_000_000
            else { return nil }
            return .rate(.seconds(value * seconds))
        }
        guard text.hasPrefix("cron("), text.hasSuffix(")") else { return nil }
        let fields = text.dropFirst(5).dropLast().split(separator: " ").map(String.init)
        guard fields.count == 6, (fields[2] == "?") != (fields[4] == "?"),
            !fields.joined().contains(where: { "LW#".contains($0) })
        else { return nil }
        // Day-of-week counts 1 (SUN) to 7 (SAT); cron's own fields count 0 to 6.
        let weekdays = fields[4] == "?" ? "?" : shiftedWeekdays(fields[4])
        guard let weekdays, case .success(let cron) = CronSchedule.parse([fields[0], fields[1], fields[2], fields[3], weekdays]
            .joined(separator: " "))
        else { return nil }
        var years: Set<Int>?
        if fields[5] != "*" {
            guard let listed = try? CronSchedule.field(fields[5], 1970...2199, names: []) else { return nil }
            years = listed
        }
        return .cron(cron, years: years)
    }

    /// A day-of-week field with its numbers one lower (`2-6` → `1-5`); names stay.
    static func shiftedWeekdays(_ field: String) -> String? {
        var result = ""
        var number = ""
        func flush() -> Bool {
            guard !number.isEmpty else { return true }
            guard let value = Int(number), (1...7).contains(value) else { return false }
            result += String(value - 1)
            number = ""
            return true
        }
        var afterSlash = false
        for character in field {
            if character.isNumber, !afterSlash {
                number.append(character)
                continue
            }
            guard flush() else { return nil }
            if character == "/" { afterSlash = true } else if character == "," { afterSlash = false }
            result.append(character)
        }
        return flush() ? result : nil
    }

    /// Starts (or restarts) a rule's schedule after PutRule.
    func scheduleRuns(of name: String) {
        if let timer = scheduleTimers.removeValue(forKey: name) { simulation.cancel(timer) }
        guard let text = rules[name]?.schedule, let schedule = Self.schedule(text) else { return }
        let start = simulation.now
        func arm(after time: SimTime) {
            guard let next = schedule.next(after: time, start: start) else { return }
            scheduleTimers[name] = simulation.schedule(at: next) { [weak self] in
                guard let self, let rule = self.rules[name], rule.schedule == text else { return }
                if rule.state.hasPrefix("ENABLED") { self.runScheduled(rule) }
                arm(after: next)
            }
        }
        arm(after: start)
    }

    /// One run of a scheduled rule: its targets get a `Scheduled Event`.
    func runScheduled(_ rule: Rule) {
        let (id, event) = makeEvent(source: "aws.events", detailType: "Scheduled Event", detail: [:],
                                    resources: [ruleArn(rule.name)], time: simulation.now)
        activity.append((simulation.now, .scheduled(rule: rule.name)))
        send(event, id: id, toTargetsOf: rule)
    }
}
