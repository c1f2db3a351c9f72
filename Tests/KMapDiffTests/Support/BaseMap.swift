import Foundation

/// A small complete map and a way to edit its text, for comparison tests.
enum BaseMap {
    static let text = """
        map "Literacy network" {
          goal "Teachers apply tested routines"
          standard "Raised scores at three sites"
        }

        stakeholder teachers "Classroom teachers" group schools
        stakeholder coaches "Instructional coaches" broker
        stakeholder principals "School leaders" group schools

        repository drive "Shared drive" owner coaches

        wave reading "Reading routines" {
          generation pdsa "PDSA cycles" by teachers every week technique inquiry-cycle
          consolidation huddle "Site data huddle" by teachers, coaches every month routine synthesis
          capture brief "Change-idea brief" by coaches for principals
          pdsa -> huddle -> brief
        }
        sharing convening "Network convening" by coaches for teachers, principals every quarter technique community-of-practice
        application adopt "Schools adopt the routine" by principals action act status planned

        brief -> drive -> convening -> adopt
        adopt -> pdsa : "next cycle"
        """

    /// The base text with every `old` replaced by `new` (each must occur).
    static func editing(_ replacements: (String, String)...) -> String {
        var text = self.text
        for (old, new) in replacements {
            precondition(text.contains(old), "'\(old)' is not in the base map")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return text
    }
}
