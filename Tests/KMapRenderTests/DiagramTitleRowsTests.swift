import KMapModel
import Testing
@testable import KMapRender

/// Rows a later stage adds under the title block through the overlay: markup always, a list of
/// items only for what the picture does not draw.
@Suite struct DiagramTitleRowsTests {
    let input = Analysed.input(SampleMaps.literacy.map())

    private func label(_ rows: [DiagramDecorations.TitleRow], options: DiagramOptions = DiagramOptions()) throws -> String {
        var decorated = input
        decorated.decorations.titleRows = rows
        return try DiagramBuilder.graph(for: decorated, options: options).labelText
    }

    @Test func markupRowsGoUnderTheTitleBlockInOrder() throws {
        let plain = try DiagramBuilder.graph(for: input, options: DiagramOptions()).labelText
        let decorated = try label([
            .markup(HTMLLabel(trustedMarkup: "<B>first</B>")), .markup(HTMLLabel(trustedMarkup: "<I>second</I>")),
        ])
        #expect(decorated == "<TABLE BORDER=\"0\" CELLSPACING=\"2\"><TR><TD>\(plain)</TD></TR>"
            + "<TR><TD><B>first</B></TD></TR><TR><TD><I>second</I></TD></TR></TABLE>")
    }

    @Test func anUndrawnListNamesOnlyWhatThePictureLacks() throws {
        let items: [DiagramDecorations.TitleItem] = [
            .init("drawn & kept", shownBy: [.activity("pdsa")]),
            .init("gone <1>", shownBy: [.activity("nowhere")]),
            .init("half there", shownBy: [.activity("nowhere"), .repository("drive")]),
        ]
        let text = try label([.undrawn(prefix: "✓ closed: ", items: items, color: "#228833")])
        #expect(text.contains("<FONT POINT-SIZE=\"9\" COLOR=\"#228833\">✓ closed: gone &lt;1&gt;</FONT>"))
        #expect(!text.contains("drawn") && !text.contains("half there"))
    }

    @Test func anUndrawnListOfDrawnItemsIsLeftOut() throws {
        let plain = try DiagramBuilder.graph(for: input, options: DiagramOptions()).labelText
        let text = try label([.undrawn(prefix: "✓ closed: ", items: [.init("kept", shownBy: [.activity("pdsa")])], color: "#228833")])
        #expect(text == "<TABLE BORDER=\"0\" CELLSPACING=\"2\"><TR><TD>\(plain)</TD></TR></TABLE>")
    }

    @Test func theCollapsedViewTakesTheRowsToo() throws {
        let text = try label([.markup(HTMLLabel(trustedMarkup: "<B>since v1</B>"))], options: DiagramOptions(collapseThreshold: 2))
        #expect(text.contains("collapsed to one node per wave") && text.hasSuffix("<TR><TD><B>since v1</B></TD></TR></TABLE>"))
    }
}
