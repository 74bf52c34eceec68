/// Service principals IAM accepts in trust policies (`"Service": "ecs-tasks.amazonaws.com"`).
/// IAM rejects names it does not know — the usual typo is `ecs-task.amazonaws.com` — so
/// Shipyard keeps the ones a container course can meet. Data, not logic.
enum ServicePrincipals {
    static let known: Set<String> = [
        "ecs-tasks.amazonaws.com", "ecs.amazonaws.com", "ecs.application-autoscaling.amazonaws.com",
        "ec2.amazonaws.com", "eks.amazonaws.com", "eks-fargate-pods.amazonaws.com", "pods.eks.amazonaws.com",
        "autoscaling.amazonaws.com", "application-autoscaling.amazonaws.com", "elasticloadbalancing.amazonaws.com",
        "lambda.amazonaws.com", "edgelambda.amazonaws.com", "logs.amazonaws.com", "events.amazonaws.com",
        "scheduler.amazonaws.com", "states.amazonaws.com", "cloudtrail.amazonaws.com", "codebuild.amazonaws.com",
        "codedeploy.amazonaws.com", "codepipeline.amazonaws.com", "cloudformation.amazonaws.com",
        "ssm.amazonaws.com", "s3.amazonaws.com", "sns.amazonaws.com", "sqs.amazonaws.com", "apigateway.amazonaws.com",
        "batch.amazonaws.com", "spotfleet.amazonaws.com", "monitoring.amazonaws.com", "backup.amazonaws.com",
        "firehose.amazonaws.com", "kinesis.amazonaws.com", "rds.amazonaws.com", "elasticmapreduce.amazonaws.com",
        "sagemaker.amazonaws.com", "glue.amazonaws.com", "secretsmanager.amazonaws.com", "kms.amazonaws.com",
        "ecr.amazonaws.com", "sts.amazonaws.com", "iam.amazonaws.com", "config.amazonaws.com",
        "vpc-flow-logs.amazonaws.com", "delivery.logs.amazonaws.com", "servicediscovery.amazonaws.com",
        "appmesh.amazonaws.com", "xray.amazonaws.com", "apprunner.amazonaws.com", "build.apprunner.amazonaws.com",
        "tasks.apprunner.amazonaws.com", "export.rds.amazonaws.com", "dms.amazonaws.com",
    ]
}
