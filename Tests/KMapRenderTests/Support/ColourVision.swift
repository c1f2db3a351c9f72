import Foundation

/// Normal vision and the three dichromacies, simulated with the matrices of Machado, Oliveira
/// and Fernandes (2009, severity 1) on linear sRGB, and colour distance in CIELAB (CIE76).
enum ColourVision: CaseIterable, CustomStringConvertible {
    case normal, protanopia, deuteranopia, tritanopia

    var description: String {
        switch self {
        case .normal: "normal vision"
        case .protanopia: "protanopia"
        case .deuteranopia: "deuteranopia"
        case .tritanopia: "tritanopia"
        }
    }

    private var matrix: [[Double]] {
        switch self {
        case .normal: [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
        case .protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]
        case .deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]
        case .tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]]
        }
    }

    /// The CIE76 distance between two `#RRGGBB` colours as a reader with `vision` sees them.
    static func distance(_ first: String, _ second: String, seenWith vision: ColourVision) -> Double {
        let (a, b) = (lab(vision.seen(linear(first))), lab(vision.seen(linear(second))))
        return sqrt(zip(a, b).map { ($0 - $1) * ($0 - $1) }.reduce(0, +))
    }

    /// WCAG relative luminance of a `#RRGGBB` colour.
    static func luminance(_ hex: String) -> Double {
        let rgb = linear(hex)
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
    }

    /// The WCAG contrast ratio of two colours, lighter over darker.
    static func contrast(_ first: String, _ second: String) -> Double {
        let (light, dark) = (max(luminance(first), luminance(second)), min(luminance(first), luminance(second)))
        return (light + 0.05) / (dark + 0.05)
    }

    private func seen(_ rgb: [Double]) -> [Double] {
        matrix.map { row in min(1, max(0, zip(row, rgb).map(*).reduce(0, +))) }
    }

    private static func linear(_ hex: String) -> [Double] {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        return [16, 8, 0].map { shift in
            let channel = Double((value >> shift) & 0xFF) / 255
            return channel <= 0.04045 ? channel / 12.92 : pow((channel + 0.055) / 1.055, 2.4)
        }
    }

    private static func lab(_ rgb: [Double]) -> [Double] {
        let x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047
        let y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
        let z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883
        func f(_ t: Double) -> Double { t > 0.008856 ? cbrt(t) : 7.787 * t + 16 / 116 }
        return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
    }
}
