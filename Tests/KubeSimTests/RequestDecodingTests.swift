import JSONValue
import Testing
@testable import KubeSim

/// How a client's JSON body decodes into the kind's Go types: encoding/json's type errors
/// (the first in key order wins; a self-decoding type's error stops at once), the strict
/// decoder's unknown fields, and kubectl's own check of a manifest's metadata.
@Suite struct RequestDecodingTests {
    func typeError(_ body: JSON, _ type: ResourceType = .deployment) -> String? {
        do {
            _ = try RequestDecoding.decode(body, as: type)
            return nil
        } catch {
            switch error {
            case .type(let message): return message
            }
        }
    }

    func deployment(_ spec: JSON) -> JSON {
        ["apiVersion": "apps/v1", "kind": "Deployment", "metadata": ["name": "web"], "spec": spec]
    }

    func containers(_ container: JSON) -> JSON {
        deployment(["template": ["spec": ["containers": [container]]]])
    }

    @Test func scalarsOfTheWrongTypeNameTheStructThePathAndTheGoType() {
        #expect(typeError(deployment(["replicas": "3"]))
            == "json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32")
        #expect(typeError(containers(["name": "web", "env": [["name": "PORT", "value": 8080]]]))
            == "json: cannot unmarshal number into Go struct field EnvVar.spec.template.spec.containers.env.value of type string")
        #expect(typeError(containers(["ports": [["containerPort": 80.5]]]))
            == "json: cannot unmarshal number 80.5 into Go struct field ContainerPort.spec.template.spec.containers.ports.containerPort of type int32")
        #expect(typeError(containers(["ports": [["containerPort": 3_000_000_000]]]))
            == "json: cannot unmarshal number 3000000000 into Go struct field ContainerPort.spec.template.spec.containers.ports.containerPort of type int32")
        #expect(typeError(deployment(["paused": "yes"]))
            == "json: cannot unmarshal string into Go struct field DeploymentSpec.spec.paused of type bool")
    }

    @Test func wholeValuesOfTheWrongShapeNameTheGoTypeTheyMissed() {
        #expect(typeError(deployment(["template": ["spec": ["containers": "nginx"]]]))
            == "json: cannot unmarshal string into Go struct field PodSpec.spec.template.spec.containers of type []v1.Container")
        #expect(typeError(deployment(["template": ["spec": ["containers": ["nginx"]]]]))
            == "json: cannot unmarshal string into Go struct field PodSpec.spec.template.spec.containers of type v1.Container")
        #expect(typeError(deployment(["template": []]))
            == "json: cannot unmarshal array into Go struct field DeploymentSpec.spec.template of type v1.PodTemplateSpec")
        #expect(typeError(containers(["resources": ["limits": "1Gi"]]))
            == "json: cannot unmarshal string into Go struct field ResourceRequirements.spec.template.spec.containers.resources.limits of type v1.ResourceList")
        #expect(typeError(deployment(["template": ["spec": ["nodeSelector": ["disk": true]]]]))
            == "json: cannot unmarshal bool into Go struct field PodSpec.spec.template.spec.nodeSelector of type string")
    }

    @Test func namedStringTypesAreNamedAsGoNamesThem() {
        #expect(typeError(containers(["imagePullPolicy": 1]))
            == "json: cannot unmarshal number into Go struct field Container.spec.template.spec.containers.imagePullPolicy of type v1.PullPolicy")
        #expect(typeError(containers(["securityContext": ["capabilities": ["add": [1]]]]))
            == "json: cannot unmarshal number into Go struct field Capabilities.spec.template.spec.containers.securityContext.capabilities.add of type v1.Capability")
        #expect(typeError(["apiVersion": "v1", "kind": "Service", "spec": ["type": 5]], .service)
            == "json: cannot unmarshal number into Go struct field ServiceSpec.spec.type of type v1.ServiceType")
    }

    @Test func theFirstTypeErrorInKeyOrderWinsButASelfDecodingTypeStopsAtOnce() {
        // "ports" sorts before "type": the port's error is met first.
        let service: JSON = ["apiVersion": "v1", "kind": "Service",
                             "spec": ["type": 5, "ports": [["port": 80.5, "protocol": 6]]]]
        #expect(typeError(service, .service)
            == "json: cannot unmarshal number 80.5 into Go struct field ServicePort.spec.ports.port of type int32")
        // IntOrString decodes itself: a bool there ends the decode with its own error.
        let intOrString: JSON = ["apiVersion": "v1", "kind": "Service", "spec": ["ports": [["port": 80, "targetPort": true]]]]
        #expect(typeError(intOrString, .service)
            == "json: cannot unmarshal bool into Go struct field ServicePort.spec.ports.targetPort of type int32")
        #expect(typeError(["apiVersion": "v1", "kind": "Service", "spec": ["ports": [["port": 80, "targetPort": "http"]]]], .service) == nil)
        #expect(typeError(deployment(["strategy": ["rollingUpdate": ["maxSurge": "25%", "maxUnavailable": 1]]])) == nil)
    }

    @Test func unknownFieldsAreListedWithIndexesAndLeftOut() throws {
        let body = deployment([
            "replica": 3,
            "template": ["metadata": ["labels": ["app": "web"], "containers": []],
                         "spec": ["containers": [["name": "web", "image": "nginx", "imagePullpolicy": "Always"]]]],
        ])
        let decoded = try RequestDecoding.decode(body, as: .deployment)
        #expect(decoded.unknownFields == [
            "unknown field \"spec.replica\"", "unknown field \"spec.template.metadata.containers\"",
            "unknown field \"spec.template.spec.containers[0].imagePullpolicy\"",
        ])
        #expect(decoded.object["spec"]["replica"].isNull)
        #expect(decoded.object["spec"]["template"]["metadata"] == ["labels": ["app": "web"]])
        #expect(decoded.object["spec"]["template"]["spec"]["containers"][0] == ["name": "web", "image": "nginx"])
        #expect(decoded.object["metadata"] == body["metadata"])
    }

    @Test func aWellFormedBodyComesBackAsItWas() throws {
        let body = containers(["name": "web", "image": "nginx:1.27", "ports": [["containerPort": 80, "protocol": "TCP"]],
                               "resources": ["limits": ["cpu": "500m", "memory": 128]]])
        let decoded = try RequestDecoding.decode(body, as: .deployment)
        #expect(decoded.unknownFields.isEmpty)
        #expect(decoded.object == body)
    }

    @Test func timesAreParsedAsRFC3339() {
        let pod: JSON = ["apiVersion": "v1", "kind": "Pod", "metadata": ["name": "p", "creationTimestamp": "yesterday"]]
        #expect(typeError(pod, .pod) == "parsing time \"yesterday\" as \"2006-01-02T15:04:05Z07:00\": cannot parse \"yesterday\" as \"2006\"")
    }

    /// Checked against kubectl v1.32.4 (`--validate=false --dry-run=client`, no server needed).
    @Test func kubectlReadsEveryManifestsMetadataFirst() {
        #expect(RequestDecoding.metadataError(["metadata": ["name": "p", "labels": ["v": 1]]])
            == "json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string")
        #expect(RequestDecoding.metadataError(["metadata": "x"])
            == "json: cannot unmarshal string into Go struct field metadataOnlyObject.metadata of type v1.ObjectMeta")
        #expect(RequestDecoding.metadataError(["metadata": ["name": 5, "annotations": ["a": true]]])
            == "json: cannot unmarshal bool into Go struct field ObjectMeta.metadata.annotations of type string")
        #expect(RequestDecoding.metadataError(["metadata": ["name": "p", "labels": ["app": "web"]]]) == nil)
    }

    @Test func theServerRefusesWarnsOrDropsAsFieldValidationSays() throws {
        let server = TestCluster.make().apiServer
        let body = deployment(["replicas": 2, "replica": 3, "selector": ["matchLabels": ["app": "web"]],
                               "template": ["metadata": ["labels": ["app": "web"]],
                                            "spec": ["containers": [["name": "web", "image": "nginx"]]]]])
        do {
            _ = try server.decodeBody(body, as: .deployment, validation: .strict)
            Issue.record("a strict request with an unknown field went through")
        } catch {
            #expect(error.message == "Deployment in version \"v1\" cannot be handled as a Deployment: strict decoding error: unknown field \"spec.replica\"")
        }
        let warned = try server.decodeBody(body, as: .deployment, validation: .warn)
        #expect(warned.warnings == ["unknown field \"spec.replica\""])
        #expect(warned.object["spec"]["replica"].isNull)
        let ignored = try server.decodeBody(body, as: .deployment, validation: .ignore)
        #expect(ignored.warnings.isEmpty)
        #expect(ignored.object == warned.object)
    }

    /// Every leaf and every member of a deployment, replaced by values of every JSON kind:
    /// each body decodes or fails with a message, and never traps.
    @Test func everyValueOfEveryKindAnywhere() {
        let body = containers(["name": "web", "image": "nginx", "ports": [["containerPort": 80]],
                               "resources": ["limits": ["cpu": "1"]], "env": [["name": "A", "value": "1"]]])
        let replacements: [JSON] = [.null, true, 7, 1.5, "x", [], [1, "a"], [:], ["k": [1]]]
        func paths(_ value: JSON, _ prefix: [String]) -> [[String]] {
            switch value {
            case .object(let object): return [prefix] + object.entries.flatMap { paths($0.value, prefix + [$0.key]) }
            case .array(let items): return [prefix] + items.indices.flatMap { paths(items[$0], prefix + ["\($0)"]) }
            default: return [prefix]
            }
        }
        func replacing(_ value: JSON, at path: ArraySlice<String>, with new: JSON) -> JSON {
            guard let key = path.first else { return new }
            switch value {
            case .object(var object):
                object[key] = replacing(object[key] ?? .null, at: path.dropFirst(), with: new)
                return .object(object)
            case .array(var items):
                guard let index = Int(key), items.indices.contains(index) else { return value }
                items[index] = replacing(items[index], at: path.dropFirst(), with: new)
                return .array(items)
            default: return value
            }
        }
        var refused = 0
        for path in paths(body, []) where !path.isEmpty {
            for replacement in replacements {
                if typeError(replacing(body, at: path[...], with: replacement)) != nil { refused += 1 }
            }
        }
        #expect(refused > 100)
    }
}
