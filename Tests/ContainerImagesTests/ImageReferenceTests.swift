import Testing

@testable import ContainerImages

/// Parsing image references as the Docker reference grammar does, and telling which a
/// registry would refuse as `invalid reference format`.
struct ImageReferenceTests {
    @Test func defaultsToDockerHubLibraryAndLatest() {
        let reference = ImageReference("nginx")
        #expect(reference.normalized == "docker.io/library/nginx:latest")
        #expect(reference.normalizedName == "docker.io/library/nginx")
        #expect(reference.defaultPullPolicy == "Always")
        #expect(ImageReference("registry.k8s.io/pause:3.10").normalized == "registry.k8s.io/pause:3.10")
        #expect(ImageReference("nginx:1.27").defaultPullPolicy == "IfNotPresent")
    }

    @Test func validReferences() {
        for text in ["nginx", "nginx:1.27", "library/nginx:1.27-alpine", "gcr.io/google-samples/kubernetes-bootcamp:v1",
                     "my_app.v2/web-server:Release_1.0", "nginx@sha256:abc", "localhost:5000/app:dev",
                     "a:" + String(repeating: "t", count: 128)] {
            #expect(ImageReference(text).isValid, "\(text)")
        }
    }

    @Test func invalidReferences() {
        for text in ["Nginx", "nginx:", "nginx:tag!", "a//b", "docker.io/library//nginx", "ngïnx",
                     "nginx:tåg", "a:" + String(repeating: "t", count: 129), "café:1", "nginx/"] {
            #expect(!ImageReference(text).isValid, "\(text)")
        }
    }
}
