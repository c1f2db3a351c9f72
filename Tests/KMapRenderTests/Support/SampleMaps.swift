import KMapModel

/// Small maps used across the diagram tests.
enum SampleMaps {
    /// The literacy network of the language guide, plus a second wave that stops at capture.
    static var literacy: MapFixture {
        var map = MapFixture(
            title: "Literacy improvement network",
            goal: "Teachers across the network apply tested literacy routines")
        map.stakeholder("teachers", "Classroom teachers", group: "schools")
        map.stakeholder("coaches", "Instructional coaches", broker: true)
        map.stakeholder("principals", "School leadership teams", group: "schools")
        map.stakeholder("district", "District office", external: true)
        map.repository("drive", "Network shared drive", owner: "coaches")
        map.activity("generation", "pdsa", "PDSA cycles in classrooms", by: ["teachers"], every: Cadence(unit: .week))
        map.activity("consolidation", "huddle", "Site data huddle", by: ["teachers", "coaches"], every: Cadence(unit: .month))
        map.activity("capture", "brief", "Change-idea brief", by: ["coaches"], for: ["principals"])
        map.activity("sharing", "convening", "Network convening", by: ["coaches"], for: ["teachers", "principals"], every: Cadence(unit: .quarter))
        map.activity("application", "adopt", "Schools adopt the routine", by: ["principals"], planned: true)
        map.activity("generation", "walks", "Learning walks", by: ["district"], every: Cadence(count: 2, unit: .month))
        map.activity("capture", "memo", "Walk memo", by: ["district"], for: ["principals"])
        map.flow("pdsa", "huddle", "brief", "drive")
        map.flow("drive", "convening", "adopt")
        map.flow("adopt", "pdsa", label: "next inquiry cycle")
        map.flow("walks", "memo", "drive")
        return map
    }
}
