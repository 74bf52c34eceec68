import JSONValue

/// Which IngressClass an Ingress belongs to, and the DefaultIngressClass admission plugin.
enum IngressClasses {
    /// The annotation that marks a class as the cluster's default.
    static let defaultAnnotation = "ingressclass.kubernetes.io/is-default-class"
    /// The deprecated way an Ingress names its class (before `spec.ingressClassName`).
    static let legacyAnnotation = "kubernetes.io/ingress.class"
}

/// kube-apiserver's DefaultIngressClass admission plugin: on create, an Ingress that names no
/// class (neither `spec.ingressClassName` nor the deprecated annotation) gets the default
/// class. When several classes are marked default, the newest wins (ties by name), as in
/// v1.32; an existing Ingress is never changed.
public enum DefaultIngressClassAdmission {
    static func admit(_ ingress: inout JSON, server: APIServer) {
        guard ingress["spec"]["ingressClassName"].isNull,
            ingress["metadata"]["annotations"][IngressClasses.legacyAnnotation].isNull,
            let name = defaultClassName(server.list(.ingressClass, namespace: nil))
        else { return }
        ingress["spec"]["ingressClassName"] = .string(name)
    }

    /// The class an unclassified Ingress gets, among `classes`; nil when none is the default.
    public static func defaultClassName(_ classes: [JSON]) -> String? {
        newestObject(classes.filter { $0["metadata"]["annotations"][IngressClasses.defaultAnnotation].string == "true" })?
            .name
    }
}
