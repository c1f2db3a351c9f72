import ArgumentParser
import KMapAnalysis
import KMapEvidence
import KMapLanguage

/// What the shell completion scripts (`kmap --generate-completion-script bash|zsh|fish`) offer
/// for kmap's arguments: map files where a map is expected, rule slugs where a rule is.
extension CompletionKind {
    /// `.kmap` files (and folders to descend into).
    static var maps: CompletionKind { .file(extensions: [MapPaths.fileExtension]) }

    /// Every rule slug of the default framework and every evidence rule's, as `kmap rules` lists them.
    static var ruleSlugs: CompletionKind { .list(rules.map(\.slug)) }

    /// `slug=level` for every rule and severity, for `--severity`.
    static var severityOverrides: CompletionKind {
        .list(rules.flatMap { rule in Severity.allCases.reversed().map { "\(rule.slug)=\($0.rawValue)" } })
    }

    private static var rules: [RuleDescription] { RuleRegistry.all + EvidenceRules.descriptions }
}
