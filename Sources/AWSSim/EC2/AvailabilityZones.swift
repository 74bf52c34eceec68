import JSONValue

/// Regions and their availability zones: names, zone IDs and display names. Data.
enum RegionCatalogue {
    struct Region {
        var name: String
        var zoneIDPrefix: String
        var zoneLetters: [String]
        var longName: String
    }

    static let regions: [Region] = [
        Region(name: "us-east-1", zoneIDPrefix: "use1", zoneLetters: ["a", "b", "c", "d", "e", "f"], longName: "US East (N. Virginia)"),
        Region(name: "us-east-2", zoneIDPrefix: "use2", zoneLetters: ["a", "b", "c"], longName: "US East (Ohio)"),
        Region(name: "us-west-1", zoneIDPrefix: "usw1", zoneLetters: ["a", "c"], longName: "US West (N. California)"),
        Region(name: "us-west-2", zoneIDPrefix: "usw2", zoneLetters: ["a", "b", "c", "d"], longName: "US West (Oregon)"),
        Region(name: "eu-west-1", zoneIDPrefix: "euw1", zoneLetters: ["a", "b", "c"], longName: "Europe (Ireland)"),
        Region(name: "eu-west-2", zoneIDPrefix: "euw2", zoneLetters: ["a", "b", "c"], longName: "Europe (London)"),
        Region(name: "eu-central-1", zoneIDPrefix: "euc1", zoneLetters: ["a", "b", "c"], longName: "Europe (Frankfurt)"),
        Region(name: "ap-southeast-1", zoneIDPrefix: "apse1", zoneLetters: ["a", "b", "c"], longName: "Asia Pacific (Singapore)"),
        Region(name: "ap-southeast-2", zoneIDPrefix: "apse2", zoneLetters: ["a", "b", "c"], longName: "Asia Pacific (Sydney)"),
        Region(name: "ap-northeast-1", zoneIDPrefix: "apne1", zoneLetters: ["a", "c", "d"], longName: "Asia Pacific (Tokyo)"),
        Region(name: "ap-south-1", zoneIDPrefix: "aps1", zoneLetters: ["a", "b", "c"], longName: "Asia Pacific (Mumbai)"),
        Region(name: "ca-central-1", zoneIDPrefix: "cac1", zoneLetters: ["a", "b", "d"], longName: "Canada (Central)"),
        Region(name: "sa-east-1", zoneIDPrefix: "sae1", zoneLetters: ["a", "b", "c"], longName: "South America (Sao Paulo)"),
    ]

    static func region(_ name: String) -> Region {
        regions.first { $0.name == name }
            ?? Region(name: name, zoneIDPrefix: String(name.filter { $0 != "-" }), zoneLetters: ["a", "b", "c"],
                      longName: name)
    }
}

/// One availability zone of the region.
public struct AvailabilityZone: Sendable {
    public var name: String
    public var id: String
    /// Zone-group number, for `GroupName` (`us-east-1-zg-1`).
    var group: Int
}

extension EC2Backend {
    /// The region's zones, `us-east-1a` (`use1-az1`) onwards.
    public var zones: [AvailabilityZone] {
        let region = RegionCatalogue.region(context.region)
        return region.zoneLetters.enumerated().map { index, letter in
            AvailabilityZone(name: context.region + letter, id: "\(region.zoneIDPrefix)-az\(index + 1)", group: 1)
        }
    }

    func zone(named name: String) -> AvailabilityZone? { zones.first { $0.name == name } }

    func describeAvailabilityZones(_ input: JSON) throws(AWSServiceError) -> JSON {
        let filters = try EC2Filter.parse(input)
        let names = (input["ZoneNames"].array ?? []).compactMap(\.string)
        let ids = (input["ZoneIds"].array ?? []).compactMap(\.string)
        for name in names where zone(named: name) == nil {
            throw AWSServiceError.ec2InvalidParameterValue("The zone '\(name)' does not exist.")
        }
        for id in ids where !zones.contains(where: { $0.id == id }) {
            throw AWSServiceError.ec2InvalidParameterValue("The zone ID '\(id)' does not exist.")
        }
        let region = RegionCatalogue.region(context.region)
        var items: [JSON] = []
        for zone in zones {
            if !names.isEmpty && !names.contains(zone.name) { continue }
            if !ids.isEmpty && !ids.contains(zone.id) { continue }
            let group = "\(context.region)-zg-\(zone.group)"
            let passes = try EC2Filter.matches(filters, tags: []) { name in
                switch name {
                case "zone-name": return [zone.name]
                case "zone-id": return [zone.id]
                case "region-name": return [context.region]
                case "state": return ["available"]
                case "zone-type": return ["availability-zone"]
                case "opt-in-status": return ["opt-in-not-required"]
                case "group-name": return [group]
                case "group-long-name": return ["\(region.longName) \(zone.group)"]
                case "network-border-group": return [context.region]
                default: return nil
                }
            }
            guard passes else { continue }
            var object = JSONObject()
            object["OptInStatus"] = "opt-in-not-required"
            object["Messages"] = []
            object["RegionName"] = .string(context.region)
            object["ZoneName"] = .string(zone.name)
            object["ZoneId"] = .string(zone.id)
            object["GroupName"] = .string(group)
            object["NetworkBorderGroup"] = .string(context.region)
            object["ZoneType"] = "availability-zone"
            object["GroupLongName"] = .string("\(region.longName) \(zone.group)")
            object["State"] = "available"
            items.append(.object(object))
        }
        return ["AvailabilityZones": .array(items)]
    }

    func describeRegions(_ input: JSON) throws(AWSServiceError) -> JSON {
        let filters = try EC2Filter.parse(input)
        let names = (input["RegionNames"].array ?? []).compactMap(\.string)
        for name in names where !RegionCatalogue.regions.contains(where: { $0.name == name }) {
            throw AWSServiceError.ec2("InvalidParameterValue", "Invalid region: \(name)")
        }
        var items: [JSON] = []
        for region in RegionCatalogue.regions.sorted(by: { $0.name < $1.name }) {
            if !names.isEmpty && !names.contains(region.name) { continue }
            let endpoint = "ec2.\(region.name).amazonaws.com"
            let passes = try EC2Filter.matches(filters, tags: []) { name in
                switch name {
                case "region-name": return [region.name]
                case "endpoint": return [endpoint]
                case "opt-in-status": return ["opt-in-not-required"]
                default: return nil
                }
            }
            guard passes else { continue }
            items.append(["OptInStatus": "opt-in-not-required", "RegionName": .string(region.name),
                          "Endpoint": .string(endpoint)])
        }
        return ["Regions": .array(items)]
    }
}
