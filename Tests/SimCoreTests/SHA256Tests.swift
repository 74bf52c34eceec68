import SimCore
import Testing

@Suite struct SHA256Tests {
    /// FIPS 180-4's examples and coreutils' sha256sum for the rest.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        (#"{"schemaVersion":2}"#, "bafebd36189ad3688b7b3915ea55d461e0bfcfbdde11e54b0a123999fb6be50f"),
    ])
    func hashesAsTheStandardSays(_ text: String, _ hex: String) {
        #expect(SHA256.hex(Array(text.utf8)) == hex)
    }

    @Test func aMillionBytesSpanManyBlocks() {
        #expect(SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// The Docker v2 manifest of the reference's ECR test vector, one line and a newline:
    /// the digest ECR gives it (moto gets this wrong).
    @Test func aManifestDigestIsTheHashOfItsBytes() {
        let manifest = #"{"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json","config":{"mediaType":"application/vnd.docker.container.image.v1+json","size":1469,"digest":"sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},"layers":[{"mediaType":"application/vnd.docker.image.rootfs.diff.tar.gzip","size":3000000,"digest":"sha256:bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"}]}"# + "\n"
        #expect(SHA256.digest(manifest) == "sha256:db31c79e437283843a0c1eab3ff29eb34af7b2a66a5413e7e17f1a1b290f5ec6")
    }
}
