import JSONValue
import Testing
@testable import Kubectl

@Suite struct TablePrinterTests {
    let table: JSON = [
        "columnDefinitions": [
            ["name": "Name", "format": "name", "priority": 0], ["name": "Ready", "priority": 0],
            ["name": "IP", "priority": 1],
        ],
        "rows": [["cells": ["web", "1/1", "10.0.0.1"], "object": ["metadata": ["name": "web", "namespace": "default",
                                                                             "labels": ["app": "web", "tier": "fe"]]]]],
    ]

    @Test func defaultHidesWideColumns() {
        var printer = TablePrinter()
        #expect(printer.print(table) == "NAME   READY\nweb    1/1\n")
    }

    @Test func wideNamespaceLabelsAndPrefix() {
        var printer = TablePrinter(wide: true, withNamespace: true, showLabels: true, labelColumns: ["app"], namePrefix: "pod/")
        #expect(printer.print(table) == """
            NAMESPACE   NAME      READY   IP         APP   LABELS
            default     pod/web   1/1     10.0.0.1   web   app=web,tier=fe

            """)
    }
}

@Suite struct FlagSetTests {
    func flags() -> FlagSet {
        var flags = FlagSet()
        flags.add("namespace", "n", .string)
        flags.add("all-namespaces", "A", .bool)
        flags.add("replicas", nil, .int)
        flags.add("env", nil, .stringArray)
        flags.add("label-columns", "L", .stringSlice)
        return flags
    }

    @Test func pflagForms() throws {
        var f = flags()
        try f.parse(["get", "-n", "kube-system", "pods", "--replicas=3", "-A", "--env", "A=1", "--env=B=2", "-Lapp,tier"])
        #expect(f.positional == ["get", "pods"])
        #expect(f.string("namespace") == "kube-system")
        #expect(f.bool("all-namespaces"))
        #expect(f.int("replicas") == 3)
        #expect(f.strings("env") == ["A=1", "B=2"])
        #expect(f.strings("label-columns") == ["app", "tier"])
    }

    @Test func attachedShorthandAndDoubleDash() throws {
        var f = flags()
        try f.parse(["-nkube-system", "run", "--", "sleep", "-n", "3"])
        #expect(f.string("namespace") == "kube-system")
        #expect(f.afterDash == ["sleep", "-n", "3"])
    }

    @Test(arguments: [
        (["--bogus"], "unknown flag: --bogus"),
        (["-z"], "unknown shorthand flag: 'z' in -z"),
        (["-n"], "flag needs an argument: 'n' in -n"),
        (["--namespace"], "flag needs an argument: --namespace"),
        (["--replicas=abc"], "invalid argument \"abc\" for \"--replicas\" flag: strconv.ParseInt: parsing \"abc\": invalid syntax"),
        (["-A=maybe"], "invalid argument \"maybe\" for \"-A, --all-namespaces\" flag: strconv.ParseBool: parsing \"maybe\": invalid syntax"),
    ])
    func pflagErrors(arguments: [String], message: String) {
        var f = flags()
        do {
            try f.parse(arguments)
            Issue.record("expected an error for \(arguments)")
        } catch {
            #expect(error.message == message)
        }
    }
}
