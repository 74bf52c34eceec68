import SimCore
import Testing
@testable import KubeSim

/// A long list is sorted half on each of two threads and merged: the order must be one sort's.
@Suite struct EtcdListOrderTests {
    @Test func aLongListIsInNameOrder() {
        let random = SeededGenerator(seed: 7).stream("names")
        let count = Etcd.namesForTwoThreads * 2 + 3
        let names = (0..<count).map { n in "web-\(n % 30)-\(random.kubernetesSuffix())-\(n)" }
        let order = Etcd.nameOrder(names)
        #expect(order.map { names[$0] } == names.sorted())
        #expect(Set(order).count == count)
    }

    @Test func theStoreListsABigNamespaceInNameOrder() {
        let etcd = Etcd(clusterID: 1, memberID: 2, memberName: "controlplane")
        let count = Etcd.namesForTwoThreads + 5
        for n in (0..<count).reversed() {
            etcd.put(prefix: "/registry/configmaps", namespace: "default", name: "cm-\(n)", value: ["n": .int(n)])
        }
        let names = etcd.list(prefix: "/registry/configmaps", namespace: "default").compactMap { $0.value["n"].int }
        #expect(names.map { "cm-\($0)" } == (0..<count).map { "cm-\($0)" }.sorted())
    }
}
