import KMapModel

/// Example maps of the `missing-<phase>` family.
enum MissingPhaseExamples {
    static let triggering: [Int: [RuleExample]] = [
        1: [RuleExample("""
            stakeholder teachers "Classroom teachers"
            repository drive "Shared drive"
            ↓generation pdsa "PDSA cycles in classrooms" by teachers
            pdsa -> drive
            """)],
        2: [RuleExample("""
            stakeholder teachers "Classroom teachers"
            generation pdsa "PDSA cycles" by teachers
            ↓consolidation huddle "Data huddle" by teachers
            pdsa -> huddle
            """)],
        3: [RuleExample("""
            stakeholder coaches "Instructional coaches"
            stakeholder principals "School leaders"
            repository drive "Shared drive"
            generation visits "Classroom visits" by coaches
            consolidation review "Visit review" by coaches
            ↓capture brief "Change brief" by coaches for principals
            visits -> review -> brief -> drive
            """)],
        4: [RuleExample("""
            stakeholder coaches "Instructional coaches" broker
            stakeholder teachers "Classroom teachers"
            generation pdsa "PDSA cycles" by teachers
            generation visits "Classroom visits" by coaches
            consolidation huddle "Data huddle" by teachers, coaches
            capture brief "Change brief" by coaches for teachers
            ↓sharing cop "Community of practice" by coaches for teachers
            pdsa -> huddle
            visits -> huddle -> brief -> cop
            """)],
    ]

    static let nonTriggering: [Int: [RuleExample]] = [
        1: [
            RuleExample(CommonExamples.healthy),
            // Jumping straight to capture is reported by skipped-phase, not here.
            RuleExample("""
                stakeholder teachers "Classroom teachers"
                generation pdsa "PDSA cycles" by teachers
                capture brief "Change brief" by teachers for teachers
                pdsa -> brief
                """),
            // A generation activity without flows is reported by orphan-activity.
            RuleExample("""
                stakeholder teachers "Classroom teachers"
                generation pdsa "PDSA cycles" by teachers
                """),
        ],
        2: [RuleExample(CommonExamples.healthy)],
        3: [RuleExample(CommonExamples.healthy)],
        4: [RuleExample(CommonExamples.healthy)],
    ]

    /// A map with a custom framework whose only wave runs through `last` (marked when `marked`),
    /// with the rule `disabling` turned off.
    static func chain(_ framework: Framework, through last: Int, marked: Bool, disabling: String? = nil) -> RuleExample {
        var lines = [
            "map \"Custom framework\" {",
            "  standard \"Used by two teams\"",
            "  phases \(framework.phases.joined(separator: ", "))",
        ]
        if let disabling { lines += ["  rules {", "    disable \(disabling)", "  }"] }
        lines += [
            "}",
            "stakeholder team \"Team\"",
            "repository store \"Store\"",
        ]
        for phase in 0...last {
            let marker = marked && phase == last ? RuleExample.marker : ""
            lines.append("\(marker)activity step\(phase) \"Step \(phase)\" phase \(framework.phases[phase]) by team for team")
        }
        lines.append(((0...last).map { "step\($0)" } + ["store"]).joined(separator: " -> "))
        return RuleExample(lines.joined(separator: "\n"))
    }
}
