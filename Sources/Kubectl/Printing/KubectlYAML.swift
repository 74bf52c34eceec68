import JSONValue
import YAMLCoding

/// `-o yaml`: the object through sigs.k8s.io/yaml's conversion, as kubectl prints it.
enum KubectlYAML {
    static func render(_ value: JSON) -> String { KubeYAML.emit(value) }
}
