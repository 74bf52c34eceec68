# kubectl explain for networking.k8s.io, policy, storage.k8s.io and coordination.k8s.io kinds (v1.32 documents).
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl explain ingress
GROUP:      networking.k8s.io
KIND:       Ingress
VERSION:    v1

DESCRIPTION:
    Ingress is a collection of rules that allow inbound connections to reach the
    endpoints defined by a backend. An Ingress can be configured to give
    services externally-reachable urls, load balance traffic, terminate SSL,
    offer name based virtual hosting etc.
    
FIELDS:
  apiVersion	<string>
    APIVersion defines the versioned schema of this representation of an object.
    Servers should convert recognized schemas to the latest internal value, and
    may reject unrecognized values. More info:
    https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources

  kind	<string>
    Kind is a string value representing the REST resource this object
    represents. Servers may infer this from the endpoint the client submits
    requests to. Cannot be updated. In CamelCase. More info:
    https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds

  metadata	<ObjectMeta>
    Standard object's metadata. More info:
    https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata

  spec	<IngressSpec>
    spec is the desired state of the Ingress. More info:
    https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status

  status	<IngressStatus>
    status is the current state of the Ingress. More info:
    https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status


$ kubectl explain ingress.spec.rules
GROUP:      networking.k8s.io
KIND:       Ingress
VERSION:    v1

FIELD: rules <[]IngressRule>


DESCRIPTION:
    rules is a list of host rules used to configure the Ingress. If unspecified,
    or no rule matches, all traffic is sent to the default backend.
    IngressRule represents the rules mapping the paths under a specified host to
    the related backend services. Incoming requests are first evaluated for a
    host match, then routed to the backend associated with the matching
    IngressRuleValue.
    
FIELDS:
  host	<string>
    host is the fully qualified domain name of a network host, as defined by RFC
    3986. Note the following deviations from the "host" part of the URI as
    defined in RFC 3986: 1. IPs are not allowed. Currently an IngressRuleValue
    can only apply to
       the IP in the Spec of the parent Ingress.
    2. The `:` delimiter is not respected because ports are not allowed.
    	  Currently the port of an Ingress is implicitly :80 for http and
    	  :443 for https.
    Both these may change in the future. Incoming requests are matched against
    the host before the IngressRuleValue. If the host is unspecified, the
    Ingress routes all traffic based on the specified IngressRuleValue.
    
    host can be "precise" which is a domain name without the terminating dot of
    a network host (e.g. "foo.bar.com") or "wildcard", which is a domain name
    prefixed with a single wildcard label (e.g. "*.foo.com"). The wildcard
    character '*' must appear by itself as the first DNS label and matches only
    a single label. You cannot have a wildcard label by itself (e.g. Host ==
    "*"). Requests will be matched against the Host field in the following way:
    1. If host is precise, the request matches this rule if the http host header
    is equal to Host. 2. If host is a wildcard, then the request matches this
    rule if the http host header is to equal to the suffix (removing the first
    label) of the wildcard rule.

  http	<HTTPIngressRuleValue>
    <no description>


$ kubectl explain ingresses.networking.k8s.io.spec.rules.http.paths.pathType
GROUP:      networking.k8s.io
KIND:       Ingress
VERSION:    v1

FIELD: pathType <string>
ENUM:
    Exact
    ImplementationSpecific
    Prefix

