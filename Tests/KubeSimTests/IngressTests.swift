import ContainerImages
import JSONValue
import SimCore
import Testing
@testable import KubeSim

/// Ingress routing (path types, host wildcards, precedence), the DefaultIngressClass
/// admission plugin, and the API server's validation texts.
@Suite struct IngressTests {
    func cluster() -> Cluster { TestCluster.make() }

    static func path(_ path: String, _ type: String, _ service: String) -> JSON {
        ["path": .string(path), "pathType": .string(type),
         "backend": ["service": ["name": .string(service), "port": ["number": 80]]]]
    }

    static func ingress(_ name: String, host: String? = nil, paths: [JSON], defaultBackend: String? = nil) -> JSON {
        var rule: JSON = ["http": ["paths": .array(paths)]]
        if let host { rule["host"] = .string(host) }
        var ingress: JSON = ["metadata": ["name": .string(name), "namespace": "default"], "spec": ["rules": [rule]]]
        if let defaultBackend {
            ingress["spec"]["defaultBackend"] = ["service": ["name": .string(defaultBackend), "port": ["number": 80]]]
        }
        return ingress
    }

    func service(_ route: IngressRouting.Route) -> String? {
        if case .service(_, let name, _) = route { return name }
        return nil
    }

    // MARK: Path matching

    @Test func prefixMatchesWholePathElements() {
        #expect(IngressRouting.prefixMatches("/", "/anything/at/all"))
        #expect(IngressRouting.prefixMatches("/foo", "/foo"))
        #expect(IngressRouting.prefixMatches("/foo", "/foo/"))
        #expect(IngressRouting.prefixMatches("/foo", "/foo/bar"))
        #expect(IngressRouting.prefixMatches("/foo/", "/foo"))
        #expect(!IngressRouting.prefixMatches("/foo", "/foobar"))
        #expect(!IngressRouting.prefixMatches("/aaa/bb", "/aaa/bbb"))
        #expect(!IngressRouting.prefixMatches("/foo/bar", "/foo"))
    }

    @Test func exactMatchesOnlyTheSamePath() {
        let ingresses = [Self.ingress("a", paths: [Self.path("/foo", "Exact", "exact")])]
        #expect(service(IngressRouting.route(host: "x", path: "/foo", ingresses: ingresses)) == "exact")
        #expect(IngressRouting.route(host: "x", path: "/foo/", ingresses: ingresses) == .defaultBackend)
        #expect(IngressRouting.route(host: "x", path: "/foo/bar", ingresses: ingresses) == .defaultBackend)
    }

    @Test func longestPathWinsAndExactBeatsPrefixAtEqualLength() {
        let ingresses = [Self.ingress("a", paths: [
            Self.path("/", "Prefix", "root"), Self.path("/api", "Prefix", "api"),
            Self.path("/api/v2", "Prefix", "v2"), Self.path("/api", "Exact", "api-exact"),
        ])]
        #expect(service(IngressRouting.route(host: "x", path: "/", ingresses: ingresses)) == "root")
        #expect(service(IngressRouting.route(host: "x", path: "/api", ingresses: ingresses)) == "api-exact")
        #expect(service(IngressRouting.route(host: "x", path: "/api/v1", ingresses: ingresses)) == "api")
        #expect(service(IngressRouting.route(host: "x", path: "/api/v2/users", ingresses: ingresses)) == "v2")
    }

    @Test func hostsExactThenWildcardThenCatchAll() {
        let ingresses = [
            Self.ingress("any", paths: [Self.path("/", "Prefix", "any")]),
            Self.ingress("wild", host: "*.example.com", paths: [Self.path("/", "Prefix", "wild")]),
            Self.ingress("exact", host: "www.example.com", paths: [Self.path("/", "Prefix", "exact")]),
        ]
        #expect(service(IngressRouting.route(host: "www.example.com", path: "/", ingresses: ingresses)) == "exact")
        #expect(service(IngressRouting.route(host: "WWW.example.com:80", path: "/", ingresses: ingresses)) == "exact")
        #expect(service(IngressRouting.route(host: "shop.example.com", path: "/", ingresses: ingresses)) == "wild")
        // A wildcard covers one label only.
        #expect(service(IngressRouting.route(host: "a.b.example.com", path: "/", ingresses: ingresses)) == "any")
        #expect(service(IngressRouting.route(host: "example.com", path: "/", ingresses: ingresses)) == "any")
    }

    @Test func aHostWithoutAMatchingPathFallsToTheDefaultBackend() {
        let only = [Self.ingress("a", host: "a.com", paths: [Self.path("/app", "Prefix", "app")])]
        #expect(IngressRouting.route(host: "a.com", path: "/other", ingresses: only) == .defaultBackend)
        let withDefault = only + [Self.ingress("b", paths: [Self.path("/x", "Exact", "x")], defaultBackend: "fallback")]
        #expect(service(IngressRouting.route(host: "a.com", path: "/other", ingresses: withDefault)) == "fallback")
    }

    // MARK: DefaultIngressClass admission

