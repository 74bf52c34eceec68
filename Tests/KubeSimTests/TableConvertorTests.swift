import JSONValue
import SimCore
import Testing
@testable import KubeSim

/// A big table's rows are made on two threads; they must be the rows one thread makes, in order.
@Suite struct TableConvertorTests {
    @Test func aBigTablesRowsAreTheRowsInOrder() {
        let now = SimTime(seconds: 1_767_225_600)
        let context = TableContext(now: now)
        let count = TableConvertor.rowsForTwoThreads + 1001
        let pods: [JSON] = (0..<count).map { n in
            ["metadata": ["name": .string("web-\(n)"), "namespace": "default", "labels": ["app": "web"],
                          "creationTimestamp": .string((now - .seconds(Int64(n % 7200))).rfc3339)],
             "spec": ["containers": [["name": "nginx", "image": "nginx"]], "nodeName": .string("node\(n % 50)")],
             "status": ["phase": n % 3 == 0 ? "Pending" : "Running"]]
        }
        let convertor = PodTable.convertor
        let rows = convertor.rows(pods, context: context)
        #expect(rows == pods.map { convertor.row($0, context: context) })
        #expect(rows[count - 1]["cells"][0] == .string("web-\(count - 1)"))
        #expect(rows[7]["cells"][4] == "7s")
    }
}