DESCRIPTION:
    pathType determines the interpretation of the path matching. PathType can be
    one of the following values: * Exact: Matches the URL path exactly. *
    Prefix: Matches based on a URL path prefix split by '/'. Matching is
      done on a path element by element basis. A path element refers is the
      list of labels in the path split by the '/' separator. A request is a
      match for path p if every p is an element-wise prefix of p of the
      request path. Note that if the last element of the path is a substring
      of the last element in request path, it is not a match (e.g. /foo/bar
      matches /foo/bar/baz, but does not match /foo/barbaz).
    * ImplementationSpecific: Interpretation of the Path matching is up to
      the IngressClass. Implementations can treat this as a separate PathType
      or treat it identically to Prefix or Exact path types.
    Implementations are required to support all path types.
    
    Possible enum values:
     - `"Exact"` matches the URL path exactly and with case sensitivity.
     - `"ImplementationSpecific"` matching is up to the IngressClass.
    Implementations can treat this as a separate PathType or treat it
    identically to Prefix or Exact path types.
     - `"Prefix"` matches based on a URL path prefix split by '/'. Matching is
    case sensitive and done on a path element by element basis. A path element
    refers to the list of labels in the path split by the '/' separator. A
    request is a match for path p if every p is an element-wise prefix of p of
    the request path. Note that if the last element of the path is a substring
    of the last element in request path, it is not a match (e.g. /foo/bar
    matches /foo/bar/baz, but does not match /foo/barbaz). If multiple matching
    paths exist in an Ingress spec, the longest matching path is given priority.
    Examples: - /foo/bar does not match requests to /foo/barbaz - /foo/bar
    matches request to /foo/bar and /foo/bar/baz - /foo and /foo/ both match
    requests to /foo and /foo/. If both paths are present in an Ingress spec,
    the longest matching path (/foo/) is given priority.
    

$ kubectl explain ingressclass.spec
GROUP:      networking.k8s.io
KIND:       IngressClass
VERSION:    v1

FIELD: spec <IngressClassSpec>


DESCRIPTION:
    spec is the desired state of the IngressClass. More info:
    https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
    IngressClassSpec provides information about the class of an Ingress.
    
FIELDS:
  controller	<string>
    controller refers to the name of the controller that should handle this
    class. This allows for different "flavors" that are controlled by the same
    controller. For example, you may have different parameters for the same
    implementing controller. This should be specified as a domain-prefixed path
    no more than 250 characters in length, e.g. "acme.io/ingress-controller".
    This field is immutable.

  parameters	<IngressClassParametersReference>
    parameters is a link to a custom resource containing additional
    configuration for the controller. This is optional if the controller does
    not require extra parameters.


$ kubectl explain netpol.spec --recursive
GROUP:      networking.k8s.io
KIND:       NetworkPolicy
VERSION:    v1

FIELD: spec <NetworkPolicySpec>


DESCRIPTION:
    spec represents the specification of the desired behavior for this
    NetworkPolicy.
    NetworkPolicySpec provides the specification of a NetworkPolicy
    
FIELDS:
  egress	<[]NetworkPolicyEgressRule>
    ports	<[]NetworkPolicyPort>
      endPort	<integer>
      port	<IntOrString>
      protocol	<string>
      enum: SCTP, TCP, UDP
    to	<[]NetworkPolicyPeer>
      ipBlock	<IPBlock>
        cidr	<string> -required-
        except	<[]string>
      namespaceSelector	<LabelSelector>
        matchExpressions	<[]LabelSelectorRequirement>
          key	<string> -required-
          operator	<string> -required-
          values	<[]string>
        matchLabels	<map[string]string>
      podSelector	<LabelSelector>
        matchExpressions	<[]LabelSelectorRequirement>
          key	<string> -required-
          operator	<string> -required-
          values	<[]string>
        matchLabels	<map[string]string>
  ingress	<[]NetworkPolicyIngressRule>
    from	<[]NetworkPolicyPeer>
      ipBlock	<IPBlock>
        cidr	<string> -required-
        except	<[]string>
      namespaceSelector	<LabelSelector>
        matchExpressions	<[]LabelSelectorRequirement>
          key	<string> -required-
          operator	<string> -required-
          values	<[]string>
        matchLabels	<map[string]string>
      podSelector	<LabelSelector>
        matchExpressions	<[]LabelSelectorRequirement>
          key	<string> -required-
          operator	<string> -required-
          values	<[]string>
        matchLabels	<map[string]string>
    ports	<[]NetworkPolicyPort>
      endPort	<integer>
      port	<IntOrString>
      protocol	<string>
      enum: SCTP, TCP, UDP
  podSelector	<LabelSelector> -required-
    matchExpressions	<[]LabelSelectorRequirement>
      key	<string> -required-
      operator	<string> -required-
      values	<[]string>
    matchLabels	<map[string]string>
  policyTypes	<[]string>

