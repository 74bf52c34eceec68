import SimCore

/// The `AWS/Usage` namespace: `CallCount`, the number of calls to an API operation in each
/// minute, for the operations a service tracks against its quotas. Built from the calls the
/// account made (the call log CloudTrail also reads). The metric has no unit.
///
/// Sources: the Amazon ECR User Guide's "usage metrics" page (ECR's eight operations, the
/// registry's own calls made by `docker login`, push and pull among them) and the CloudWatch
/// User Guide's "CloudWatch usage metrics" page (its own operations).
enum UsageMetrics {
    static let namespace = "AWS/Usage"
    static let metricName = "CallCount"

    /// Per simulated service: the name the `Service` dimension gives it, and the operations
    /// counted (the `Resource` dimension).
    static let tracked: [String: (service: String, resources: Set<String>)] = [
        "ecr": ("ECR", ["GetAuthorizationToken", "BatchCheckLayerAvailability", "InitiateLayerUpload",
                        "UploadLayerPart", "CompleteLayerUpload", "PutImage", "BatchGetImage",
                        "GetDownloadUrlForLayer"]),
        "cloudwatch": ("CloudWatch", ["DeleteAlarms", "DeleteDashboards", "DescribeAlarmHistory", "DescribeAlarms",
                                      "GetDashboard", "GetMetricData", "GetMetricStatistics", "ListMetrics",
                                      "PutDashboard", "PutMetricData"]),
    ]

    /// The metric counting calls to `operation` of `service`, dimensions in the order
    /// `list-metrics` shows them (Type, Resource, Service, Class); nil for a call not counted.
    static func metric(service: String, operation: String) -> Metric? {
        guard let tracked = tracked[service], tracked.resources.contains(operation) else { return nil }
        return Metric(namespace: namespace, name: metricName, dimensions: [
            .init(name: "Type", value: "API"), .init(name: "Resource", value: operation),
            .init(name: "Service", value: tracked.service), .init(name: "Class", value: "None"),
        ])
    }

    /// One sample per metric and minute with calls in it: the minute's start, and how many.
    static func samples(_ calls: [AWSCallRecord], region: String) -> [MetricSample] {
        MetricSample.perMinute(calls.compactMap { call in
            guard call.region == region, let metric = metric(service: call.service, operation: call.operation) else {
                return nil
            }
            return (metric, call.time)
        }, unit: "None")
    }
}
