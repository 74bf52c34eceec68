import JSONValue
import SimCore

/// Who made a call, as CloudTrail's `userIdentity` describes it.
public struct AWSCaller: Sendable, Equatable {
    /// `IAMUser`, `AssumedRole`, `AWSService`, `Root`.
    public var type: String
    public var principalID: String
    public var arn: String
    public var accountID: String
    public var accessKeyID: String
    /// The name CloudTrail's event history shows in its `Username` column.
    public var userName: String
    /// For calls a service makes on the account's behalf (`autoscaling.amazonaws.com`).
    public var invokedBy: String?
    /// For an assumed role: the role's ARN, path included (CloudTrail's `sessionIssuer`).
    public var issuerArn: String?

    public init(type: String, principalID: String, arn: String, accountID: String, accessKeyID: String,
                userName: String, invokedBy: String? = nil, issuerArn: String? = nil) {
        self.issuerArn = issuerArn
        self.type = type
        self.principalID = principalID
        self.arn = arn
        self.accountID = accountID
        self.accessKeyID = accessKeyID
        self.userName = userName
        self.invokedBy = invokedBy
    }
}

/// One API call Shipyard served: what CloudTrail records for it.
public struct AWSCallRecord: Sendable {
    public var time: SimTime
    public var region: String
    public var service: String
    public var operation: String
    public var errorCode: String?
    public var errorMessage: String?
    public var caller: AWSCaller
    public var requestParameters: JSON
    public var responseElements: JSON
    public var eventID: String
    public var requestID: String
    /// The client that made the call when it was not aws-cli (Docker, through the registry).
    public var userAgent: String?

    public init(time: SimTime, region: String, service: String, operation: String, errorCode: String? = nil,
                errorMessage: String? = nil, caller: AWSCaller, requestParameters: JSON, responseElements: JSON,
                eventID: String, requestID: String, userAgent: String? = nil) {
        self.time = time
        self.region = region
        self.service = service
        self.operation = operation
        self.errorCode = errorCode
        self.errorMessage = errorMessage
        self.caller = caller
        self.requestParameters = requestParameters
        self.responseElements = responseElements
        self.eventID = eventID
        self.requestID = requestID
        self.userAgent = userAgent
    }
}
