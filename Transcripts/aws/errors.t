# aws-cli v2's errors: service errors (254), usage and parameter errors (252).
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecs delete-cluster --cluster nope

An error occurred (ClusterNotFoundException) when calling the DeleteCluster operation: Cluster not found.
? 254
$ aws ecs describe-services --cluster demo

usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help

aws: error: the following arguments are required: --services

? 252
$ aws ecs list-clusters --cluster-nme x

usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help

Unknown options: --cluster-nme, x

? 252
$ aws ecs lst-clusters

usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help

aws: error: argument operation: Invalid choice, valid choices are:

continue-service-deployment              | create-capacity-provider                
create-cluster                           | create-daemon                           
create-express-gateway-service           | create-service                          
create-task-set                          | delete-account-setting                  
delete-attributes                        | delete-capacity-provider                
delete-cluster                           | delete-daemon                           
delete-daemon-task-definition            | delete-express-gateway-service          
delete-service                           | delete-task-definitions                 
delete-task-set                          | deregister-container-instance           
deregister-task-definition               | describe-capacity-providers             
describe-clusters                        | describe-container-instances            
describe-daemon                          | describe-daemon-deployments             
describe-daemon-revisions                | describe-daemon-task-definition         
describe-express-gateway-service         | describe-service-deployments            
describe-service-revisions               | describe-services                       
describe-task-definition                 | describe-task-sets                      
describe-tasks                           | discover-poll-endpoint                  
execute-command                          | get-task-protection                     
list-account-settings                    | list-attributes                         
list-clusters                            | list-container-instances                
list-daemon-deployments                  | list-daemon-task-definitions            
list-daemons                             | list-service-deployments                
list-services                            | list-services-by-namespace              
list-tags-for-resource                   | list-task-definition-families           
list-task-definitions                    | list-tasks                              
put-account-setting                      | put-account-setting-default             
put-attributes                           | put-cluster-capacity-providers          
register-container-instance              | register-daemon-task-definition         
register-task-definition                 | run-task                                
start-task                               | stop-service-deployment                 
stop-task                                | submit-attachment-state-changes         
submit-container-state-change            | submit-task-state-change                
tag-resource                             | untag-resource                          
update-capacity-provider                 | update-cluster                          
update-cluster-settings                  | update-container-agent                  
update-container-instances-state         | update-daemon                           
update-express-gateway-service           | update-service                          
update-service-primary-task-set          | update-task-protection                  
update-task-set                          | deploy                                  
wait                                     | help                                    


Invalid choice: 'lst-clusters', maybe you meant:

  * list-clusters

? 252
$ aws ecs list-clusters --output yml

usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help

aws: error: argument --output: Invalid choice, valid choices are:

json                                     | text                                    
table                                    | yaml                                    
yaml-stream                             


Invalid choice: 'yml', maybe you meant:

  * yaml

? 252
$ aws ecs list-clusters --query 'clusterArns['

