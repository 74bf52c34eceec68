import JSONValue
import SimCore

/// A scaling activity: one launch or termination, with the cause Auto Scaling writes for it.
struct ScalingActivity {
    var id: String
    var groupName: String
    var groupARN: String
    var description: String
    var cause: String
    var startTime: SimTime
    var endTime: SimTime?
    /// `InProgress`, `Successful`, `Failed`, `Cancelled`, …
    var statusCode: String
    var statusMessage: String?
    var progress: Int
    var details: String
}

extension AutoScalingBackend {
    func activityJSON(_ activity: ScalingActivity) -> JSON {
        var object = JSONObject()
        object["ActivityId"] = .string(activity.id)
        object["AutoScalingGroupName"] = .string(activity.groupName)
        object["Description"] = .string(activity.description)
        object["Cause"] = .string(activity.cause)
        object["StartTime"] = EpochJSON.millis(activity.startTime)
        if let end = activity.endTime { object["EndTime"] = EpochJSON.millis(end) }
        object["StatusCode"] = .string(activity.statusCode)
        if let message = activity.statusMessage { object["StatusMessage"] = .string(message) }
        object["Progress"] = .int(activity.progress)
        object["Details"] = .string(activity.details)
        object["AutoScalingGroupARN"] = .string(activity.groupARN)
        return .object(object)
    }

    @discardableResult
    func record(_ group: AutoScalingGroup, description: String, cause: String, status: String, progress: Int,
                details: String, message: String? = nil, ended: Bool = false) -> String {
        let id = simulation.random.stream("autoscaling-activities-\(context.region)").uuid()
        activities.append(ScalingActivity(
            id: id, groupName: group.name, groupARN: group.arn, description: description, cause: cause,
            startTime: simulation.now, endTime: ended ? simulation.now : nil, statusCode: status,
            statusMessage: message, progress: progress, details: details))
        // Keep the history bounded: a group that fails for days would otherwise grow it forever.
        let mine = activities.indices.filter { activities[$0].groupName == group.name }
        if mine.count > 1000, let oldest = mine.first { activities.remove(at: oldest) }
        return id
    }

    func finishActivity(_ id: String?, status: String = "Successful") {
        guard let id, let index = activities.firstIndex(where: { $0.id == id }), activities[index].endTime == nil else { return }
        activities[index].statusCode = status
        activities[index].progress = 100
        activities[index].endTime = simulation.now
    }

    /// `{"Subnet ID":"subnet-…","Availability Zone":"us-east-1a"}`, as activities carry it.
    func details(subnet: String, zone: String) -> String {
        "{\"Subnet ID\":\"\(subnet)\",\"Availability Zone\":\"\(zone)\"}"
    }

    func describeScalingActivities(_ input: JSON) throws(AWSServiceError) -> JSON {
        let name = input["AutoScalingGroupName"].string
        let ids = EC2Backend.strings(input["ActivityIds"])
        let includeDeleted = input["IncludeDeletedGroups"].bool ?? false
        if let limit = input["MaxRecords"].int, !(1...100).contains(limit) {
            throw AWSServiceError.autoScalingValidation("1 validation error detected: Value '\(limit)' at 'maxRecords' failed to satisfy constraint: Member must have value less than or equal to 100")
        }
        let selected = activities.reversed().filter { activity in
            (name == nil || activity.groupName == name) && (ids.isEmpty || ids.contains(activity.id))
                && (includeDeleted || group(activity.groupName) != nil)
        }
        return try AutoScalingPaging.page(selected.map(activityJSON), key: "Activities", input: input, defaultLimit: 100)
    }
}
