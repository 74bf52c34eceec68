import SimCore

/// A service's event log: newest first, at most 100 entries. A warning (a task that cannot be
/// placed, launches that keep failing) is not logged again for six hours while its cause
/// lasts.
extension ECSBackend {
    static let serviceEventCapacity = 100
    static let duplicateWindow = SimDuration.hours(6)

    func addEvent(_ message: String, to service: inout ECSService, suppressDuplicates: Bool = false) {
        if suppressDuplicates {
            if let last = service.recentWarnings[message], simulation.now - last < Self.duplicateWindow { return }
            service.recentWarnings[message] = simulation.now
        }
        service.events.insert(ServiceEvent(id: ids.eventID(), createdAt: simulation.now, message: message), at: 0)
        if service.events.count > Self.serviceEventCapacity { service.events.removeLast() }
    }

    static func startedMessage(_ service: String, tasks: [String]) -> String {
        "(service \(service)) has started \(tasks.count) tasks: \(tasks.map { "(task \($0))" }.joined(separator: " "))."
    }

    static func stoppedMessage(_ service: String, tasks: [String]) -> String {
        "(service \(service)) has stopped \(tasks.count) running tasks: \(tasks.map { "(task \($0))" }.joined(separator: " "))."
    }

    static func steadyMessage(_ service: String) -> String { "(service \(service)) has reached a steady state." }

    static func deploymentCompletedMessage(_ service: String, deployment: String) -> String {
        "(service \(service)) (deployment \(deployment)) deployment completed."
    }

    static func deploymentFailedMessage(_ service: String, deployment: String) -> String {
        "(service \(service)) (deployment \(deployment)) deployment failed: tasks failed to start."
    }

    static func rollingBackMessage(_ service: String, deployment: String) -> String {
        "(service \(service)) rolling back to deployment \(deployment)."
    }

    static func throttledMessage(_ service: String) -> String {
        "(service \(service)) is unable to consistently start tasks successfully."
    }

    static func stuckDeploymentMessage(_ service: String) -> String {
        "(service \(service)) was unable to stop or start tasks during a deployment because of the service deployment configuration. Update the minimumHealthyPercent or maximumPercent value and try again."
    }
}
