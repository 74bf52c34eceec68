/// How aws-cli classifies shapes when it decides how to read a parameter.
extension ServiceModel.Shape {
    /// awscli's `SCALAR_TYPES`.
    public var isScalar: Bool {
        switch type {
        case "string", "float", "integer", "long", "boolean", "double", "blob", "timestamp": return true
        default: return false
        }
    }

    /// awscli's `COMPLEX_TYPES`.
    public var isComplex: Bool { type == "structure" || type == "map" || type == "list" }
}

extension ServiceModel {
    /// `is_document_type_container`: a document, or lists/maps whose innermost value is one.
    /// Such parameters only accept JSON.
    public func isDocumentContainer(_ shape: Shape) -> Bool {
        var current = shape
        for _ in 0..<64 {
            if current.isDocument { return true }
            let next: String?
            switch current.type {
            case "list": next = current.member
            case "map": next = current.value
            default: return false
            }
            guard let nextShape = self.shape(next) else { return false }
            current = nextShape
        }
        return false
    }

    /// `_supports_shorthand_syntax`: structures and maps, and lists of those (a list of scalars
    /// takes space-separated values instead), but never document types.
    public func supportsShorthand(_ shape: Shape) -> Bool {
        if isDocumentContainer(shape) { return false }
        switch shape.type {
        case "structure", "map": return true
        case "list": return self.shape(shape.member).map(\.isComplex) ?? false
        default: return false
        }
    }
}
