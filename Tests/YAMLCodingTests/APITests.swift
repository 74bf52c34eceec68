import JSONValue
import Testing
import YAMLCoding

/// The public API's contract in a few readable examples (kubectl's behaviour, verified with the
/// real tool when the fixtures were recorded).
@Suite struct APITests {
    @Test func emitsLikeKubectl() {
        let pod: JSON = [
            "apiVersion": "v1", "kind": "Pod",
            "metadata": ["name": "p", "labels": ["run": "p"], "creationTimestamp": .null],
            "spec": ["containers": [["name": "p", "image": "nginx", "ports": [["containerPort": 80]], "resources": [:]]]],
        ]
        #expect(KubeYAML.emit(pod) == """
            apiVersion: v1
            kind: Pod
            metadata:
              creationTimestamp: null
              labels:
                run: p
              name: p
            spec:
              containers:
              - image: nginx
                name: p
                ports:
                - containerPort: 80
                resources: {}

            """)
        #expect(KubeYAML.emit(["n": "80", "b": "yes", "t": "2026-01-01T00:00:00Z", "s": "a: b"]) == """
            b: "yes"
            "n": "80"
            s: 'a: b'
            t: "2026-01-01T00:00:00Z"

            """)
    }

    @Test func parsesYAML11Scalars() throws {
        let value = try KubeYAML.parse("a: yes\nb: 0777\nc: 0x1F\nd: 1e3\ne: ~\nf: 2002-12-14\ng: '08'\nh: 08\n")
        #expect(value == ["a": true, "b": 511, "c": 31, "d": 1000, "e": .null, "f": "2002-12-14", "g": "08", "h": 8])
        #expect(value.object?.keys == ["a", "b", "c", "d", "e", "f", "g", "h"])
    }

    @Test func errorsUseGoYAMLLineConventions() {
        func message(_ text: String) -> String {
            do {
                _ = try KubeYAML.parse(text)
                return "no error"
            } catch { return error.message }
        }
        // A scanner error on the first line names no line; later lines are 1-based.
        #expect(message("a: b: c\n") == "yaml: mapping values are not allowed in this context")
        #expect(message("x: 1\na: b: c\n") == "yaml: line 2: mapping values are not allowed in this context")
        // Parser errors report the 0-based line of the problem, as go-yaml does.
        #expect(message("a:\n  b: 1\n c: 2\n") == "yaml: line 2: did not find expected key")
    }

    @Test func kubectlFramesErrors() {
        do {
            _ = try KubeYAML.parseDocuments("a: 1\n---foo\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.kubectlMessage == "invalid Yaml document separator: foo")
        }
        do {
            _ = try KubeYAML.parseDocuments("a: .inf\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.kubectlMessage == "error converting YAML to JSON: json: unsupported value: +Inf")
        }
    }

    @Test func splitsDocumentsAndSkipsEmptyOnes() throws {
        let docs = try KubeYAML.parseDocuments("---\na: 1\n--- # two\nb: 2\n---\n# nothing\n---\nnull\n")
        #expect(docs == [["a": 1], ["b": 2]])
    }

    @Test func jsonIsReadAsJSONStream() throws {
        let docs = try KubeYAML.parseDocuments("{\"b\": 1, \"a\": [1.0, 2.5]}\n{\"c\": null}")
        #expect(docs == [["b": 1, "a": [1, 2.5]], ["c": .null]])
        #expect(docs.first?.object?.keys == ["b", "a"])
    }

    @Test func checkedEmitReportsKubectlFailures() {
        #expect(throws: YAMLError(message: "yaml: control characters are not allowed")) {
            try KubeYAML.checkedEmit(["a": "x\u{7F}"])
        }
        #expect(throws: YAMLError(message: "json: unsupported value: NaN")) {
            try KubeYAML.checkedEmit(["a": .double(.nan)])
        }
    }
}
