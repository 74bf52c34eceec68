import AWSArguments
import SimCore

/// botocore's `base64_encode_user_data` for RunInstances: `UserData` is sent base64-encoded,
/// so `--user-data file://script.sh` (or plain text) reaches EC2 encoded. Whatever is given
/// is encoded — already-encoded text is encoded again, as botocore does. Launch templates get
/// no such help: their `UserData` must be base64 already.
enum EC2UserDataEncoding {
    static var customization: OperationCustomization {
        OperationCustomization(beforeParameterBuild: { params throws(AWSCLIError) in
        guard let value = params["UserData"] else { return }
        switch value {
        case .str(let text): params["UserData"] = .str(Base64.encode(text))
        case .bytes(let bytes): params["UserData"] = .str(Base64.encode(bytes))
        default:
            // `base64.b64encode` of anything else (a number from --cli-input-json).
            throw .general("a bytes-like object is required, not '\(PythonTypeName.of(value))'")
        }
    })
    }
}