    @Test func theDefaultClassIsFilledInOnCreate() throws {
        let server = cluster().apiServer
        try server.create(.ingressClass, ["metadata": ["name": "plain"], "spec": ["controller": "example.com/a"]])
        let before = try server.create(.ingress, Self.ingress("before", paths: [Self.path("/", "Prefix", "web")]))
        #expect(before["spec"]["ingressClassName"].isNull)
        try server.create(.ingressClass, [
            "metadata": ["name": "nginx", "annotations": ["ingressclass.kubernetes.io/is-default-class": "true"]],
            "spec": ["controller": "k8s.io/ingress-nginx"],
        ])
        let after = try server.create(.ingress, Self.ingress("after", paths: [Self.path("/", "Prefix", "web")]))
        #expect(after["spec"]["ingressClassName"] == "nginx")
        // An Ingress that names a class, or uses the old annotation, keeps what it says.
        var named = Self.ingress("named", paths: [Self.path("/", "Prefix", "web")])
        named["spec"]["ingressClassName"] = "plain"
        #expect(try server.create(.ingress, named)["spec"]["ingressClassName"] == "plain")
        var annotated = Self.ingress("annotated", paths: [Self.path("/", "Prefix", "web")])
        annotated["metadata"]["annotations"] = ["kubernetes.io/ingress.class": "plain"]
        #expect(try server.create(.ingress, annotated)["spec"]["ingressClassName"].isNull)
        // Existing Ingresses are not changed.
        #expect(server.object(.ingress, namespace: "default", name: "before")?["spec"]["ingressClassName"].isNull == true)
    }

    @Test func amongSeveralDefaultsTheNewestWins() {
        let marked: JSON = ["ingressclass.kubernetes.io/is-default-class": "true"]
        let classes: [JSON] = [
            ["metadata": ["name": "old", "annotations": marked, "creationTimestamp": "2026-01-01T00:00:00Z"]],
            ["metadata": ["name": "new", "annotations": marked, "creationTimestamp": "2026-01-01T00:05:00Z"]],
            ["metadata": ["name": "newest-unmarked", "creationTimestamp": "2026-01-01T00:09:00Z"]],
            ["metadata": ["name": "b-tie", "annotations": marked, "creationTimestamp": "2026-01-01T00:05:00Z"]],
        ]
        #expect(DefaultIngressClassAdmission.defaultClassName(classes) == "b-tie")
        #expect(DefaultIngressClassAdmission.defaultClassName(Array(classes.prefix(3))) == "new")
        #expect(DefaultIngressClassAdmission.defaultClassName([classes[2]]) == nil)
    }

    // MARK: Validation

    func createError(_ ingress: JSON) -> String {
        do {
            _ = try cluster().apiServer.create(.ingress, ingress)
            return ""
        } catch {
            return error.message
        }
    }

    @Test func validationUsesTheServersWords() {
        var missingType = Self.ingress("x", paths: [Self.path("/", "Prefix", "web")])
        missingType["spec"]["rules"][0]["http"]["paths"][0].remove("pathType")
        #expect(createError(missingType)
            == "Ingress \"x\" is invalid: spec.rules[0].http.paths[0].pathType: Required value: pathType must be specified")

        let relative = Self.ingress("x", paths: [Self.path("api", "Prefix", "web")])
        #expect(createError(relative)
            == "Ingress \"x\" is invalid: spec.rules[0].http.paths[0].path: Invalid value: \"api\": must be an absolute path")

        var noBackend = Self.ingress("x", paths: [Self.path("/", "Exact", "web")])
        noBackend["spec"]["rules"][0]["http"]["paths"][0]["backend"] = .object(JSONObject())
        #expect(createError(noBackend)
            == "Ingress \"x\" is invalid: spec.rules[0].http.paths[0].backend: Invalid value: \"\": resource or service backend is required")

        var noPort = Self.ingress("x", paths: [Self.path("/", "Exact", "web")])
        noPort["spec"]["rules"][0]["http"]["paths"][0]["backend"]["service"].remove("port")
        #expect(createError(noPort)
            == "Ingress \"x\" is invalid: spec.rules[0].http.paths[0].backend: Required value: port name or number is required")

        let empty: JSON = ["metadata": ["name": "x"], "spec": .object(JSONObject())]
        #expect(createError(empty)
            == "Ingress \"x\" is invalid: spec: Invalid value: []networking.IngressRule(nil): either `defaultBackend` or `rules` must be specified")

        let unsupported = Self.ingress("x", paths: [Self.path("/", "Regex", "web")])
        #expect(createError(unsupported)
            == "Ingress \"x\" is invalid: spec.rules[0].http.paths[0].pathType: Unsupported value: \"Regex\": supported values: \"Exact\", \"ImplementationSpecific\", \"Prefix\"")
    }

    @Test func statusStartsEmptyAndGenerationCountsSpecChanges() throws {
        let server = cluster().apiServer
        var input = Self.ingress("web", paths: [Self.path("/", "Prefix", "web")])
        input["status"] = ["loadBalancer": ["ingress": [["ip": "1.2.3.4"]]]]
        let created = try server.create(.ingress, input)
        #expect(created["status"] == ["loadBalancer": .object(JSONObject())])
        #expect(created.generation == 1)
    }

    @Test func hostsColumn() {
        func rules(_ hosts: [String?]) -> [JSON] { hosts.map { host in host.map { ["host": .string($0)] } ?? [:] } }
        #expect(IngressStrategy.hosts([]) == "*")
        #expect(IngressStrategy.hosts(rules([nil])) == "*")
        #expect(IngressStrategy.hosts(rules(["a", "b", "c"])) == "a,b,c")
        #expect(IngressStrategy.hosts(rules(["a", "b", "c", "d", "e"])) == "a,b,c + 2 more...")
        #expect(IngressStrategy.hosts(rules(["a", nil, "b", "c", nil])) == "a,b,c + 2 more...")
    }
}
