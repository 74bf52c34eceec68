import SimCore

/// An ECS Exec session: ExecuteCommand opened it on one container of a task, for one
/// command, and Session Manager's data channel connects to it by its ID.
struct ExecSession {
    let id: String
    let taskID: String
    let containerName: String
    let command: String
    let openedAt: SimTime
}