Bad value for --query clusterArns[: Invalid jmespath expression: Incomplete expression:
"clusterArns["
             ^
? 252
$ aws ecss list-clusters

usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help

aws: error: argument command: Invalid choice, valid choices are:

accessanalyzer                           | account                                 
acm                                      | acm-pca                                 
amp                                      | amplify                                 
amplifybackend                           | amplifyuibuilder                        
apigateway                               | apigatewaymanagementapi                 
apigatewayv2                             | appconfig                               
appconfigdata                            | appfabric                               
appflow                                  | appintegrations                         
application-autoscaling                  | application-insights                    
application-signals                      | applicationcostprofiler                 
appmesh                                  | apprunner                               
appstream                                | appsync                                 
apptest                                  | arc-zonal-shift                         
artifact                                 | athena                                  
auditmanager                             | autoscaling                             
autoscaling-plans                        | b2bi                                    
backup                                   | backup-gateway                          
backupsearch                             | batch                                   
bcm-data-exports                         | bcm-pricing-calculator                  
bedrock                                  | bedrock-agent                           
bedrock-agent-runtime                    | bedrock-data-automation                 
bedrock-data-automation-runtime          | bedrock-runtime                         
billing                                  | billingconductor                        
braket                                   | budgets                                 
ce                                       | chatbot                                 
chime                                    | chime-sdk-identity                      
chime-sdk-media-pipelines                | chime-sdk-meetings                      
chime-sdk-messaging                      | chime-sdk-voice                         
cleanrooms                               | cleanroomsml                            
cloud9                                   | cloudcontrol                            
clouddirectory                           | cloudformation                          
cloudfront                               | cloudfront-keyvaluestore                
cloudhsm                                 | cloudhsmv2                              
cloudsearch                              | cloudsearchdomain                       
cloudtrail                               | cloudtrail-data                         
cloudwatch                               | codeartifact                            
codebuild                                | codecatalyst                            
codecommit                               | codeconnections                         
codeguru-reviewer                        | codeguru-security                       
codeguruprofiler                         | codepipeline                            
codestar-connections                     | codestar-notifications                  
cognito-identity                         | cognito-idp                             
cognito-sync                             | comprehend                              
comprehendmedical                        | compute-optimizer                       
connect                                  | connect-contact-lens                    
connectcampaigns                         | connectcampaignsv2                      
connectcases                             | connectparticipant                      
controlcatalog                           | controltower                            
cost-optimization-hub                    | cur                                     
customer-profiles                        | databrew                                
dataexchange                             | datapipeline                            
datasync                                 | datazone                                
dax                                      | deadline                                
detective                                | devicefarm                              
devops-guru                              | directconnect                           
discovery                                | dlm                                     
dms                                      | docdb                                   
docdb-elastic                            | drs                                     
ds                                       | ds-data                                 
dsql                                     | dynamodb                                
dynamodbstreams                          | ebs                                     
ec2                                      | ec2-instance-connect                    
ecr                                      | ecr-public                              
ecs                                      | efs                                     
eks                                      | eks-auth                                
elasticache                              | elasticbeanstalk                        
elastictranscoder                        | elb                                     
elbv2                                    | emr                                     
emr-containers                           | emr-serverless                          
entityresolution                         | es                                      
events                                   | evidently                               
finspace                                 | finspace-data                           
firehose                                 | fis                                     
fms                                      | forecast                                
forecastquery                            | frauddetector                           
freetier                                 | fsx                                     
gamelift                                 | gameliftstreams                         
geo-maps                                 | geo-places                              
geo-routes                               | glacier                                 
globalaccelerator                        | glue                                    
grafana                                  | greengrass                              
greengrassv2                             | groundstation                           
guardduty                                | health                                  
healthlake                               | iam                                     
identitystore                            | imagebuilder                            
importexport                             | inspector                               
inspector-scan                           | inspector2                              
internetmonitor                          | invoicing                               
iot                                      | iot-data                                
iot-jobs-data                            | iot-managed-integrations                
iotanalytics                             | iotdeviceadvisor                        
iotevents                                | iotevents-data                          
iotfleethub                              | iotfleetwise                            
iotsecuretunneling                       | iotsitewise                             
iotthingsgraph                           | iottwinmaker                            
iotwireless                              | ivs                                     
ivs-realtime                             | ivschat                                 
kafka                                    | kafkaconnect                            
kendra                                   | kendra-ranking                          
keyspaces                                | kinesis                                 
kinesis-video-archived-media             | kinesis-video-media                     
kinesis-video-signaling                  | kinesis-video-webrtc-storage            
kinesisanalytics                         | kinesisanalyticsv2                      
kinesisvideo                             | kms                                     
lakeformation                            | lambda                                  
launch-wizard                            | lex-models                              
lex-runtime                              | lexv2-models                            
lexv2-runtime                            | license-manager                         
license-manager-linux-subscriptions      | license-manager-user-subscriptions      
lightsail                                | location                                
logs                                     | lookoutequipment                        
lookoutmetrics                           | lookoutvision                           
m2                                       | machinelearning                         
macie2                                   | mailmanager                             
managedblockchain                        | managedblockchain-query                 
marketplace-agreement                    | marketplace-catalog                     
marketplace-deployment                   | marketplace-entitlement                 
marketplace-reporting                    | marketplacecommerceanalytics            
mediaconnect                             | mediaconvert                            
medialive                                | mediapackage                            
mediapackage-vod                         | mediapackagev2                          
mediastore                               | mediastore-data                         
mediatailor                              | medical-imaging                         
memorydb                                 | meteringmarketplace                     
mgh                                      | mgn                                     
migration-hub-refactor-spaces            | migrationhub-config                     
migrationhuborchestrator                 | migrationhubstrategy                    
mq                                       | mturk                                   
mwaa                                     | neptune                                 
neptune-graph                            | neptunedata                             
network-firewall                         | networkflowmonitor                      
networkmanager                           | networkmonitor                          
notifications                            | notificationscontacts                   
oam                                      | observabilityadmin                      
omics                                    | opensearch                              
opensearchserverless                     | opsworks                                
opsworkscm                               | organizations                           
osis                                     | outposts                                
panorama                                 | partnercentral-selling                  
payment-cryptography                     | payment-cryptography-data               
pca-connector-ad                         | pca-connector-scep                      
pcs                                      | personalize                             
personalize-events                       | personalize-runtime                     
pi                                       | pinpoint                                
pinpoint-email                           | pinpoint-sms-voice                      
pinpoint-sms-voice-v2                    | pipes                                   
polly                                    | pricing                                 
privatenetworks                          | proton                                  
qapps                                    | qbusiness                               
qconnect                                 | qldb                                    
qldb-session                             | quicksight                              
ram                                      | rbin                                    
rds                                      | rds-data                                
redshift                                 | redshift-data                           
redshift-serverless                      | rekognition                             
repostspace                              | resiliencehub                           
resource-explorer-2                      | resource-groups                         
resourcegroupstaggingapi                 | robomaker                               
rolesanywhere                            | route53                                 
route53-recovery-cluster                 | route53-recovery-control-config         
route53-recovery-readiness               | route53domains                          
route53profiles                          | route53resolver                         
rum                                      | s3control                               
s3outposts                               | s3tables                                
sagemaker                                | sagemaker-a2i-runtime                   
sagemaker-edge                           | sagemaker-featurestore-runtime          
sagemaker-geospatial                     | sagemaker-metrics                       
sagemaker-runtime                        | savingsplans                            
scheduler                                | schemas                                 
sdb                                      | secretsmanager                          
security-ir                              | securityhub                             
securitylake                             | serverlessrepo                          
service-quotas                           | servicecatalog                          
servicecatalog-appregistry               | servicediscovery                        
ses                                      | sesv2                                   
shield                                   | signer                                  
simspaceweaver                           | sms                                     
snow-device-management                   | snowball                                
sns                                      | socialmessaging                         
sqs                                      | ssm                                     
ssm-contacts                             | ssm-incidents                           
ssm-quicksetup                           | ssm-sap                                 
sso                                      | sso-admin                               
sso-oidc                                 | stepfunctions                           
storagegateway                           | sts                                     
supplychain                              | support                                 
support-app                              | swf                                     
synthetics                               | taxsettings                             
textract                                 | timestream-influxdb                     
timestream-query                         | timestream-write                        
tnb                                      | transcribe                              
transfer                                 | translate                               
trustedadvisor                           | verifiedpermissions                     
voice-id                                 | vpc-lattice                             
waf                                      | waf-regional                            
wafv2                                    | wellarchitected                         
wisdom                                   | workdocs                                
workmail                                 | workmailmessageflow                     
workspaces                               | workspaces-thin-client                  
workspaces-web                           | xray                                    
s3api                                    | s3                                      
ddb                                      | configure                               
deploy                                   | configservice                           
opsworks-cm                              | history                                 
cli-dev                                  | help                                    


Invalid choice: 'ecss', maybe you meant:

  * ecs

? 252
$ aws

usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help

aws: error: the following arguments are required: command

? 252
$ aws ecs

usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help

aws: error: the following arguments are required: operation

? 252