$ kubectl explain pdb.spec
GROUP:      policy
KIND:       PodDisruptionBudget
VERSION:    v1

FIELD: spec <PodDisruptionBudgetSpec>


DESCRIPTION:
    Specification of the desired behavior of the PodDisruptionBudget.
    PodDisruptionBudgetSpec is a description of a PodDisruptionBudget.
    
FIELDS:
  maxUnavailable	<IntOrString>
    An eviction is allowed if at most "maxUnavailable" pods selected by
    "selector" are unavailable after the eviction, i.e. even in absence of the
    evicted pod. For example, one can prevent all voluntary evictions by
    specifying 0. This is a mutually exclusive setting with "minAvailable".

  minAvailable	<IntOrString>
    An eviction is allowed if at least "minAvailable" pods selected by
    "selector" will still be available after the eviction, i.e. even in the
    absence of the evicted pod.  So for example you can prevent all voluntary
    evictions by specifying "100%".

  selector	<LabelSelector>
    Label query over pods whose evictions are managed by the disruption budget.
    A null selector will match no pods, while an empty ({}) selector will select
    all pods within the namespace.

  unhealthyPodEvictionPolicy	<string>
  enum: AlwaysAllow, IfHealthyBudget
    UnhealthyPodEvictionPolicy defines the criteria for when unhealthy pods
    should be considered for eviction. Current implementation considers healthy
    pods, as pods that have status.conditions item with
    type="Ready",status="True".
    
    Valid policies are IfHealthyBudget and AlwaysAllow. If no policy is
    specified, the default behavior will be used, which corresponds to the
    IfHealthyBudget policy.
    
    IfHealthyBudget policy means that running pods (status.phase="Running"), but
    not yet healthy can be evicted only if the guarded application is not
    disrupted (status.currentHealthy is at least equal to
    status.desiredHealthy). Healthy pods will be subject to the PDB for
    eviction.
    
    AlwaysAllow policy means that all running pods (status.phase="Running"), but
    not yet healthy are considered disrupted and can be evicted regardless of
    whether the criteria in a PDB is met. This means perspective running pods of
    a disrupted application might not get a chance to become healthy. Healthy
    pods will be subject to the PDB for eviction.
    
    Additional policies may be added in the future. Clients making eviction
    decisions should disallow eviction of unhealthy pods if they encounter an
    unrecognized policy in this field.
    
    This field is beta-level. The eviction API uses this field when the feature
    gate PDBUnhealthyPodEvictionPolicy is enabled (enabled by default).
    
    Possible enum values:
     - `"AlwaysAllow"` policy means that all running pods
    (status.phase="Running"), but not yet healthy are considered disrupted and
    can be evicted regardless of whether the criteria in a PDB is met. This
    means perspective running pods of a disrupted application might not get a
    chance to become healthy. Healthy pods will be subject to the PDB for
    eviction.
     - `"IfHealthyBudget"` policy means that running pods
    (status.phase="Running"), but not yet healthy can be evicted only if the
    guarded application is not disrupted (status.currentHealthy is at least
    equal to status.desiredHealthy). Healthy pods will be subject to the PDB for
    eviction.


$ kubectl explain storageclass
GROUP:      storage.k8s.io
KIND:       StorageClass
VERSION:    v1

DESCRIPTION:
    StorageClass describes the parameters for a class of storage for which
    PersistentVolumes can be dynamically provisioned.
    
    StorageClasses are non-namespaced; the name of the storage class according
    to etcd is in ObjectMeta.Name.
    
