/// How long each step of a task's life takes, per platform, in seconds (ranges are jittered
/// with the seeded generator). Data, so the lifecycle's pace is one table to read and tune.
///
/// The Fargate figures follow what AWS's own describe-tasks examples show: about 15 s from
/// creation to an attached ENI, a few seconds before the pull, the pull itself, and a second
/// or two to start containers — RUNNING in roughly half a minute for a small image.
struct TaskTimings {
    /// PROVISIONING: creating and attaching the task's ENI.
    var provisioning: ClosedRange<Double>
    /// PENDING: until the agent starts pulling images.
    var agentPickup: ClosedRange<Double>
    /// Pull time = setup + compressed size / bandwidth (± 15 %).
    var pullSetup: ClosedRange<Double>
    var pullBandwidth: Double
    /// An image already on the host (EC2 only) still takes a manifest check.
    var cachedPull: ClosedRange<Double>
    /// Retries before a pull is declared failed.
    var pullFailure: ClosedRange<Double>
    /// ACTIVATING: creating and starting containers.
    var containerCreate: ClosedRange<Double>
    /// From the containers starting to the agent reporting the task RUNNING. A container that
    /// exits sooner stops the task before it ever reaches RUNNING.
    var runningReport: Double
    /// DEACTIVATING: deregistration before containers are signalled.
    var deactivating: ClosedRange<Double>
    /// From the last container exiting to the agent reporting it.
    var stopReport: ClosedRange<Double>
    /// DEPROVISIONING: detaching and deleting the ENI.
    var deprovisioning: ClosedRange<Double>
    /// How many times the agent reports a failed pull as retried (Fargate's message says so).
    var pullRetries: Int

    static let fargate = TaskTimings(
        provisioning: 9...15, agentPickup: 3...6, pullSetup: 1.5...3, pullBandwidth: 40_000_000,
        cachedPull: 1.5...3, pullFailure: 8...14, containerCreate: 1...2, runningReport: 0.5,
        deactivating: 0.5...1.5, stopReport: 1...2, deprovisioning: 25...45, pullRetries: 5)

    static let ec2 = TaskTimings(
        provisioning: 3...6, agentPickup: 1...2, pullSetup: 0.5...1, pullBandwidth: 60_000_000,
        cachedPull: 0.2...0.6, pullFailure: 2...4, containerCreate: 0.5...1.2, runningReport: 0.5,
        deactivating: 0.3...0.8, stopReport: 0.5...1, deprovisioning: 5...10, pullRetries: 1)

    /// Stopped tasks stay describable for about an hour.
    static let stoppedRetention = 3600.0
    /// Docker's and the agent's default grace between SIGTERM and SIGKILL.
    static let defaultStopTimeout = 30
}