FIELDS:
  allowVolumeExpansion	<boolean>
    allowVolumeExpansion shows whether the storage class allow volume expand.

  allowedTopologies	<[]TopologySelectorTerm>
    allowedTopologies restrict the node topologies where volumes can be
    dynamically provisioned. Each volume plugin defines its own supported
    topology specifications. An empty TopologySelectorTerm list means there is
    no topology restriction. This field is only honored by servers that enable
    the VolumeScheduling feature.

  apiVersion	<string>
    APIVersion defines the versioned schema of this representation of an object.
    Servers should convert recognized schemas to the latest internal value, and
    may reject unrecognized values. More info:
    https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources

  kind	<string>
    Kind is a string value representing the REST resource this object
    represents. Servers may infer this from the endpoint the client submits
    requests to. Cannot be updated. In CamelCase. More info:
    https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds

  metadata	<ObjectMeta>
    Standard object's metadata. More info:
    https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata

  mountOptions	<[]string>
    mountOptions controls the mountOptions for dynamically provisioned
    PersistentVolumes of this storage class. e.g. ["ro", "soft"]. Not validated
    - mount of the PVs will simply fail if one is invalid.

  parameters	<map[string]string>
    parameters holds the parameters for the provisioner that should create
    volumes of this storage class.

  provisioner	<string> -required-
    provisioner indicates the type of the provisioner.

  reclaimPolicy	<string>
  enum: Delete, Recycle, Retain
    reclaimPolicy controls the reclaimPolicy for dynamically provisioned
    PersistentVolumes of this storage class. Defaults to Delete.
    
    Possible enum values:
     - `"Delete"` means the volume will be deleted from Kubernetes on release
    from its claim. The volume plugin must support Deletion.
     - `"Recycle"` means the volume will be recycled back into the pool of
    unbound persistent volumes on release from its claim. The volume plugin must
    support Recycling.
     - `"Retain"` means the volume will be left in its current phase (Released)
    for manual reclamation by the administrator. The default policy is Retain.

  volumeBindingMode	<string>
  enum: Immediate, WaitForFirstConsumer
    volumeBindingMode indicates how PersistentVolumeClaims should be provisioned
    and bound.  When unset, VolumeBindingImmediate is used. This field is only
    honored by servers that enable the VolumeScheduling feature.
    
    Possible enum values:
     - `"Immediate"` indicates that PersistentVolumeClaims should be immediately
    provisioned and bound. This is the default mode.
     - `"WaitForFirstConsumer"` indicates that PersistentVolumeClaims should not
    be provisioned and bound until the first Pod is created that references the
    PeristentVolumeClaim. The volume provisioning and binding will occur during
    Pod scheduing.


$ kubectl explain lease.spec
GROUP:      coordination.k8s.io
KIND:       Lease
VERSION:    v1

FIELD: spec <LeaseSpec>


DESCRIPTION:
    spec contains the specification of the Lease. More info:
    https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
    LeaseSpec is a specification of a Lease.
    
FIELDS:
  acquireTime	<string>
    acquireTime is a time when the current lease was acquired.

  holderIdentity	<string>
    holderIdentity contains the identity of the holder of a current lease. If
    Coordinated Leader Election is used, the holder identity must be equal to
    the elected LeaseCandidate.metadata.name field.

  leaseDurationSeconds	<integer>
    leaseDurationSeconds is a duration that candidates for a lease need to wait
    to force acquire it. This is measured against the time of last observed
    renewTime.

  leaseTransitions	<integer>
    leaseTransitions is the number of transitions of a lease between holders.

  preferredHolder	<string>
    PreferredHolder signals to a lease holder that the lease has a more optimal
    holder and should be given up. This field can only be set if Strategy is
    also set.

  renewTime	<string>
    renewTime is a time when the current holder of a lease has last updated the
    lease.

  strategy	<string>
    Strategy indicates the strategy for picking the leader for coordinated
    leader election. If the field is not specified, there is no active
    coordination for this lease. (Alpha) Using this field requires the
    CoordinatedLeaderElection feature gate to be enabled.


